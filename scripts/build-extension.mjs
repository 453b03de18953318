#!/usr/bin/env node
// Builds the Jaga Netral browser extension from extension/ into
//   dist/chrome/   dist/firefox/             (unpacked: "Load unpacked", about:debugging)
//   dist/jaga-netral-chrome.zip   dist/jaga-netral-firefox.zip
//
// One source, two packages: manifest.base.json plus a small patch per browser
// (extension/platform/<browser>.json). The scripts are ES modules in extension/, bundled
// by esbuild into classic scripts (MV3 content scripts and the Chrome service worker that
// calls importScripts cannot be modules). The engine (build/wasm/jaganetral_core.{js,wasm}
// and wasm/jaganetral.js) and the rule packs (rules/*.json, with a generated index) are
// copied in; the packs are loaded into the engine here first, so a pack the engine
// rejects fails the build instead of turning protection off in the browser.
//
// Fails loudly (exit 1, a message saying what to do) when the engine is not built.
//
// Usage: node scripts/build-extension.mjs [--no-zip] [--browser chrome|firefox]

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { makeManifest } from '../extension/build/manifest.mjs';
import { drawIcon, ICON_SETS } from '../extension/build/icons.mjs';
import { zipDirectory } from '../extension/build/zip.mjs';
import { buildRegions } from '../extension/build/regions.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXT = path.join(ROOT, 'extension');
const DIST = path.join(ROOT, 'dist');
const BROWSERS = ['chrome', 'firefox'];

export const ENGINE_FILES = [
  { from: 'build/wasm/jaganetral_core.js', to: 'engine/jaganetral_core.js' },
  { from: 'build/wasm/jaganetral_core.wasm', to: 'engine/jaganetral_core.wasm' },
  { from: 'wasm/jaganetral.js', to: 'engine/jaganetral.js' },
];

const BUNDLES = {
  'background/background': 'background/main.js',
  'content/content': 'content/main.js',
  'ui/options': 'ui/options.js',
  'ui/popup': 'ui/popup.js',
};

class BuildError extends Error {}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function copy(from, to) {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to);
}

function requireEngine(root) {
  const missing = ENGINE_FILES.filter((f) => !fs.existsSync(path.join(root, f.from))).map((f) => f.from);
  if (missing.length) {
    throw new BuildError(
      `the engine is not built: missing ${missing.join(', ')}.\n` +
      '  Build the WebAssembly engine first: bash scripts/build   (or: emcmake cmake -S . -B build/wasm && cmake --build build/wasm)');
  }
}

export function rulePackFiles(root = ROOT) {
  const dir = path.join(root, 'rules');
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
  if (!files.length) throw new BuildError('no rule packs in rules/*.json');
  return files;
}

// Loads the packs into the real engine, in Node: the extension must never ship packs
// its engine refuses.
async function verifyPacks(root, files) {
  const require = createRequire(import.meta.url);
  const JagaNetral = require(path.join(root, 'wasm/jaganetral.js'));
  const engine = await JagaNetral.createEngine({ wasmBinary: fs.readFileSync(path.join(root, 'build/wasm/jaganetral_core.wasm')) });
  try {
    const result = engine.loadPacks(files.map((file) => ({ file, text: fs.readFileSync(path.join(root, 'rules', file), 'utf8') })));
    if (!result.ok) {
      const lines = result.errors.slice(0, 20).map((e) => `  rules/${e.file}: ${e.pointer}: ${e.message}`);
      throw new BuildError(`the engine rejects the rule packs:\n${lines.join('\n')}`);
    }
    return result.packs;
  } finally {
    engine.delete();
  }
}

async function bundle(stage) {
  await esbuild.build({
    entryPoints: Object.fromEntries(Object.entries(BUNDLES).map(([out, src]) => [out, path.join(EXT, src)])),
    outdir: stage,
    bundle: true,
    format: 'iife',
    target: ['chrome116', 'firefox140'],
    charset: 'utf8',
    legalComments: 'none',
    minify: false,
    logLevel: 'warning',
    banner: { js: '/* Jaga Netral: built from extension/ by scripts/build-extension.mjs. Do not edit here. */' },
  });
}

