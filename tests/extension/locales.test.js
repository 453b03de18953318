// Translations: Indonesian is the default and complete; English has the same keys; every
// key the code uses exists; placeholders agree between languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './helpers.mjs';
import id from '../../extension/_locales/id/messages.json' with { type: 'json' };
import en from '../../extension/_locales/en/messages.json' with { type: 'json' };
import { makeT, pickLanguage, localized } from '../../extension/shared/i18n.js';
import base from '../../extension/manifest.base.json' with { type: 'json' };

function sources(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'build' ? [] : sources(p);
    return /\.(js|html)$/.test(e.name) ? [p] : [];
  });
}

test('id is the default locale; id and en have the same keys', () => {
  assert.equal(base.default_locale, 'id');
  assert.deepEqual(Object.keys(en).sort(), Object.keys(id).sort());
});

test('every message key the code and pages use exists (and prefixed families are complete)', () => {
  const used = new Set();
  for (const file of sources(path.join(ROOT, 'extension'))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\btt?\('([a-zA-Z_]+)'/g)) used.add(m[1]);
    for (const m of text.matchAll(/data-i18n="([a-zA-Z_]+)"/g)) used.add(m[1]);
  }
  for (const prefix of ['action_like', 'action_share', 'action_repost', 'action_comment', 'action_post', 'action_follow', 'action_join',
    'phase_registration', 'phase_campaign', 'phase_quiet', 'phase_voting', 'phase_counting', 'phase_inauguration',
    'reason_neutral_news', 'reason_official_account', 'reason_other', 'reason_not_campaign']) used.add(prefix);
  const missing = [...used].filter((k) => !(k in id));
  assert.deepEqual(missing, []);
});

test('placeholders $1..$9 are the same in both languages', () => {
  for (const key of Object.keys(id)) {
    const ph = (s) => [...s.matchAll(/\$\d/g)].map((m) => m[0]).sort().join();
    assert.equal(ph(en[key].message), ph(id[key].message), key);
  }
});

test('makeT substitutes and falls back to Indonesian; pickLanguage; localized pack texts', () => {
  assert.equal(makeT('en')('dialog_sanction', 'X'), 'Sanction: X');
  assert.equal(makeT('id')('no_such_key'), 'no_such_key');
  assert.equal(pickLanguage('browser', 'en-US'), 'en');
  assert.equal(pickLanguage('browser', 'fr'), 'id');
  assert.equal(pickLanguage('en', 'id'), 'en');
  assert.equal(localized({ id: 'Satu' }, 'en'), 'Satu');
  assert.equal(localized({ id: 'Satu', en: 'One' }, 'en'), 'One');
});
