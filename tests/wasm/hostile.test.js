// Hostile inputs through the wasm engine's JS API, beyond api.test.js (empty text, lone
// surrogates, a 1 MB post, four garbage settings) and tests/core/hostile_test.cc:
// settings storage holding garbage, requests JSON cannot carry, invisible-only posts,
// packs that are huge, deeply nested or catastrophic for backtracking, and a pack of
// 5,000 entities. Times and heap sizes are printed, never asserted.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('path');
const { performance } = require('perf_hooks');
const { ROOT, JagaNetral, repoPacks, newEngine } = require('./helpers.js');
const { bigPack } = require(path.join(ROOT, 'bench', 'lib', 'big-pack.js'));

const EXAMPLE = 'Ayo coblos nomor 2, Prabowo-Gibran menang satu putaran!';
const REQUEST = { text: EXAMPLE, action: 'share', date: '2024-02-01' };

let shared;
async function engineWithPacks() {
  if (!shared) {
    shared = await newEngine();
    const loaded = shared.loadPacks(repoPacks());
    assert.equal(loaded.ok, true, JSON.stringify(loaded.errors));
  }
  return shared;
}

function nested(depth, leaf = null) {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = { x: value };
  return value;
}

test('settings storage holding garbage: defaults with warnings, never an exception', async () => {
  const engine = await engineWithPacks();
  const expected = engine.classify(REQUEST);
  const garbage = {
    'a string': 'garbage',
    'a number': 12345,
    'a list': [1, 2, 3],
    'null everywhere': { regions: null, elections: null, custom_period: null, phase_overrides: null, sensitivity: null, year_round: null },
    'wrong types inside': { regions: [null, {}, [], true, 1e308, -0], elections: [{}, 1], custom_period: { start: 1, end: [] },
      phase_overrides: { 'pilpres-2029': 'x', 'pilkada-2024-jawa-tengah': [null, { phase: 1 }, { phase: 'campaign', start: '2024-13-45', end: 'x' }] } },
    'prototype keys': JSON.parse('{"__proto__": {"regions": ["33"]}, "constructor": {"prototype": {"sensitivity": "strict"}}, "regions": ["__proto__", "constructor"]}'),
    '20,000 regions': { regions: Array.from({ length: 20000 }, (_, i) => ['31', '33.25', 'xx', ''][i % 4]) },
    'megabyte strings': { regions: ['3'.repeat(1 << 20)], sensitivity: 's'.repeat(1 << 20), elections: ['e'.repeat(1 << 20)] },
    '5,000 unknown elections': { phase_overrides: Object.fromEntries(Array.from({ length: 5000 },
      (_, i) => [`e${i}`, [{ phase: 'campaign', start: '2024-01-01', end: '2024-12-31' }]])) },
    '3,000 levels deep': { regions: nested(3000), custom_period: nested(3000, 'x') },
    'unknown keys': { colour: 'red', regions: ['31'], 'settings.regions': ['33'], '': 1 },
  };
  for (const [name, settings] of Object.entries(garbage)) {
    const t0 = performance.now();
    const verdict = engine.classify({ ...REQUEST, settings });
    const ms = performance.now() - t0;
    assert.ok(['warn', 'caution'].includes(verdict.level), `${name}: ${verdict.level}`);
    if (name !== 'unknown keys' && name !== '20,000 regions') {
      assert.ok(verdict.warnings.length > 0, `${name}: says what it ignored`);
    }
    console.log(`settings ${name}: ${verdict.level} ${verdict.score}, ${verdict.warnings.length} warnings, ${ms.toFixed(1)} ms`);
  }
  // Nothing stuck: the same request gives the same verdict as before.
  const after = engine.classify(REQUEST);
  assert.equal(after.level, expected.level);
  assert.equal(after.score, expected.score);
});

test('a request JSON cannot carry is a JagaNetral.Error, and the engine goes on', async () => {
  const engine = await engineWithPacks();
  const cyclic = { regions: ['33'] };
  cyclic.self = cyclic;
  for (const [name, settings] of [['a cycle', cyclic], ['a BigInt', { regions: [10n] }], ['100,000 levels', nested(100000)]]) {
    assert.throws(() => engine.classify({ ...REQUEST, settings }),
      (e) => e instanceof JagaNetral.Error && e.problems[0].pointer === '/', name);
  }
  assert.equal(engine.classify(REQUEST).level, 'warn');
});

