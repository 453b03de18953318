// Shared set-up for the test files: which extension build to load, one fixture server and
// one browser per test file, and failure reports that say what the page saw.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { startServer } from './server.mjs';
import { launch } from './browsers.mjs';
import { snapshot, artifact } from './flows.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const BROWSERS = ['chromium', 'firefox'];

/**
 * The unpacked extension a browser loads: dist/chrome or dist/firefox, or JN_EXTENSION_DIR
 * (one folder for both browsers, e.g. a probe extension while developing the harness).
 */
export function extensionDir(kind) {
  if (process.env.JN_EXTENSION_DIR) return path.resolve(process.env.JN_EXTENSION_DIR);
  return path.join(ROOT, 'dist', kind === 'chromium' ? 'chrome' : 'firefox');
}

/**
 * Starts the fixture server and the browser before the file's tests and stops them after.
 * Returns an object whose .server and .session are set once `before` has run.
 */
export function useBrowser(kind, opts = {}) {
  const env = { kind, server: null, session: null };
  before(async () => {
    env.server = await startServer();
    env.session = await launch(kind, { extensionDir: extensionDir(kind), server: env.server, ...opts });
  }, { timeout: 60000 });
  after(async () => {
    if (env.session) await env.session.close();
    if (env.server) await env.server.close();
  }, { timeout: 30000 });
  return env;
}

/**
 * Runs body(page-opener) and closes every page it opened. On failure, saves a screenshot of
 * the last page under artifacts/failures/ and adds what the page saw to the error.
 */
export async function withPages(env, name, body) {
  const pages = [];
  const open = async (fn) => { const d = await fn(); pages.push(d); return d; };
  try {
    await body(open);
  } catch (err) {
    const last = pages[pages.length - 1];
    if (last) {
      const file = artifact('failures', `${env.kind}-${name.replace(/[^\w.-]+/g, '_')}.png`);
      await last.screenshot(file).catch(() => {});
      const snap = await snapshot(last).catch((e) => ({ snapshotError: String(e) }));
      err.message += `\n  page: ${last.url()}\n  saw: ${JSON.stringify(snap).slice(0, 1500)}\n  screenshot: ${file}`;
      if (env.session && env.session.consoleErrors.length) err.message += `\n  console errors: ${env.session.consoleErrors.slice(-5).join(' | ')}`;
    }
    throw err;
  } finally {
    for (const d of pages) await d.close();
  }
}

export function ensureDir(dir) { fs.mkdirSync(dir, { recursive: true }); return dir; }
