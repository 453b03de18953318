// One cold start, in the fresh Node process bench/run spawns for it: compile and
// instantiate the wasm module (createEngine), then load every pack given, then classify
// one post; and, for comparison, load the same packs again in the same (now warm)
// module. Prints one JSON line. Extra V8 flags go on bench/run's command line for node.
//
//   node [v8 flags] bench/lib/cold-start.js PACK...
'use strict';
const fs = require('fs');
const path = require('path');
const { performance } = require('perf_hooks');

const ROOT = path.resolve(__dirname, '..', '..');

async function main() {
  const files = process.argv.slice(2);
  const packs = files.map((f) => ({ file: f, text: fs.readFileSync(f, 'utf8') }));
  const wasmBinary = fs.readFileSync(path.join(ROOT, 'build', 'wasm', 'jaganetral_core.wasm'));
  const JagaNetral = require(path.join(ROOT, 'wasm', 'jaganetral.js'));
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

  const t0 = performance.now();
  const engine = await JagaNetral.createEngine({ wasmBinary });
  const t1 = performance.now();
  const c1 = cpu();
  const loaded = engine.loadPacks(packs);
  const t2 = performance.now();
  const c2 = cpu();
  if (!loaded.ok) throw new Error(`loadPacks failed: ${JSON.stringify(loaded.errors).slice(0, 500)}`);
  engine.classify({ text: 'Ayo coblos nomor 2, Prabowo-Gibran menang satu putaran!', action: 'share', date: '2024-02-01' });
  const t3 = performance.now();
  engine.loadPacks(packs);
  const t4 = performance.now();
  process.stdout.write(JSON.stringify({
    instantiate_ms: t1 - t0,
    load_ms: t2 - t1,
    // CPU time of the whole process during the load: above load_ms when V8's compiler
    // threads work beside the main thread (tiering up hot functions).
    load_cpu_ms: c2 - c1,
    cold_start_ms: t2 - t0,
    first_classify_ms: t3 - t2,
    warm_load_ms: t4 - t3,
    heap_bytes: engine.heapBytes(),
  }) + '\n');
  engine.delete();
}

main().catch((e) => {
  console.error(e && e.stack || e);
  process.exit(1);
});
