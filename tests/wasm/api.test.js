// The JS API of the wasm engine (wasm/README.md): loading, errors, classification.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { JagaNetral, repoPacks, newEngine } = require('./helpers.js');

const EXAMPLE = 'Ayo coblos nomor 2, Prabowo-Gibran menang satu putaran!';

test('loads the repository packs', async () => {
  const engine = await newEngine();
  const result = engine.loadPacks(repoPacks());
  assert.equal(result.ok, true, JSON.stringify(result.errors));
  assert.ok(result.packs.length >= 2);
  assert.deepEqual(engine.packs().map((p) => p.id), result.packs.map((p) => p.id));
  const elections = engine.elections();
  const pilpres = elections.find((e) => e.id === 'pilpres-2024');
  assert.ok(pilpres, 'pilpres-2024 is defined');
  assert.ok(pilpres.phases.some((p) => p.phase === 'campaign' && p.start === '2023-11-28'));
  engine.delete();
});

test('the acceptance example warns, with spans that slice the original text', async () => {
  const engine = await newEngine();
  engine.loadPacks(repoPacks());
  const text = '🙏🏻 ' + EXAMPLE;  // astral characters before the spans: offsets are UTF-16
  const verdict = engine.classify({ text, action: 'share', date: '2024-02-01' });
  assert.equal(verdict.level, 'warn');
  assert.ok(verdict.reasons.length > 0);
  for (const reason of verdict.reasons) {
    assert.ok(reason.legal_basis.length > 0, `${reason.rule} cites a legal basis`);
    for (const span of reason.spans) assert.equal(text.slice(span.begin, span.end), span.text);
  }
  assert.ok(verdict.active_elections.some((e) => e.id === 'pilpres-2024' && e.phase === 'campaign'));
  engine.delete();
});

test('a broken pack is rejected with file and pointer, and the previous packs stay', async () => {
  const engine = await newEngine();
  engine.loadPacks(repoPacks());
  const before = engine.classify({ text: EXAMPLE, action: 'share', date: '2024-02-01' });
  const broken = {
    file: 'broken.json',
    text: JSON.stringify({ format: 1, id: 'broken', version: '1', name: 'x',
      cues: [{ id: 'c', category: 'x', weight: 5, patterns: ['(coblos'] }] }),
  };
  const result = engine.loadPacks([broken]);
  assert.equal(result.ok, false);
  assert.deepEqual(result.errors[0], { file: 'broken.json', pointer: '/cues/0/patterns/0',
    message: 'invalid regular expression: missing ): (coblos' });
  const after = engine.classify({ text: EXAMPLE, action: 'share', date: '2024-02-01' });
  assert.equal(after.level, before.level);
  assert.equal(after.score, before.score);
  engine.delete();
});

test('a malformed request throws JagaNetral.Error with problems', async () => {
  const engine = await newEngine();
  assert.throws(() => engine.classify({ text: 42 }), (e) => e instanceof JagaNetral.Error && e.problems[0].pointer === '/text');
  assert.throws(() => engine.classify({ text: 'x', action: 'wave' }), JagaNetral.Error);
  assert.throws(() => engine.classify({ text: 'x', date: '2024-02-30' }), (e) => e.problems[0].pointer === '/date');
  engine.delete();
  assert.throws(() => engine.classify({ text: 'x' }), /deleted/);
});

test('garbage settings fall back to defaults and say so', async () => {
  const engine = await newEngine();
  engine.loadPacks(repoPacks());
  const verdict = engine.classify({ text: EXAMPLE, action: 'share', date: '2024-02-01',
    settings: { regions: 33, sensitivity: 'paranoid', year_round: 'no', custom_period: 'always' } });
  assert.equal(verdict.level, 'warn');
  assert.ok(verdict.warnings.length >= 4, JSON.stringify(verdict.warnings));
  engine.delete();
});

test('hostile texts: empty, invalid surrogates, 1 MB', async () => {
  const engine = await newEngine();
  engine.loadPacks(repoPacks());
  assert.equal(engine.classify({ text: '' }).level, 'allow');
  assert.ok(engine.classify({ text: 'a\uD800b\uDFFF coblos' }));
  const big = (EXAMPLE + ' ').repeat(Math.ceil((1 << 20) / EXAMPLE.length));
  assert.equal(engine.classify({ text: big, action: 'share', date: '2024-02-01' }).level, 'warn');
  engine.delete();
});
