// Native and wasm give the same verdicts on the whole labeled corpus: same level,
// score, rules and spans, item by item.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync } = require('child_process');
const { CLI, repoPacks, newEngine, corpus } = require('./helpers.js');

test('native CLI and wasm agree on every corpus item', async () => {
  const items = corpus();
  assert.ok(items.length >= 150, `corpus has ${items.length} items`);
  const input = items.map((item) => JSON.stringify({
    id: item.id, text: item.text, action: item.action, date: item.date, region: item.region,
  })).join('\n') + '\n';
  const nativeLines = execFileSync(CLI, ['classify', '--jsonl'], { input, maxBuffer: 256 << 20 })
    .toString().trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(nativeLines.length, items.length);

  const engine = await newEngine();
  assert.equal(engine.loadPacks(repoPacks()).ok, true);
  let compared = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const native = nativeLines[i];
    assert.equal(native.id, item.id);
    const request = { text: item.text, action: item.action || 'like', date: item.date };
    if (item.region) request.settings = { regions: Array.isArray(item.region) ? item.region : [item.region] };
    const wasm = engine.classify(request);
    const summary = (v) => ({ level: v.level, score: v.score,
      reasons: v.reasons.map((r) => [r.rule, r.score, r.spans.map((s) => [s.begin, s.end])]) });
    assert.deepEqual(summary(wasm), summary(native), `item ${item.id}`);
    compared++;
  }
  engine.delete();
  console.log(`parity: ${compared} corpus items, native and wasm identical`);
});
