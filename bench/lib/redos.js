// The redos line of bench/run: a pack with patterns that are catastrophic for a
// backtracking engine (bench/data/redos-pack.json), loaded with the bundled packs, and a
// post of about 100 bytes that almost matches them. Each engine classifies it; the JS
// RegExp baseline runs in a worker thread that is terminated after a time limit, since
// it may never finish.
//
//   node bench/lib/redos.js --engine wasm|js-regexp|re2-wasm --patterns FILE
//        --timeout-ms N --repeat N PACK...
'use strict';
const fs = require('fs');
const path = require('path');
const { performance } = require('perf_hooks');
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
const { median, quantile } = require('./stats.js');
const { normalize } = require('./js-normalize.js');
const { translateAll } = require('./patterns.js');

const ROOT = path.resolve(__dirname, '..', '..');
// Many a's and then a character that makes (a+)+$, (\w+\s?)*z$ and (a|aa)+b fail only
// after trying every way to split the run: 2^n steps for a backtracking engine.
const TEXT = 'Ayo coblos! ' + 'a'.repeat(60) + '!';

function compileBaseline(kind, patternsFile) {
  const { ok } = translateAll(JSON.parse(fs.readFileSync(patternsFile, 'utf8')));
  // Each distinct pattern once, as the engine-runner's baselines do.
  const unique = [...new Map(ok.map((t) => [`${t.flags}/${t.source}`, t])).values()];
  if (kind === 're2-wasm') return require('./re2wasm.js').compileAll(unique);
  return unique.map((t) => new RegExp(t.source, t.flags));
}

function runBaseline(res, text) {
  const normalized = normalize(text);
  let n = 0;
  for (const re of res) if (re.test(normalized)) n++;
  return n;
}

if (!isMainThread) {
  // Worker: the JS RegExp baseline, timed from inside so that start-up is not counted.
  const res = compileBaseline('js-regexp', workerData.patterns);
  const times = [];
  for (let i = 0; i < workerData.repeat; i++) {
    const a = performance.now();
    runBaseline(res, workerData.text);
    times.push((performance.now() - a) * 1000);
    parentPort.postMessage({ partial: times.length });
  }
  parentPort.postMessage({ times });
} else if (require.main === module) {
  main().catch((e) => {
    console.error(e && e.stack || e);
    process.exit(1);
  });
}

function timeIt(run, repeat) {
  run();  // warm
  const times = [];
  for (let i = 0; i < repeat; i++) {
    const a = performance.now();
    run();
    times.push((performance.now() - a) * 1000);
  }
  return times;
}

async function main() {
  const args = { repeat: 20, timeoutMs: 5000, packs: [] };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--engine') args.engine = argv[++i];
    else if (argv[i] === '--patterns') args.patterns = argv[++i];
    else if (argv[i] === '--timeout-ms') args.timeoutMs = Number(argv[++i]);
    else if (argv[i] === '--repeat') args.repeat = Number(argv[++i]);
    else args.packs.push(argv[i]);
  }
  let result;
  if (args.engine === 'wasm') {
    const JagaNetral = require(path.join(ROOT, 'wasm', 'jaganetral.js'));
    const engine = await JagaNetral.createEngine({ wasmBinary: fs.readFileSync(path.join(ROOT, 'build', 'wasm', 'jaganetral_core.wasm')) });
    const loaded = engine.loadPacks(args.packs.map((f) => ({ file: f, text: fs.readFileSync(f, 'utf8') })));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const times = timeIt(() => engine.classify({ text: TEXT, action: 'share', date: '2024-02-01' }), args.repeat);
    result = { timed_out: false, samples: times.length, median_us: median(times), p99_us: quantile(times, 0.99) };
  } else if (args.engine === 're2-wasm') {
    const res = compileBaseline('re2-wasm', args.patterns);
    const times = timeIt(() => runBaseline(res, TEXT), args.repeat);
    result = { timed_out: false, samples: times.length, median_us: median(times), p99_us: quantile(times, 0.99) };
  } else {
    result = await new Promise((resolve) => {
      let done = 0;
      const worker = new Worker(__filename, { workerData: { patterns: args.patterns, text: TEXT, repeat: args.repeat } });
      const timer = setTimeout(() => {
        worker.terminate();
        resolve({ timed_out: true, timeout_ms: args.timeoutMs, samples: done, median_us: null, p99_us: null });
      }, args.timeoutMs);
      worker.on('message', (m) => {
        if (m.partial) { done = m.partial; return; }
        clearTimeout(timer);
        worker.terminate();
        resolve({ timed_out: false, samples: m.times.length, median_us: median(m.times), p99_us: quantile(m.times, 0.99) });
      });
      worker.on('error', (e) => { clearTimeout(timer); resolve({ error: String(e) }); });
    });
  }
  process.stdout.write(JSON.stringify({ engine: args.engine, text_bytes: Buffer.byteLength(TEXT), ...result }) + '\n');
}

module.exports = { TEXT };