function sitePatterns() {
  const dir = path.join(EXT, 'sites');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'generic.json').sort()
    .flatMap((f) => readJson(path.join(dir, f)).matches || []);
}

function writeCommon(out, { stage, packFiles, regions }) {
  // Scripts (bundled), pages and styles.
  for (const rel of Object.keys(BUNDLES)) copy(path.join(stage, `${rel}.js`), path.join(out, `${rel}.js`));
  for (const f of fs.readdirSync(path.join(EXT, 'ui'))) {
    if (/\.(html|css)$/.test(f)) copy(path.join(EXT, 'ui', f), path.join(out, 'ui', f));
  }
  // Translations.
  for (const lang of fs.readdirSync(path.join(EXT, '_locales'))) {
    copy(path.join(EXT, '_locales', lang, 'messages.json'), path.join(out, '_locales', lang, 'messages.json'));
  }
  // Icons, drawn.
  for (const set of Object.values(ICON_SETS)) {
    for (const size of set.sizes) {
      fs.mkdirSync(path.join(out, 'icons'), { recursive: true });
      fs.writeFileSync(path.join(out, 'icons', set.name(size)), drawIcon(size, set));
    }
  }
  // The engine and the packs.
  for (const f of ENGINE_FILES) copy(path.join(ROOT, f.from), path.join(out, f.to));
  for (const file of packFiles) copy(path.join(ROOT, 'rules', file), path.join(out, 'rules', file));
  fs.writeFileSync(path.join(out, 'rules', 'index.json'), `${JSON.stringify({ files: packFiles }, null, 2)}\n`);
  // Regions for the options page.
  fs.mkdirSync(path.join(out, 'data'), { recursive: true });
  fs.writeFileSync(path.join(out, 'data', 'regions.json'), JSON.stringify(regions));
}

export async function build({ browsers = BROWSERS, zip = true, root = ROOT, log = console.log } = {}) {
  requireEngine(root);
  const packFiles = rulePackFiles(root);
  const packs = await verifyPacks(root, packFiles);
  log(`build-extension: ${packs.length} rule pack(s) load in the engine: ${packs.map((p) => `${p.id} ${p.version}`).join(', ')}`);

  const stage = path.join(DIST, '.stage');
  fs.rmSync(stage, { recursive: true, force: true });
  await bundle(stage);
  const regions = buildRegions(path.join(root, 'node_modules', 'idn-area-data'));
  const base = readJson(path.join(EXT, 'manifest.base.json'));
  const version = readJson(path.join(root, 'package.json')).version;

  for (const browser of browsers) {
    const out = path.join(DIST, browser);
    fs.rmSync(out, { recursive: true, force: true });
    fs.mkdirSync(out, { recursive: true });
    const manifest = makeManifest({ base, patch: readJson(path.join(EXT, 'platform', `${browser}.json`)), sitePatterns: sitePatterns(), version });
    fs.writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    writeCommon(out, { stage, packFiles, regions });
    if (zip) {
      const file = path.join(DIST, `jaga-netral-${browser}.zip`);
      zipDirectory(out, file);
      log(`build-extension: dist/${browser}/ and dist/${path.basename(file)}`);
    } else {
      log(`build-extension: dist/${browser}/`);
    }
  }
  fs.rmSync(stage, { recursive: true, force: true });
}

function parseArgs(argv) {
  const options = { zip: true, browsers: BROWSERS };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--no-zip') options.zip = false;
    else if (argv[i] === '--browser') options.browsers = [argv[++i]];
    else throw new BuildError(`unknown argument ${argv[i]}`);
  }
  if (!options.browsers.every((b) => BROWSERS.includes(b))) throw new BuildError(`--browser must be one of ${BROWSERS.join(', ')}`);
  return options;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await build(parseArgs(process.argv.slice(2)));
  } catch (err) {
    console.error(`build-extension: FAILED: ${err instanceof BuildError ? err.message : err.stack || err}`);
    process.exit(1);
  }
}
