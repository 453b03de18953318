// Launches Chromium (playwright-core) and Firefox ESR (puppeteer-core) with an unpacked
// extension, both pointed at the fixture server under the real site host names, and wraps
// their pages behind one small driver so the tests read the same in both browsers.
//
// Never downloads a browser: the executables are Debian's /usr/bin/chromium and
// /usr/bin/firefox-esr. A browser that cannot start makes the test fail, loudly.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { HOST_NAMES } from './server.mjs';

export const CHROMIUM = process.env.JN_CHROMIUM || '/usr/bin/chromium';
export const FIREFOX = process.env.JN_FIREFOX || '/usr/bin/firefox-esr';
export const VIEWPORT = { width: 1280, height: 900 };

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function readManifest(dir) {
  const file = path.join(dir, 'manifest.json');
  if (!fs.existsSync(file)) {
    throw new Error(`no extension at ${dir} (missing manifest.json): build it with \`npm run build:extension\``);
  }
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

// The URL of the frame that made request `r`, or '?'. Playwright throws from frame() for a
// navigation request issued before its frame exists (a new tab's first load); thrown in
// an event handler, that would surface as an uncaught exception after the test ended.
function frameUrl(r) {
  try {
    return r.frame().url();
  } catch {
    return '?';
  }
}

// Records a request seen by the browser's own network events.
function note(list, url, source) {
  list.push({ url, source, t: Date.now() });
}

/** One page, the same interface in both browsers. */
// An extension page (options, popup) in a new tab of `session`, at `size` if given.
async function openExtensionPage(session, extensionBase, rel, size) {
  const d = await session.newPage();
  if (size) await d.setViewport(size);
  await d.goto(extensionBase + rel.replace(/^\//, ''));
  return d;
}

class PageDriver {
  constructor(kind, page) { this.kind = kind; this.page = page; }
  async goto(url) {
    if (this.kind === 'firefox' && url.startsWith('moz-extension:')) {
      // Firefox loads extension pages in another process; puppeteer's BiDi navigation never
      // sees that load finish (the page is there, page.url() stays about:blank). Start the
      // navigation and watch the document instead.
      this.page.goto(url, { waitUntil: 'load', timeout: 30000 }).catch(() => {});
      const end = Date.now() + 30000;
      for (;;) {
        const state = await this.page.evaluate(() => [location.href, document.readyState]).catch(() => null);
        if (state && state[0] === url && state[1] === 'complete') { this.currentUrl = url; return; }
        if (Date.now() > end) throw new Error(`${url} did not load (at ${state && state[0]})`);
        await sleep(50);
      }
    }
    await this.page.goto(url, { waitUntil: 'load', timeout: 30000 });
    this.currentUrl = null;
  }
  /** Runs fn(arg) in the page's main world. */
  async evaluate(fn, arg) { return this.page.evaluate(fn, arg); }
  async click(x, y) { await this.page.mouse.click(x, y); }
  async move(x, y) { await this.page.mouse.move(x, y); }
  /** Presses a key chord, e.g. ['Control', 'Enter'] or ['Enter']. */
  async chord(keys) {
    const mods = keys.slice(0, -1);
    const key = keys[keys.length - 1];
    for (const m of mods) await this.page.keyboard.down(m);
    await this.page.keyboard.press(key);
    for (const m of mods.reverse()) await this.page.keyboard.up(m);
  }
  async typeKeys(text) { await this.page.keyboard.type(text); }
  async screenshot(file, opts = {}) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await this.page.screenshot({ path: file, ...opts });
  }
  async setViewport(size) {
    if (this.kind === 'chromium') await this.page.setViewportSize(size);
    else await this.page.setViewport(size);
  }
  url() { return this.currentUrl || this.page.url(); }
  async close() { try { await this.page.close(); } catch { /* already gone */ } }
}

/**
 * Starts a browser with the extension at extensionDir.
 * Returns { kind, manifest, extensionBase, url(host, path), newPage(), openExtensionPage(rel),
 *           browserRequests, consoleErrors, close() }.
 */
export async function launch(kind, { extensionDir, server, netLog }) {
  readManifest(extensionDir);
  // Load a snapshot: a rebuild of dist/ while the browser runs (both browsers read an
  // unpacked extension's files from disk as they go) must not change it under the test.
  const snapshot = fs.mkdtempSync(path.join(os.tmpdir(), `jn-e2e-ext-${kind}-`));
  fs.cpSync(extensionDir, snapshot, { recursive: true });
  const manifest = readManifest(snapshot);
  let session;
  if (kind === 'chromium') session = await launchChromium(snapshot, manifest, server, netLog);
  else if (kind === 'firefox') session = await launchFirefox(snapshot, manifest, server);
  else throw new Error(`unknown browser ${kind}`);
  const close = session.close.bind(session);
  session.extensionDir = snapshot;
  session.close = async () => { await close(); fs.rmSync(snapshot, { recursive: true, force: true }); };
  return session;
}

async function launchChromium(extensionDir, manifest, server, netLog) {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium)`);
  const { chromium } = await import('playwright-core');
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jn-e2e-chromium-'));
  const rules = HOST_NAMES.map((h) => `MAP ${h} 127.0.0.1:${server.httpsPort}`).join(', ');
  const ctx = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: VIEWPORT,
    locale: 'id-ID',
    args: [
      '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync',
      '--disable-background-networking', '--disable-component-update',
      '--ignore-certificate-errors',
      `--host-resolver-rules=${rules}`,
      // Every other host goes to the recording sink (see server.mjs), never out.
      `--proxy-server=http://127.0.0.1:${server.sinkPort}`,
      `--proxy-bypass-list=${HOST_NAMES.join(';')};<-loopback>`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      // Chromium's own log of every request it makes, with who initiated it (see network.test).
      ...(netLog ? [`--log-net-log=${netLog}`, '--net-log-capture-mode=Default'] : []),
    ],
  });
  const browserRequests = [];
  const consoleErrors = [];
  ctx.on('request', (r) => {
    const sw = r.serviceWorker ? r.serviceWorker() : null;
    note(browserRequests, r.url(), sw ? `service-worker ${sw.url()}` : `page ${frameUrl(r)}`);
  });
  ctx.on('weberror', (e) => consoleErrors.push(String(e.error())));

  // The extension's id comes from its background service worker.
  let extensionBase = null;
  if (manifest.background && manifest.background.service_worker) {
    let sw = ctx.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (!sw) sw = await ctx.waitForEvent('serviceworker', { timeout: 15000 });
    extensionBase = `chrome-extension://${new URL(sw.url()).host}/`;
  }
  for (const p of ctx.pages()) await p.close().catch(() => {});

  return {
    kind: 'chromium', manifest, extensionBase, browserRequests, consoleErrors, context: ctx,
    url: (host, p = '/') => `https://${host}${p}`,
    async newPage() {
      const page = await ctx.newPage();
      page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(`[${page.url()}] ${m.text()}`); });
      return new PageDriver('chromium', page);
    },
    openExtensionPage(rel, size) { return openExtensionPage(this, extensionBase, rel, size); },
    async close() {
      await ctx.close().catch(() => {});
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

async function launchFirefox(extensionDir, manifest, server) {
  if (!fs.existsSync(FIREFOX)) throw new Error(`Firefox ESR not found at ${FIREFOX} (apt-get install firefox-esr)`);
  const gecko = manifest.browser_specific_settings && manifest.browser_specific_settings.gecko;
  if (!gecko || !gecko.id) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  const puppeteer = (await import('puppeteer-core')).default;
  const uuid = randomUUID();
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jn-e2e-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    userDataDir,
    defaultViewport: VIEWPORT,
    // WebDriver BiDi refuses to navigate a tab to moz-extension:// ("not allowed in this
    // context") unless system access is allowed; the tests open the options page and popup.
    args: ['--remote-allow-system-access'],
    // Release builds ignore services.settings.server (below) unless this is set; without it
    // Firefox polls firefox.settings.services.mozilla.com, which the sink would record.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'network.dns.localDomains': HOST_NAMES.join(','),
      // Every other host goes to the recording sink (see server.mjs), never out.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': server.sinkPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': server.sinkPort,
      'network.proxy.no_proxies_on': HOST_NAMES.join(', ') + ', localhost, 127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
      // Firefox's own background traffic (remote settings, captive portal, ...) off, so that
      // whatever reaches the sink came from a page or the extension.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      'browser.safebrowsing.downloads.remote.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'extensions.update.enabled': false,
      'app.update.disabledForTesting': true,
      'browser.ping-centre.telemetry': false,
      'toolkit.telemetry.server': '',
      'dom.push.serverURL': '',
      // A fixed moz-extension:// UUID so the tests can open the options page and popup.
      'extensions.webextensions.uuids': JSON.stringify({ [gecko.id]: uuid }),
      'intl.locale.requested': 'id',
      'intl.accept_languages': 'id-ID, id, en-US, en',
    },
  });
  const consoleErrors = [];
  const browserRequests = [];
  let installedId;
  try {
    installedId = await browser.installExtension(extensionDir);
  } catch (e) {
    await browser.close().catch(() => {});
    throw new Error(`Firefox refused the extension at ${extensionDir}: ${e.message}`);
  }
  if (installedId !== gecko.id) {
    await browser.close().catch(() => {});
    throw new Error(`Firefox installed ${installedId}, expected ${gecko.id}`);
  }
  const extensionBase = `moz-extension://${uuid}/`;
  const port = server.httpsPort;
  return {
    kind: 'firefox', manifest, extensionBase, browserRequests, consoleErrors, browser,
    url: (host, p = '/') => `https://${host}:${port}${p}`,
    async newPage() {
      const page = await browser.newPage();
      page.on('request', (r) => { note(browserRequests, r.url(), `page ${page.url()}`); });
      page.on('pageerror', (e) => consoleErrors.push(`[${page.url()}] ${e.message}`));
      page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(`[${page.url()}] ${m.text()}`); });
      return new PageDriver('firefox', page);
    },
    openExtensionPage(rel, size) { return openExtensionPage(this, extensionBase, rel, size); },
    async close() {
      await browser.close().catch(() => {});
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export { sleep };
