// The background with the real engine (the wasm build, in Node): lazy loading, surviving
// a restart, failing soft, and the answers to content scripts and pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINE_BUILT, engineLibrary, packageFetch, memoryStorage } from './helpers.mjs';
import { makeEngineHost } from '../../extension/background/engine-host.js';
import { makeSettingsStore } from '../../extension/background/settings-store.js';
import { makeRecords } from '../../extension/background/records.js';
import { makeHandlers } from '../../extension/background/handlers.js';
import { KEYS } from '../../extension/shared/storage-keys.js';
import { defaultSettings } from '../../extension/shared/settings.js';

const skip = ENGINE_BUILT ? false : 'the wasm engine is not built (build/wasm)';
const CAMPAIGN = 'Ayo coblos nomor 2, Prabowo-Gibran menang satu putaran! ✌️ #PrabowoGibran2024';
const NEUTRAL = 'Resep soto ayam kampung, kuahnya bening dan segar. Selamat mencoba!';

function background({ storage = memoryStorage(), library = engineLibrary(), now } = {}) {
  const shown = [];
  const host = makeEngineHost({ getURL: (p) => `ext://${p}`, fetch: packageFetch(), getLibrary: () => library });
  const store = makeSettingsStore(storage);
  const records = makeRecords(storage);
  const handlers = makeHandlers({
    host, store, records, storage, uiLanguage: () => 'id-ID',
    toolbar: { show: async (s) => shown.push(s.off_reason) },
    genericSites: { sync: async () => {}, inject: async () => {} },
    now,
  });
  return { host, handlers, storage, shown };
}

test('the engine loads on the first request, not before, and classifies a campaign post as warn', { skip }, async () => {
  const { host, handlers } = background();
  assert.equal(host.state(), 'idle');
  const reply = await handlers.classify({ request: { text: CAMPAIGN, action: 'share', platform: 'x' } });
  assert.equal(host.state(), 'ready');
  assert.equal(reply.protecting, true);
  assert.equal(reply.verdict.level, 'warn');
  assert.ok(reply.verdict.reasons[0].legal_basis.length > 0);
  assert.match(reply.key, /^[0-9a-f]{64}$/);
  const neutral = await handlers.classify({ request: { text: NEUTRAL, action: 'like', platform: 'x' } });
  assert.equal(neutral.verdict.level, 'allow');
});

test('a restarted background (new objects, same storage) answers its first request', { skip }, async () => {
  const storage = memoryStorage({ [KEYS.settings]: { ...defaultSettings(), sensitivity: 'strict' } });
  await background({ storage }).handlers.classify({ request: { text: NEUTRAL, action: 'like', platform: 'x' } });
  const again = background({ storage });
  const reply = await again.handlers.classify({ request: { text: CAMPAIGN, action: 'like', platform: 'x' } });
  assert.equal(reply.verdict.level, 'warn');
});

test('no engine: protection off with the reason, the toolbar says so, and the answer still comes', async () => {
  const { handlers, host, shown } = background({ library: null });
  const reply = await handlers.classify({ request: { text: CAMPAIGN, action: 'like', platform: 'x' } });
  assert.equal(host.state(), 'failed');
  assert.deepEqual([reply.protecting, reply.off_reason, reply.verdict], [false, 'engine', null]);
  assert.ok(shown.includes('engine'));
  const status = await handlers.status();
  assert.deepEqual([status.protecting, status.off_reason], [false, 'engine']);
  await assert.rejects(handlers.elections());
});

test('paused: no verdict until the pause ends; an action not guarded gets no verdict', { skip }, async () => {
  let t = new Date('2026-11-23T08:00:00Z');
  const { handlers } = background({ now: () => t });
  await handlers.setPause({ until: t.getTime() + 3600e3 });
  const paused = await handlers.classify({ request: { text: CAMPAIGN, action: 'like', platform: 'x' } });
  assert.deepEqual([paused.protecting, paused.off_reason, paused.verdict], [false, 'paused', null]);
  t = new Date(t.getTime() + 3601e3);
  assert.equal((await handlers.classify({ request: { text: CAMPAIGN, action: 'like', platform: 'x' } })).verdict.level, 'warn');
  await assert.rejects(handlers.setPause({ until: t.getTime() + 48 * 3600e3 }), /out of range/);

  const storage = memoryStorage({ [KEYS.settings]: { ...defaultSettings(), actions: { ...defaultSettings().actions, like: false } } });
  const off = await background({ storage }).handlers.classify({ request: { text: CAMPAIGN, action: 'like', platform: 'x' } });
  assert.equal(off.verdict, null);
});

test('"not campaign" silences that exact content and keeps feedback without text', { skip }, async () => {
  const { handlers, storage } = background();
  const first = await handlers.classify({ request: { text: CAMPAIGN, action: 'like', platform: 'x', handle: '@a' } });
  await handlers.reportNotCampaign({ key: first.key, rules: first.verdict.reasons.map((r) => r.rule), action: 'like', platform: 'x' });
  const again = await handlers.classify({ request: { text: `  ${CAMPAIGN.toUpperCase()} `, action: 'share', platform: 'x', handle: '@A' } });
  assert.deepEqual([again.silenced, again.verdict], [true, null]);
  const other = await handlers.classify({ request: { text: CAMPAIGN, action: 'like', platform: 'x', handle: '@b' } });
  assert.equal(other.verdict.level, 'warn', 'another author is other content');
  const stored = JSON.stringify(storage.data);
  assert.equal(stored.includes('coblos'), false, 'no page text in storage');
  assert.equal(storage.data[KEYS.feedback][0].hash, first.key);
});

test('history, counters and status: no page text, warnings counted per day', { skip }, async () => {
  const { handlers, storage } = background();
  await handlers.warningShown({ level: 'warn' });
  await handlers.warningShown({ level: 'warn' });
  await handlers.recordProceed({ reason: 'neutral_news', action: 'share', platform: 'facebook', rules: ['ajakan'], level: 'warn', score: 80 });
  const status = await handlers.status();
  assert.equal(status.warnings_today, 2);
  assert.equal(status.protecting, true);
  assert.equal(status.language, 'id');
  assert.equal(storage.data[KEYS.history][0].reason, 'neutral_news');
  assert.deepEqual(Object.keys(storage.data[KEYS.history][0]).sort(), ['action', 'at', 'level', 'platform', 'reason', 'rules', 'score']);
});

test('invalid stored settings: defaults apply and a notice is stored for the pages', { skip }, async () => {
  const storage = memoryStorage({ [KEYS.settings]: { version: 1, sensitivity: 'loud' } });
  const { handlers } = background({ storage });
  const status = await handlers.status();
  assert.equal(status.protecting, true);
  assert.ok(status.settings_notice && status.settings_notice.problems.length > 0);
});

test('elections for the options page come from the packs', { skip }, async () => {
  const { handlers } = background();
  const { elections, packs } = await handlers.elections();
  assert.ok(elections.some((e) => e.id === 'pilpres-2024'));
  assert.ok(packs.length >= 1);
});
