// bench/run: the benchmark suite (bench/README.md says what every figure means).
// Prints a table and writes the same figures to bench/results/latest.json.
//
//   bench/run [--quick] [--no-build] [--out FILE]
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const { execFileSync, spawnSync } = require('child_process');
const { buildCorpus, writeJsonl } = require('./lib/corpus.js');
const { bigPack } = require('./lib/big-pack.js');
const { median, round } = require('./lib/stats.js');

const ROOT = path.resolve(__dirname, '..');
const WORK = path.join(ROOT, 'build', 'bench');
const NATIVE_BENCH = path.join(ROOT, 'build', 'native', 'jaganetral_bench');
const WASM = path.join(ROOT, 'build', 'wasm', 'jaganetral_core.wasm');
const SIZES = ['100B', '1KB', '10KB', '100KB'];
const ENGINES = ['wasm', 'native', 'js-regexp', 're2-wasm'];

const MODES = {
  quick: {
    counts: { '100B': 600, '1KB': 300, '10KB': 80, '100KB': 20 },
    warmup: { '100B': 100, '1KB': 30, '10KB': 5, '100KB': 2 },
    coldRuns: 20, redosTimeoutMs: 3000, redosRepeat: 10, bigPacks: [5000], coldVariants: false,
  },
  full: {
    counts: { '100B': 2000, '1KB': 1000, '10KB': 200, '100KB': 40 },
    warmup: { '100B': 200, '1KB': 50, '10KB': 10, '100KB': 3 },
    coldRuns: 20, redosTimeoutMs: 10000, redosRepeat: 20, bigPacks: [2000, 5000], coldVariants: true,
  },
};

// V8 settings the cold start is also measured under (full run): they show where its
// time goes (bench/README.md, "Cold start").
const COLD_VARIANTS = [
  { name: 'liftoff only (no tier-up to TurboFan)', flags: ['--liftoff-only'] },
  { name: 'TurboFan only (no Liftoff)', flags: ['--no-liftoff'] },
  { name: 'eager compilation (no lazy)', flags: ['--no-wasm-lazy-compilation'] },
  { name: 'one thread (no background compile)', flags: ['--single-threaded'] },
];

function parseArgs(argv) {
  const args = { mode: 'full', build: true, out: path.join(__dirname, 'results', 'latest.json') };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--quick') args.mode = 'quick';
    else if (argv[i] === '--no-build') args.build = false;
    else if (argv[i] === '--out') args.out = path.resolve(argv[++i]);
    else if (argv[i] === '--help' || argv[i] === '-h') {
      console.log('usage: bench/run [--quick] [--no-build] [--out FILE]');
      process.exit(0);
    } else {
      console.error(`bench/run: unknown argument ${argv[i]}`);
      process.exit(2);
    }
  }
  return args;
}

const log = (line) => process.stderr.write(`bench: ${line}\n`);

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30, cwd: ROOT, ...options });
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ').slice(0, 200)} failed (${r.status}):\n${(r.stderr || '').slice(-2000)}`);
  }
  return r.stdout;
}

const lastJson = (out) => JSON.parse(out.trim().split('\n').pop());
const node = (script, args, nodeFlags = []) => lastJson(run(process.execPath, [...nodeFlags, path.join(__dirname, 'lib', script), ...args]));

function bundledPacks() {
  const dir = path.join(ROOT, 'rules');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => path.join('rules', f));
}

function coldStart(packs, runs, flags = []) {
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(node('cold-start.js', packs, flags));
  const pick = (key) => median(samples.map((s) => s[key]));
  return {
    runs,
    instantiate_ms: pick('instantiate_ms'), load_ms: pick('load_ms'), load_cpu_ms: pick('load_cpu_ms'),
    cold_start_ms: pick('cold_start_ms'), first_classify_ms: pick('first_classify_ms'), warm_load_ms: pick('warm_load_ms'),
  };
}

function nativeLoad(packs, runs) {
  const first = [];
  for (let i = 0; i < runs; i++) first.push(lastJson(run(NATIVE_BENCH, ['load', '--repeat', '1', ...packs])).first_ms);
  const warm = lastJson(run(NATIVE_BENCH, ['load', '--repeat', '20', ...packs]));
  return { runs, first_load_ms: median(first), warm_load_ms: warm.median_ms };
}

