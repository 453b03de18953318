// Hostile pages, in both browsers: markup in post text, page scripts that press "proceed"
// for the user, and pages that break the built-ins an extension might rely on.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SITES } from './lib/sites.mjs';
import { sleep } from './lib/browsers.mjs';
import { useBrowser, withPages, BROWSERS } from './lib/suite.mjs';
import {
  openSite, perform, count, dialogInfo, cancelDialog, clickInDialog, artifact, QUIET_MS,
} from './lib/flows.mjs';

const T = { timeout: 90000 };
const HOSTILE_SITES = ['x', 'facebook'].map((k) => SITES.find((s) => s.key === k));

for (const kind of BROWSERS) {
  describe(`${kind} · hostile pages`, () => {
    const env = useBrowser(kind);
    for (const site of HOSTILE_SITES) {
      test(`${site.name}: markup in the post text and author name shows as text in the dialog, never as markup`, T, () => withPages(env, `${site.key}-markup`, async (open) => {
        const d = await open(() => openSite(env.session, site, site.page('markup'), { fx: ['markup'] }));
        const out = await perform(d, site, site.like, 'markup', { onDialog: 'stop' });
        assert.ok(out.dialog, 'no dialog for a campaign post whose text carries markup');
        await d.screenshot(artifact(kind, `${site.key}-dialog-markup.png`));
        const bad = await d.evaluate(() => window.__fx.dialogQuery('img, script, iframe, object, embed, [onerror], [onload], svg[onload]'));
        assert.deepEqual(bad, [], 'elements from the post markup were created inside the dialog');
        const bold = await d.evaluate(() => window.__fx.dialogQuery('b').filter((b) => /coblos/i.test(b.text)));
        assert.deepEqual(bold, [], 'the post\'s <b> became an element in the dialog');
        const info = await dialogInfo(d);
        assert.ok(info.text.includes('<b>Ayo coblos nomor 2</b>') || info.text.includes('<img src=x'),
          `the dialog does not show the post's markup as literal text; it shows: ${info.text.slice(0, 600)}`);
        assert.equal(await d.evaluate(() => window.__pwned === undefined ? null : window.__pwned), null, 'a script from the post text ran');
        await cancelDialog(d);
        await sleep(QUIET_MS / 2);
        assert.equal(await d.evaluate(() => window.__pwned === undefined ? null : window.__pwned), null, 'a script from the post text ran');
        assert.equal(await count(d, 'like', 'markup'), 0);
      }));

      test(`${site.name}: a page script that clicks "proceed" (untrusted events) gets nothing`, T, () => withPages(env, `${site.key}-synthetic`, async (open) => {
        const d = await open(() => openSite(env.session, site, site.page('campaign'), { fx: ['synthetic-proceed'] }));
        const out = await perform(d, site, site.like, 'campaign', { onDialog: 'stop' });
        assert.ok(out.dialog, 'no dialog');
        await sleep(QUIET_MS);
        const hostile = await d.evaluate(() => window.__hostile);
        assert.ok(hostile.sawDialog > 0 && hostile.attempts > 5, `the hostile script did not get to attack: ${JSON.stringify(hostile)}`);
        assert.equal(await count(d, 'like', 'campaign'), 0, 'a page script made the like happen through the dialog');
        const info = await dialogInfo(d);
        if (info.visible) {
          // The user's own answer still works afterwards.
          await cancelDialog(d);
        }
        await sleep(QUIET_MS / 2);
        assert.equal(await count(d, 'like', 'campaign'), 0, 'the like happened');
      }));

      test(`${site.name}: a page that replaces addEventListener, fetch, Element.prototype methods ... still gets the warning`, T, () => withPages(env, `${site.key}-override`, async (open) => {
        const d = await open(() => openSite(env.session, site, site.page('campaign'), { fx: ['override-builtins'] }));
        const replaced = await d.evaluate(() => window.__hostileOverrides);
        assert.ok(replaced.length >= 30 && replaced.every((n) => !n.includes('failed')), `overrides not in place: ${replaced}`);
        const out = await perform(d, site, site.like, 'campaign', { onDialog: 'cancel' });
        assert.ok(out.dialog, 'no dialog on a page with replaced built-ins');
        await sleep(QUIET_MS);
        assert.equal(await count(d, 'like', 'campaign'), 0, 'the like happened after cancel');
        const again = await perform(d, site, site.like, 'campaign', { onDialog: 'proceed' });
        assert.ok(again.dialog, 'no dialog on the second try');
        await sleep(QUIET_MS);
        assert.equal(await count(d, 'like', 'campaign'), 1, 'proceed did not make the like happen exactly once');
        const neutral = await perform(d, site, site.like, 'neutral', { onDialog: 'cancel' });
        assert.equal(neutral.dialogAt, -1, 'a dialog on the neutral post');
        assert.equal(await count(d, 'like', 'neutral'), 1, 'the neutral like did not happen');
      }));
    }
  });
}
