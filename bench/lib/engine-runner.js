// Runs one engine over the benchmark corpus in a process of its own (so that one
// engine's garbage and JIT state cannot slow another) and prints its figures as JSON.
//
//   node bench/lib/engine-runner.js --engine wasm|js-regexp|re2-wasm --corpus FILE
//        --patterns FILE --passes N [--signals FILE] PACK...
//
// wasm: the engine's JS API (wasm/jaganetral.js): classify() per post, which is
//   normalization, the one-pass RE2::Set match, spans, scoring and the JSON verdict.
// js-regexp, re2-wasm: the baselines: the same normalization written in JS
//   (lib/js-normalize.js), then every pattern of the packs tested one by one.
// --signals: the engine's own matches per post (jaganetral_bench signals); the baselines
//   then check, untimed, that they find exactly the same signals on every 100B and 1KB post.
'use strict';
const fs = require('fs');
const path = require('path');
const { performance } = require('perf_hooks');
const { readJsonl } = require('./corpus.js');
const { quantile } = require('./stats.js');
const { normalize } = require('./js-normalize.js');
const { translateAll } = require('./patterns.js');

const ROOT = path.resolve(__dirname, '..', '..');
const REQUEST = { action: 'share', date: '2024-02-01' };

function parseArgs(argv) {
  const args = { passes: 1, packs: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--engine') args.engine = argv[++i];
    else if (a === '--corpus') args.corpus = argv[++i];
    else if (a === '--patterns') args.patterns = argv[++i];
    else if (a === '--passes') args.passes = Number(argv[++i]);
    else if (a === '--signals') args.signals = argv[++i];
    else args.packs.push(a);
  }
  return args;
}

// A baseline: normalize in JS, then test every distinct pattern once (packs repeat
// patterns; the engine also matches each distinct one once); returns the matched signal
// indices, ascending.
function baseline(compiled) {
  return (text) => {
    const normalized = normalize(text);
    const matched = [];
    for (const { indices, re } of compiled) if (re.test(normalized)) matched.push(...indices);
    return matched.sort((a, b) => a - b);
  };
}

// Translated patterns grouped by source and flags: [{ indices, source, flags }].
function distinct(translated) {
  const bySource = new Map();
  for (const t of translated) {
    const key = `${t.flags}/${t.source}`;
    if (!bySource.has(key)) bySource.set(key, { indices: [], source: t.source, flags: t.flags });
    bySource.get(key).indices.push(t.index);
  }
  return [...bySource.values()];
}

async function setUp(args) {
  const t0 = performance.now();
  if (args.engine === 'wasm') {
    const JagaNetral = require(path.join(ROOT, 'wasm', 'jaganetral.js'));
    const wasmBinary = fs.readFileSync(path.join(ROOT, 'build', 'wasm', 'jaganetral_core.wasm'));
    const engine = await JagaNetral.createEngine({ wasmBinary });
    const loaded = engine.loadPacks(args.packs.map((f) => ({ file: f, text: fs.readFileSync(f, 'utf8') })));
    if (!loaded.ok) throw new Error(`wasm: loadPacks failed: ${JSON.stringify(loaded.errors)}`);
    const heapAfterLoad = engine.heapBytes();
    // Time spent inside the module's jn_classify (request JSON in, verdict JSON out), to
    // tell the C++ work from the JS glue around it (string copies, JSON.parse).
    const core = engine._core;
    engine.classify({ text: 'x' });  // Emscripten replaces its export stub on the first call
    const inner = core._jn_classify;
    const state = { coreUs: 0 };
    core._jn_classify = (...a) => {
      const s = performance.now();
      try { return inner(...a); } finally { state.coreUs += (performance.now() - s) * 1000; }
    };
    return { run: (text) => engine.classify({ text, ...REQUEST }), setupMs: performance.now() - t0, engine, heapAfterLoad, state };
  }
  const signals = JSON.parse(fs.readFileSync(args.patterns, 'utf8'));
  const { ok, failed } = translateAll(signals);
  let compiled;
  if (args.engine === 'js-regexp') {
    compiled = distinct(ok).map((t) => ({ indices: t.indices, re: new RegExp(t.source, t.flags) }));
  } else if (args.engine === 're2-wasm') {
    const groups = distinct(ok);
    const res = require('./re2wasm.js').compileAll(groups);
    compiled = groups.map((t, i) => ({ indices: t.indices, re: res[i] }));
  } else {
    throw new Error(`unknown engine ${args.engine}`);
  }
  return { run: baseline(compiled), setupMs: performance.now() - t0, untranslated: failed, patterns: ok.length, distinct: compiled.length };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const posts = readJsonl(args.corpus);
  const engine = await setUp(args);
  const out = { engine: args.engine, setup_ms: engine.setupMs, rows: [] };
  if (engine.patterns !== undefined) {
    out.patterns = engine.patterns;
    out.distinct_patterns = engine.distinct;
    out.untranslated = engine.untranslated;
  }

  // Untimed: do the baselines find what the engine finds?
  if (args.signals && args.engine !== 'wasm') {
    const expected = readJsonl(args.signals);
    let checked = 0, identical = 0;
    const differences = [];
    posts.forEach((post, i) => {
      if (post.warmup || (post.size !== '100B' && post.size !== '1KB')) return;
      checked++;
      const got = engine.run(post.text);
      if (JSON.stringify(got) === JSON.stringify(expected[i].signals)) identical++;
      else if (differences.length < 5) differences.push({ source: post.source, baseline: got, engine: expected[i].signals });
    });
    out.agreement = { checked, identical, differences };
  }

  // The warm-up posts (never timed) bring the JIT, RE2's DFA cache and the inline caches
  // to their steady state; then every timed post is one the engine has not seen before.
  // A checksum keeps the work from being optimized away.
  let sink = 0;
  const consume = (r) => { sink += Array.isArray(r) ? r.length : r.score; };
  const timed = posts.filter((p) => !p.warmup);
  for (const post of posts) if (post.warmup) consume(engine.run(post.text));
  const samples = {};
  const coreSamples = {};
  const bytes = {};
  const counts = {};
  for (let pass = 0; pass < args.passes; pass++) {
    for (const post of timed) {
      if (engine.state) engine.state.coreUs = 0;
      const a = performance.now();
      const r = engine.run(post.text);
      const b = performance.now();
      consume(r);
      (samples[post.size] = samples[post.size] || []).push((b - a) * 1000);
      if (engine.state) (coreSamples[post.size] = coreSamples[post.size] || []).push(engine.state.coreUs);
      if (pass === 0) {
        bytes[post.size] = (bytes[post.size] || 0) + Buffer.byteLength(post.text);
        counts[post.size] = (counts[post.size] || 0) + 1;
      }
    }
  }
  for (const size of Object.keys(samples)) {
    out.rows.push({ engine: args.engine, size, posts: counts[size], mean_bytes: Math.round(bytes[size] / counts[size]),
      samples: samples[size].length, median_us: quantile(samples[size], 0.5), p99_us: quantile(samples[size], 0.99),
      ...(coreSamples[size] ? { core_median_us: quantile(coreSamples[size], 0.5) } : {}) });
  }
  if (engine.engine) {
    out.heap_bytes_after_load = engine.heapAfterLoad;
    out.heap_bytes_after_corpus = engine.engine.heapBytes();
    engine.engine.delete();
  }
  out.checksum = sink;
  process.stdout.write(JSON.stringify(out) + '\n');
}

main().catch((e) => {
  console.error(e && e.stack || e);
  process.exit(1);
});