test('posts of only invisible, combining or joining characters are allowed', async () => {
  const engine = await engineWithPacks();
  for (const text of ['\u200B'.repeat(100000), '\u0301'.repeat(100000), 'a' + '\u0301'.repeat(100000),
    '\u200D\uFE0F'.repeat(50000), '\uFEFF\u2060\u00AD'.repeat(30000), '\u{E0067}'.repeat(20000)]) {
    const verdict = engine.classify({ text, action: 'post', date: '2024-02-01' });
    assert.equal(verdict.level, 'allow');
    assert.equal(verdict.reasons.length, 0);
  }
});

test('a pack catastrophic for backtracking engines loads and runs in linear time', async () => {
  const fs = require('fs');
  const engine = await newEngine();
  const packs = [...repoPacks(), { file: 'redos-pack.json', text: fs.readFileSync(path.join(ROOT, 'bench', 'data', 'redos-pack.json'), 'utf8') }];
  assert.equal(engine.loadPacks(packs).ok, true);
  // (a+)+$ on 100,000 a's and a '!': a backtracking engine would not finish this.
  const text = 'Ayo coblos! ' + 'a'.repeat(100000) + '!';
  const t0 = performance.now();
  const verdict = engine.classify({ text, action: 'share', date: '2024-02-01' });
  console.log(`redos pack, 100 KB of a's: ${verdict.level} in ${(performance.now() - t0).toFixed(1)} ms`);
  engine.delete();
});

test('huge and deeply nested packs are rejected with a reason, the previous packs stay', async () => {
  const engine = await newEngine();
  assert.equal(engine.loadPacks(repoPacks()).ok, true);
  const before = engine.packs().map((p) => p.id);
  const hostile = [
    ['100,000 levels of nesting', '{"format": 1, "x": ' + '['.repeat(100000) + ']'.repeat(100000) + '}', /nesting deeper than/],
    ['8 MB of brackets', '['.repeat(8 << 20), /nesting deeper than/],
    ['not JSON at all', '\u0000\uFFFF\uD800 garbage', /invalid JSON/],
    ['a list, not a pack', '[1, 2, 3]', /expected an object/],
    ['50,000 keywords in one cue', JSON.stringify({ format: 1, id: 'kata', version: '1', name: 'k',
      cues: [{ id: 'banyak', category: 'x', weight: 1, keywords: Array.from({ length: 50000 }, (_, i) => `kata${i} lain`) }] }), /too large to compile/],
  ];
  for (const [name, text, expected] of hostile) {
    const t0 = performance.now();
    const result = engine.loadPacks([{ file: 'hostile.json', text }]);
    console.log(`pack ${name}: ${result.ok ? 'loaded' : result.errors[0].message.slice(0, 80)} in ${(performance.now() - t0).toFixed(0)} ms, heap ${engine.heapBytes() >> 20} MiB`);
    assert.equal(result.ok, false, name);
    assert.match(result.errors[0].message, expected, name);
    assert.deepEqual(engine.packs().map((p) => p.id), before, `${name}: the previous packs stay in force`);
  }
  assert.equal(engine.classify(REQUEST).level, 'warn');
  engine.delete();
});

test('a pack of 5,000 entities: loads, or is rejected whole as too large', async () => {
  const engine = await newEngine();
  const umum = repoPacks().filter((p) => p.file.endsWith('umum.json'));
  assert.equal(engine.loadPacks(umum).ok, true);
  for (const n of [1000, 5000]) {
    const pack = { file: `besar-${n}.json`, text: JSON.stringify(bigPack(n)) };
    const heapBefore = engine.heapBytes();
    const inForce = engine.packs().map((p) => p.id);
    const t0 = performance.now();
    const result = engine.loadPacks([...umum, pack]);
    const ms = performance.now() - t0;
    console.log(`${n} entities (${pack.text.length >> 10} KiB): ${result.ok ? 'loaded' : result.errors[0].message} in ${ms.toFixed(0)} ms, ` +
      `heap ${heapBefore >> 20} -> ${engine.heapBytes() >> 20} MiB`);
    if (result.ok) {
      const name = JSON.parse(pack.text).entities[42].name;
      const verdict = engine.classify({ text: `Ayo dukung ${name}, pasti menang!`, action: 'share', date: '2024-10-01' });
      assert.ok(verdict.entities.some((e) => e.id === 'calon-42'), `${n}: finds a candidate of the big pack`);
    } else {
      assert.equal(result.errors.length, 1);
      assert.match(result.errors[0].message, /too large to compile/);
      assert.deepEqual(engine.packs().map((p) => p.id), inForce, 'nothing half-loaded: the previous packs stay');
    }
    assert.ok(n > 1000 || result.ok, 'a thousand entities must load');
  }
  engine.delete();
});