// Loads a generated pack of n entities with rules/umum.json, natively and in wasm.
function bigPackLoad(n) {
  const file = path.join(WORK, `big-pack-${n}.json`);
  fs.writeFileSync(file, JSON.stringify(bigPack(n)));
  const packs = ['rules/umum.json', file];
  const out = { entities: n, pack_bytes: fs.statSync(file).size };
  const native = spawnSync(NATIVE_BENCH, ['load', '--repeat', '1', ...packs], { encoding: 'utf8', cwd: ROOT });
  out.native = native.status === 0
    ? { ok: true, load_ms: lastJson(native.stdout).first_ms }
    : { ok: false, problems: native.stderr.trim().split('\n').slice(0, 3) };
  const wasm = spawnSync(process.execPath, ['-e', `
    const fs = require('fs');
    const JagaNetral = require(${JSON.stringify(path.join(ROOT, 'wasm', 'jaganetral.js'))});
    (async () => {
      const engine = await JagaNetral.createEngine({ wasmBinary: fs.readFileSync(${JSON.stringify(WASM)}) });
      const packs = ${JSON.stringify(packs)}.map((f) => ({ file: f, text: fs.readFileSync(f, 'utf8') }));
      const t0 = performance.now();
      const r = engine.loadPacks(packs);
      const load_ms = performance.now() - t0;
      let classify_ms = null;
      if (r.ok) {
        const t1 = performance.now();
        engine.classify({ text: 'Ayo dukung ' + packs[1].text.match(/"name": ?"([^"]+)"/g)[3].split('"')[3] + ', pasti menang!', action: 'share', date: '2024-10-01' });
        classify_ms = performance.now() - t1;
      }
      console.log(JSON.stringify({ ok: r.ok, problems: r.ok ? undefined : r.errors.slice(0, 3), load_ms, classify_ms, heap_bytes: engine.heapBytes() }));
    })();`], { encoding: 'utf8', cwd: ROOT, maxBuffer: 1 << 26 });
  out.wasm = wasm.status === 0 ? lastJson(wasm.stdout) : { ok: false, error: wasm.stderr.slice(-500) };
  return out;
}

function fileSizes() {
  const wasm = fs.readFileSync(WASM);
  const zips = {};
  for (const name of ['jaga-netral-chrome.zip', 'jaga-netral-firefox.zip']) {
    const file = path.join(ROOT, 'dist', name);
    if (fs.existsSync(file)) zips[name] = fs.statSync(file).size;
  }
  return { wasm_bytes: wasm.length, wasm_gzip_bytes: zlib.gzipSync(wasm, { level: 9 }).length, zips };
}

// Browser figures come from the end-to-end run (tests/e2e/latency.test.mjs), if it left
// its artifact; the worst site's p95 is reported.
function e2eLatency() {
  const file = path.join(ROOT, 'tests', 'e2e', 'artifacts', 'latency.json');
  const none = { click_to_dialog_ms_p95: null, allowed_action_delay_ms_p95: null, source: null };
  if (!fs.existsSync(file)) return none;
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (!Array.isArray(data)) {
      return { click_to_dialog_ms_p95: data.click_to_dialog_ms_p95 ?? null,
        allowed_action_delay_ms_p95: data.allowed_action_delay_ms_p95 ?? null, source: path.relative(ROOT, file) };
    }
    const worst = (key) => {
      const v = data.map((site) => site[key] && site[key].p95).filter((x) => typeof x === 'number');
      return v.length ? Math.max(...v) : null;
    };
    const p95 = (s, key) => (s[key] && typeof s[key].p95 === 'number' ? s[key].p95 : null);
    return {
      click_to_dialog_ms_p95: worst('clickToDialog'), allowed_action_delay_ms_p95: worst('clickToAction'),
      // The "cold" series, when the e2e run has it: uncached, the engine not yet warm.
      cold_click_to_dialog_ms_p95: worst('coldClickToDialog'), cold_allowed_action_delay_ms_p95: worst('coldClickToAction'),
      // After the browser stopped the background: the engine starts again on that click.
      restart_click_to_dialog_ms_p95: worst('restartClickToDialog'),
      source: path.relative(ROOT, file), modified: fs.statSync(file).mtime.toISOString(),
      sites: data.map((s) => ({ site: s.site, click_to_dialog_p95: p95(s, 'clickToDialog'),
        allowed_action_p95: p95(s, 'clickToAction'), cold_click_to_dialog_p95: p95(s, 'coldClickToDialog'),
        cold_allowed_action_p95: p95(s, 'coldClickToAction') })),
    };
  } catch (e) {
    return { ...none, error: `unreadable ${path.relative(ROOT, file)}: ${e.message}` };
  }
}

