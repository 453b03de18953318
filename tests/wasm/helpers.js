// Shared set-up for the wasm API tests: the built module, the repository's packs, and
// the labeled corpus in the form the CLI's --jsonl reads.
'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const WASM_DIR = process.env.JAGANETRAL_WASM_DIR || path.join(ROOT, 'build', 'wasm');
const CLI = process.env.JAGANETRAL_CLI || path.join(ROOT, 'build', 'native', 'jaganetral');
const JagaNetral = require(path.join(ROOT, 'wasm', 'jaganetral.js'));

function repoPacks() {
  const dir = path.join(ROOT, 'rules');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => ({ file: `rules/${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

async function newEngine() {
  const wasmBinary = fs.readFileSync(path.join(WASM_DIR, 'jaganetral_core.wasm'));
  return JagaNetral.createEngine({ wasmBinary });
}

// Corpus items with their text resolved (text_file -> contents).
function corpus() {
  const dir = path.join(ROOT, 'tests', 'corpus');
  const lines = fs.readFileSync(path.join(dir, 'posts.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  return lines.map((line) => {
    const item = JSON.parse(line);
    if (item.text_file) item.text = fs.readFileSync(path.join(dir, item.text_file), 'utf8');
    return item;
  });
}

module.exports = { ROOT, CLI, JagaNetral, repoPacks, newEngine, corpus };
