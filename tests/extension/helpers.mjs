// Shared test helpers: a DOM (happy-dom), an in-memory storage.local, and the real engine
// (the wasm build) when it exists.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A page at url with body html. Returns { window, document, close }. */
export function makePage(url, html = '') {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  window.document.body.innerHTML = html;
  return { window, document: window.document, close: () => window.happyDOM.close() };
}

/** storage.local in memory, with the promise API the extension uses. */
export function memoryStorage(initial = {}) {
  const data = structuredClone(initial);
  return {
    data,
    async get(keys) {
      const list = keys === undefined || keys === null ? Object.keys(data) : Array.isArray(keys) ? keys : [keys];
      const out = {};
      for (const k of list) if (k in data) out[k] = structuredClone(data[k]);
      return out;
    },
    async set(values) { Object.assign(data, structuredClone(values)); },
    async remove(keys) { for (const k of Array.isArray(keys) ? keys : [keys]) delete data[k]; },
  };
}

export const ENGINE_BUILT = fs.existsSync(path.join(ROOT, 'build/wasm/jaganetral_core.wasm'))
  && fs.existsSync(path.join(ROOT, 'build/wasm/jaganetral_core.js'));

/** The real engine library (wasm/jaganetral.js), or null when the wasm is not built. */
export function engineLibrary() {
  if (!ENGINE_BUILT) return null;
  return createRequire(import.meta.url)(path.join(ROOT, 'wasm/jaganetral.js'));
}

/** A fetch that serves the files an extension package would hold, from the repository. */
export function packageFetch() {
  const files = fs.readdirSync(path.join(ROOT, 'rules')).filter((f) => f.endsWith('.json')).sort();
  const map = {
    'engine/jaganetral_core.wasm': () => fs.readFileSync(path.join(ROOT, 'build/wasm/jaganetral_core.wasm')),
    'rules/index.json': () => Buffer.from(JSON.stringify({ files })),
  };
  for (const f of files) map[`rules/${f}`] = () => fs.readFileSync(path.join(ROOT, 'rules', f));
  return async (url) => {
    const rel = String(url).replace(/^ext:\/\//, '');
    if (!map[rel]) return { ok: false, status: 404 };
    const bytes = map[rel]();
    return {
      ok: true, status: 200,
      arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
      json: async () => JSON.parse(bytes.toString('utf8')),
      text: async () => bytes.toString('utf8'),
    };
  };
}
