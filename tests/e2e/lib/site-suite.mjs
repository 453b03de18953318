// The per-site behaviour tests, defined once and run in each browser
// (sites.chromium.test.mjs, sites.firefox.test.mjs).

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SITES, THREADS_COM } from './sites.mjs';
import { sleep } from './browsers.mjs';
import { useBrowser, withPages } from './suite.mjs';
import {
  openSite, perform, compose, count, dialogShows, noticesAdded, artifact, QUIET_MS, composerText,
  cancelDialog, proceedDialog, waitFor, clickSel, insertText,
} from './flows.mjs';

const T = { timeout: 90000 };

function assertDialog(out, what) {
  assert.ok(out.dialogAt !== -1 || out.dialog, `${what}: the Jaga Netral dialog never showed`);
  assert.equal(out.dialog.hasShadow, true, `${what}: the dialog host has no open shadow root`);
  assert.equal(out.dialog.focusedAction, 'cancel', `${what}: "cancel" is not focused by default (focused: ${out.dialog.focusedAction})`);
}

export function defineSiteTests(kind) {
  const env = useBrowser(kind);
  const campaign = 'campaign';
  const neutral = 'neutral';

  for (const site of [...SITES, THREADS_COM]) {
    const brief = site === THREADS_COM; // the second Threads domain gets the core checks only
    describe(`${kind} · ${site.name} (${site.host})`, () => {
      test(`campaign like → dialog, like held; cancel leaves it undone`, T, () => withPages(env, `${site.key}-like-cancel`, async (open) => {
        const d = await open(() => openSite(env.session, site, site.page(campaign)));
        const out = await perform(d, site, site.like, campaign, {
          onDialog: 'cancel',
          beforeDialog: async () => {
            await d.screenshot(artifact(kind, `${site.key}-dialog-like.png`));
            await sleep(QUIET_MS / 2);
            assert.equal(await count(d, 'like', campaign), 0, 'the like happened while the dialog was open');
          },
        });
        assertDialog(out, 'campaign like');
        assert.equal(out.countAtDialog, 0, 'the like happened before the dialog');
        await sleep(QUIET_MS);
        assert.equal(await count(d, 'like', campaign), 0, 'the like happened after cancel');
      }));

      test(`campaign like → proceed → the like happens exactly once`, T, () => withPages(env, `${site.key}-like-proceed`, async (open) => {
        const d = await open(() => openSite(env.session, site, site.page(campaign)));
        const out = await perform(d, site, site.like, campaign, { onDialog: 'proceed' });
        assertDialog(out, 'campaign like');
        await sleep(QUIET_MS);
        assert.equal(await count(d, 'like', campaign), 1, 'proceed did not make the like happen exactly once');
        assert.equal(await dialogShows(d), 1, 'the dialog showed more than once for one like');
      }));

      test(`neutral like → no dialog, the like happens`, T, () => withPages(env, `${site.key}-like-neutral`, async (open) => {
        const d = await open(() => openSite(env.session, site, site.page(neutral)));
        const out = await perform(d, site, site.like, neutral, { onDialog: 'cancel' });
        assert.equal(out.dialogAt, -1, 'the dialog showed on a neutral post');
        await sleep(QUIET_MS);
        assert.equal(await count(d, 'like', neutral), 1, 'the neutral like did not happen exactly once');
        assert.equal(await dialogShows(d), 0, 'the dialog showed on a neutral post');
        assert.equal(await noticesAdded(d), 0, 'a notice showed on a neutral post ("allow" must show nothing)');
      }));

      if (brief) return;

      if (site.amplify) {
        test(`campaign ${site.amplify.label} → dialog, held; cancel undone; proceed exactly once`, T, () => withPages(env, `${site.key}-${site.amplify.kind}`, async (open) => {
          const d = await open(() => openSite(env.session, site, site.page(campaign)));
          const k = site.amplify.kind;
          const out = await perform(d, site, site.amplify, campaign, {
            onDialog: 'cancel',
            beforeDialog: () => d.screenshot(artifact(kind, `${site.key}-dialog-${k}.png`)),
          });
          assertDialog(out, `campaign ${k}`);
          assert.equal(out.countAtDialog, 0, `the ${k} happened before the dialog`);
          await sleep(QUIET_MS);
          assert.equal(await count(d, k, campaign), 0, `the ${k} happened after cancel`);
          // A fresh page for the second attempt: after cancel the site's own share menu or
          // sheet may still be open (as on the real sites), covering the post.
          const d2 = await open(() => openSite(env.session, site, site.page(campaign)));
          const again = await perform(d2, site, site.amplify, campaign, { onDialog: 'proceed' });
          assert.ok(again.dialogAt !== -1, `the second ${k} attempt showed no dialog`);
          await sleep(QUIET_MS);
          assert.equal(await count(d2, k, campaign), 1, `proceed did not make the ${k} happen exactly once`);
        }));

        test(`neutral ${site.amplify.label} → no dialog, it happens`, T, () => withPages(env, `${site.key}-${site.amplify.kind}-neutral`, async (open) => {
          const d = await open(() => openSite(env.session, site, site.page(neutral)));
          const out = await perform(d, site, site.amplify, neutral, { onDialog: 'cancel' });
          assert.equal(out.dialogAt, -1, 'the dialog showed on a neutral post');
          await sleep(QUIET_MS);
          assert.equal(await count(d, site.amplify.kind, neutral), 1);
        }));
      }

      const c = site.composer;
      if (c.submit) {
        test(`composer: campaign ${c.kind} by click → dialog, nothing posted; proceed posts once`, T, () => withPages(env, `${site.key}-compose-click`, async (open) => {
          const d = await open(() => openSite(env.session, site, c.page()));
          const out = await compose(d, site, (await d.evaluate(() => window.__fx.COMPOSE.campaign)), 'click', {
            onDialog: 'stop',
          });
          assert.ok(out.dialog, `the campaign ${c.kind} went out with no dialog`);
          assert.equal(out.countAtDialog, 0);
          await d.screenshot(artifact(kind, `${site.key}-dialog-${c.kind}.png`));
          await cancelDialog(d);
          await sleep(QUIET_MS);
          assert.equal(await count(d, c.kind), 0, `the ${c.kind} went out after cancel`);
          const left = await composerText(d, site);
          if (!left || !left.includes('coblos')) {
            // Not a contract: reported so a lost draft is noticed.
            process.stderr.write(`# note: ${kind} ${site.key}: composer text after cancel is ${JSON.stringify(left)}\n`);
          }
          // Send again (the draft may or may not be kept) and go ahead this time.
          if (!left || !left.trim()) {
            await clickSel(d, c.box);
            await insertText(d, await d.evaluate(() => window.__fx.COMPOSE.campaign));
          }
          await clickSel(d, c.submit);
          await waitFor(d, () => window.__fx.dialogVisible(), null, { what: 'the dialog on the second send' });
          await proceedDialog(d);
          await waitFor(d, (k) => window.__fx.count(k) > 0, c.kind, { what: `the ${c.kind} after proceed` });
          await sleep(QUIET_MS);
          assert.equal(await count(d, c.kind), 1, `proceed did not post exactly once`);
        }));
      }

      if (c.keys) test(`composer: campaign ${c.kind} by ${c.keys.join('+')} → dialog, nothing posted`, T, () => withPages(env, `${site.key}-compose-keys`, async (open) => {
        const d = await open(() => openSite(env.session, site, c.page()));
        const out = await compose(d, site, await d.evaluate(() => window.__fx.COMPOSE.campaign), 'keys', { onDialog: 'cancel' });
        assert.ok(out.dialog, `the campaign ${c.kind} went out by ${c.keys.join('+')} with no dialog`);
        assert.equal(out.countAtDialog, 0);
        await sleep(QUIET_MS);
        assert.equal(await count(d, c.kind), 0, `the ${c.kind} went out after cancel`);
      }));

      test(`composer: neutral ${c.kind} → no dialog, it is posted`, T, () => withPages(env, `${site.key}-compose-neutral`, async (open) => {
        const d = await open(() => openSite(env.session, site, c.page()));
        const out = await compose(d, site, await d.evaluate(() => window.__fx.COMPOSE.neutral), c.submit ? 'click' : 'keys', { onDialog: 'cancel' });
        assert.equal(out.dialog, null, 'the dialog showed for a neutral text');
        assert.equal(out.done, true);
        await sleep(QUIET_MS);
        assert.equal(await count(d, c.kind), 1);
        assert.equal(await dialogShows(d), 0);
        assert.equal(await noticesAdded(d), 0, 'a notice showed for a neutral text');
      }));

      test(`English UI (?hl=en): campaign like → dialog; neutral like happens`, T, () => withPages(env, `${site.key}-en`, async (open) => {
        const d = await open(() => openSite(env.session, site, site.page(campaign), { lang: 'en' }));
        const out = await perform(d, site, site.like, campaign, {
          onDialog: 'cancel',
          beforeDialog: () => d.screenshot(artifact(kind, `${site.key}-dialog-like-en.png`)),
        });
        assertDialog(out, 'campaign like (English UI)');
        await sleep(QUIET_MS);
        assert.equal(await count(d, 'like', campaign), 0);
        const d2 = await open(() => openSite(env.session, site, site.page(neutral), { lang: 'en' }));
        const out2 = await perform(d2, site, site.like, neutral, { onDialog: 'cancel' });
        assert.equal(out2.dialogAt, -1, 'the dialog showed on a neutral post (English UI)');
        assert.equal(await count(d2, 'like', neutral), 1);
      }));

      if (site.extraLikePage) {
        test(`campaign like on the single-post page (${site.extraLikePage(campaign)}) → dialog`, T, () => withPages(env, `${site.key}-single`, async (open) => {
          const d = await open(() => openSite(env.session, site, site.extraLikePage(campaign)));
          const out = await perform(d, site, site.like, campaign, { onDialog: 'cancel' });
          assertDialog(out, 'campaign like on the single-post page');
          await sleep(QUIET_MS);
          assert.equal(await count(d, 'like', campaign), 0);
        }));
      }

      if (site.likeIcon) {
        test(`like by clicking the heart icon itself (svg target): campaign → dialog, proceed likes once; neutral → likes`, T, () => withPages(env, `${site.key}-like-icon`, async (open) => {
          const d = await open(() => openSite(env.session, site, site.page(campaign)));
          const out = await perform(d, site, site.likeIcon, campaign, { onDialog: 'proceed' });
          assertDialog(out, 'campaign like on the icon');
          await sleep(QUIET_MS);
          assert.equal(await count(d, 'like', campaign), 1, 'proceed did not make the like happen exactly once');
          const n = await open(() => openSite(env.session, site, site.page(neutral)));
          const out2 = await perform(n, site, site.likeIcon, neutral, { onDialog: 'cancel' });
          assert.equal(out2.dialogAt, -1);
          assert.equal(await count(n, 'like', neutral), 1, 'the neutral like did not happen');
        }));
      }

      if (site.follow) {
        test(`follow a campaign volunteer account → dialog, not followed`, T, () => withPages(env, `${site.key}-follow`, async (open) => {
          const d = await open(() => openSite(env.session, site, site.follow.page()));
          const out = await perform(d, site, site.follow, null, { onDialog: 'cancel' });
          assertDialog(out, 'follow');
          await sleep(QUIET_MS);
          assert.equal(await count(d, 'follow'), 0, 'the follow happened after cancel');
        }));
      }
    });
  }
}