const fmt = (x, digits = 1) => (x === null || x === undefined ? '—' : Number(x).toFixed(digits));
const pad = (s, n, left = false) => (left ? String(s).padEnd(n) : String(s).padStart(n));

function printTable(r) {
  const lines = [];
  lines.push(`Jaga Netral benchmark (${r.mode}) — ${r.generated_at}, ${r.machine.cpus} CPUs, load ${r.machine.loadavg.join(' ')}, node ${r.machine.node}`);
  lines.push('');
  lines.push('Per post, all bundled packs (µs; "×wasm" = median / wasm median: above 1 is slower than wasm)');
  lines.push(`${pad('size', 6, true)} ${pad('engine', 10, true)} ${pad('posts', 6)} ${pad('mean B', 8)} ${pad('median', 10)} ${pad('p99', 10)} ${pad('×wasm', 7)}`);
  for (const size of SIZES) {
    for (const engine of ENGINES) {
      const e = r.engines.find((x) => x.engine === engine && x.size === size);
      if (!e) continue;
      lines.push(`${pad(size, 6, true)} ${pad(engine, 10, true)} ${pad(e.posts, 6)} ${pad(e.mean_bytes, 8)} ${pad(fmt(e.median_us), 10)} ${pad(fmt(e.p99_us), 10)} ${pad(fmt(e.ratio_to_wasm, 2), 7)}`);
    }
  }
  const core = SIZES.map((size) => {
    const w = r.engines.find((x) => x.engine === 'wasm' && x.size === size);
    return w && w.core_median_us !== undefined ? `${size} ${fmt(w.core_median_us)}` : null;
  }).filter(Boolean);
  if (core.length) lines.push(`wasm, median time inside jn_classify (the rest is JS glue: copies, JSON.parse): ${core.join(', ')} µs`);
  const redos = r.redos;
  lines.push('');
  lines.push(`redos  (${redos.text_bytes} B post, bundled packs + bench/data/redos-pack.json)`);
  for (const engine of ENGINES) {
    const e = redos.engines[engine];
    if (!e) continue;
    const value = e.timed_out ? `> ${e.timeout_ms * 1000} (stopped after ${e.timeout_ms} ms, ${e.samples} of ${redos.repeat} runs done)` : `${fmt(e.median_us)} median, ${fmt(e.p99_us)} p99`;
    lines.push(`       ${pad(engine, 10, true)} ${value}`);
  }
  const a = r.agreement;
  lines.push('');
  lines.push(`Baselines find the engine's signals on ${a['js-regexp'].identical}/${a['js-regexp'].checked} (js-regexp) and ${a['re2-wasm'].identical}/${a['re2-wasm'].checked} (re2-wasm) posts of 100B and 1KB; ${r.patterns.count} signal patterns (${r.patterns.distinct} distinct), ${r.patterns.untranslated} untranslatable`);
  lines.push('');
  const c = r.cold_start;
  lines.push(`Cold start (fresh Node process each, median of ${c.runs}): ${fmt(r.cold_start_ms)} ms = instantiate ${fmt(c.instantiate_ms)} + loadPacks ${fmt(c.load_ms)} (process CPU during load ${fmt(c.load_cpu_ms)}); then first classify ${fmt(c.first_classify_ms)} ms, warm loadPacks ${fmt(c.warm_load_ms)} ms`);
  lines.push(`Native loadPacks: ${fmt(r.native_load.first_load_ms)} ms in a fresh process, ${fmt(r.native_load.warm_load_ms)} ms warm`);
  for (const v of r.cold_variants || []) {
    lines.push(`  node ${v.flags.join(' ')} (${v.name}): cold ${fmt(v.cold_start_ms)} = ${fmt(v.instantiate_ms)} + ${fmt(v.load_ms)} (cpu ${fmt(v.load_cpu_ms)}), first classify ${fmt(v.first_classify_ms)}, warm load ${fmt(v.warm_load_ms)}`);
  }
  lines.push('');
  lines.push(`Heap (wasm linear memory): ${(r.heap_bytes_after_load / 1048576).toFixed(1)} MiB after loading the packs, ${(r.heap_bytes / 1048576).toFixed(1)} MiB after classifying the corpus`);
  lines.push(`Size: jaganetral_core.wasm ${r.wasm_bytes} B, gzip -9 ${r.wasm_gzip_bytes} B` +
    Object.entries(r.zips).map(([k, v]) => `; ${k} ${v} B`).join('') + (Object.keys(r.zips).length ? '' : '; no extension zips in dist/'));
  for (const b of r.big_packs) {
    const n = b.native.ok ? `native ${fmt(b.native.load_ms)} ms` : `native rejected: ${b.native.problems.join('; ')}`;
    const w = b.wasm.ok ? `wasm ${fmt(b.wasm.load_ms)} ms, heap ${(b.wasm.heap_bytes / 1048576).toFixed(1)} MiB, classify ${fmt(b.wasm.classify_ms, 2)} ms`
      : `wasm rejected: ${(b.wasm.problems || []).map((p) => p.message).join('; ') || b.wasm.error}`;
    lines.push(`Pack of ${b.entities} entities (${(b.pack_bytes / 1024).toFixed(0)} KiB) + umum: ${n}; ${w}`);
  }
  lines.push(`Browser (tests/e2e): click → dialog p95 ${fmt(r.click_to_dialog_ms_p95)} ms, allowed action delay p95 ${fmt(r.allowed_action_delay_ms_p95)} ms` +
    (r.e2e.cold_click_to_dialog_ms_p95 != null ? `; cold: ${fmt(r.e2e.cold_click_to_dialog_ms_p95)} ms and ${fmt(r.e2e.cold_allowed_action_delay_ms_p95)} ms` : '') +
    (r.e2e.restart_click_to_dialog_ms_p95 != null ? `; after the background was stopped: click → dialog p95 ${fmt(r.e2e.restart_click_to_dialog_ms_p95)} ms` : '') +
    (r.e2e.source ? ` (from ${r.e2e.source}, ${r.e2e.modified})` : ' (no tests/e2e/artifacts/latency.json: run the end-to-end tests)'));
  console.log(lines.join('\n'));
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const mode = MODES[args.mode];
  const started = Date.now();
  if (args.build) {
    log('building the engine (scripts/build-engine)');
    run('bash', ['scripts/build-engine'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  for (const f of [NATIVE_BENCH, WASM]) {
    if (!fs.existsSync(f)) throw new Error(`${path.relative(ROOT, f)} is missing: run scripts/build-engine`);
  }
  fs.mkdirSync(WORK, { recursive: true });
  const packs = bundledPacks();

  log('dumping the compiled patterns, building the corpus');
  const patternsFile = path.join(WORK, 'patterns.json');
  fs.writeFileSync(patternsFile, run(NATIVE_BENCH, ['patterns', ...packs]));
  const corpusFile = path.join(WORK, 'corpus.jsonl');
  const posts = buildCorpus(ROOT, mode.counts, mode.warmup);
  writeJsonl(corpusFile, posts);
  const signalsFile = path.join(WORK, 'signals.jsonl');
  fs.writeFileSync(signalsFile, run(NATIVE_BENCH, ['signals', '--corpus', corpusFile, ...packs]));
  const timed = posts.filter((p) => !p.warmup).length;
  log(`${timed} timed posts (+${posts.length - timed} warm-up), ${JSON.parse(fs.readFileSync(patternsFile, 'utf8')).length} patterns`);

  const rows = [];
  const runners = {};
  log('native');
  rows.push(...lastJson(run(NATIVE_BENCH, ['classify', '--corpus', corpusFile, '--passes', '1', ...packs])));
  for (const engine of ['wasm', 'js-regexp', 're2-wasm']) {
    log(engine);
    const out = node('engine-runner.js', ['--engine', engine, '--corpus', corpusFile, '--patterns', patternsFile,
      '--signals', signalsFile, '--passes', '1', ...packs]);
    runners[engine] = out;
    rows.push(...out.rows);
  }
  for (const row of rows) {
    const wasm = rows.find((x) => x.engine === 'wasm' && x.size === row.size);
    row.ratio_to_wasm = wasm ? row.median_us / wasm.median_us : null;
  }
  const engines = [];
  for (const size of SIZES) {
    for (const engine of ENGINES) {
      const row = rows.find((x) => x.engine === engine && x.size === size);
      if (!row) continue;
      engines.push({ engine, size, median_us: round(row.median_us), p99_us: round(row.p99_us), posts: row.posts,
        mean_bytes: row.mean_bytes, ratio_to_wasm: round(row.ratio_to_wasm),
        ...(row.core_median_us !== undefined ? { core_median_us: round(row.core_median_us) } : {}) });
    }
  }

  log(`redos line (JS RegExp stopped after ${mode.redosTimeoutMs} ms)`);
  const redosPacks = [...packs, 'bench/data/redos-pack.json'];
  const redosPatterns = path.join(WORK, 'patterns-redos.json');
  fs.writeFileSync(redosPatterns, run(NATIVE_BENCH, ['patterns', ...redosPacks]));
  const { TEXT } = require('./lib/redos.js');
  const redos = { text_bytes: Buffer.byteLength(TEXT), repeat: mode.redosRepeat, engines: {} };
  for (const engine of ['wasm', 'js-regexp', 're2-wasm']) {
    redos.engines[engine] = node('redos.js', ['--engine', engine, '--patterns', redosPatterns,
      '--timeout-ms', String(mode.redosTimeoutMs), '--repeat', String(mode.redosRepeat), ...redosPacks]);
  }
  const redosCorpus = path.join(WORK, 'redos.jsonl');
  writeJsonl(redosCorpus, [{ size: 'redos', text: TEXT, warmup: true },
    ...Array.from({ length: mode.redosRepeat }, () => ({ size: 'redos', text: TEXT }))]);
  const nativeRedos = lastJson(run(NATIVE_BENCH, ['classify', '--corpus', redosCorpus, '--passes', '1', ...redosPacks]))[0];
  redos.engines.native = { timed_out: false, samples: nativeRedos.samples, median_us: nativeRedos.median_us, p99_us: nativeRedos.p99_us };
  for (const e of Object.values(redos.engines)) {
    e.median_us = round(e.median_us);
    e.p99_us = round(e.p99_us);
  }

  log(`cold start: ${mode.coldRuns} fresh Node processes`);
  const cold = coldStart(packs, mode.coldRuns);
  const coldVariants = [];
  if (mode.coldVariants) {
    for (const v of COLD_VARIANTS) {
      log(`cold start with ${v.flags.join(' ')}`);
      coldVariants.push({ ...v, ...coldStart(packs, 10, v.flags) });
    }
  }
  const nativeLoadFigures = nativeLoad(packs, mode.coldRuns);

  log('big packs');
  const bigPacks = mode.bigPacks.map(bigPackLoad);

  const sizes = fileSizes();
  const e2e = e2eLatency();
  const js = runners['js-regexp'];
  const result = {
    mode: args.mode,
    generated_at: new Date().toISOString(),
    seconds: Math.round((Date.now() - started) / 1000),
    machine: { cpus: os.cpus().length, loadavg: os.loadavg().map((x) => Number(x.toFixed(2))), node: process.version },
    engines,
    cold_start_ms: round(cold.cold_start_ms),
    wasm_bytes: sizes.wasm_bytes,
    wasm_gzip_bytes: sizes.wasm_gzip_bytes,
    heap_bytes: runners.wasm.heap_bytes_after_corpus,
    click_to_dialog_ms_p95: e2e.click_to_dialog_ms_p95,
    allowed_action_delay_ms_p95: e2e.allowed_action_delay_ms_p95,
    // Details behind the figures above.
    heap_bytes_after_load: runners.wasm.heap_bytes_after_load,
    cold_start: Object.fromEntries(Object.entries(cold).map(([k, v]) => [k, round(v)])),
    cold_variants: coldVariants.map((v) => ({ name: v.name, flags: v.flags, ...Object.fromEntries(
      Object.entries(v).filter(([k]) => k.endsWith('_ms')).map(([k, x]) => [k, round(x)])) })),
    native_load: Object.fromEntries(Object.entries(nativeLoadFigures).map(([k, v]) => [k, round(v)])),
    zips: sizes.zips,
    redos,
    big_packs: bigPacks,
    patterns: { count: js.patterns + js.untranslated.length, distinct: js.distinct_patterns, untranslated: js.untranslated.length },
    agreement: { 'js-regexp': runners['js-regexp'].agreement, 're2-wasm': runners['re2-wasm'].agreement },
    corpus: { timed_posts: timed, warmup_posts: posts.length - timed, counts: mode.counts },
    setup_ms: Object.fromEntries(Object.entries(runners).map(([k, v]) => [k, round(v.setup_ms)])),
    e2e,
  };
  fs.mkdirSync(path.dirname(args.out), { recursive: true });
  fs.writeFileSync(args.out, JSON.stringify(result, null, 2) + '\n');
  printTable(result);
  console.log(`\nwritten: ${path.relative(ROOT, args.out)} (${result.seconds} s)`);
}

try {
  main();
} catch (e) {
  console.error(`bench/run: ${e.message}`);
  process.exit(1);
}
