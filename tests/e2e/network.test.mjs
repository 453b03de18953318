// The extension makes no network request, in both browsers.
//
// Three recorders, so that nothing slips through:
// 1. the browser's own request events (Playwright: every page and service worker of the
//    context; puppeteer: every page): only fixture hosts and extension URLs are allowed;
// 2. the sink proxy (server.mjs): both browsers send every request for a non-fixture host
//    there, whoever made it (the background included); a page's own request to an outside
//    host ("canary") proves that it records;
// 3. Chromium's net log, which names each request's initiator: a request initiated by
//    chrome-extension://, or by a fixture page to an outside host (the fixture pages make
//    none, so a content script did), fails the test. Requests with no initiator are
//    Chromium's own (update checks, account lookups): listed, not blamed on the extension.
// And the fixture server fails any request carrying an extension Origin.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SITES } from './lib/sites.mjs';
import { startServer, HOST_NAMES } from './lib/server.mjs';
import { launch, sleep } from './lib/browsers.mjs';
import { extensionDir, BROWSERS } from './lib/suite.mjs';
import { openSite, perform, compose, proceedDialog } from './lib/flows.mjs';

const CANARY = 'canary.jaganetral-e2e.test';
const FIXTURE = new Set(HOST_NAMES);
const isExtensionUrl = (u) => /^(chrome-extension|moz-extension):\/\//.test(u);
const hostOf = (u) => { try { return new URL(u).hostname; } catch { return null; } };
const allowedUrl = (u) => isExtensionUrl(u) || /^(data|blob|about):/.test(u) || FIXTURE.has(hostOf(u));

/** Reads Chromium's net log: every URL request with its initiator. */
function readNetLog(file) {
  const raw = fs.readFileSync(file, 'utf8');
  let log;
  try { log = JSON.parse(raw); } catch {
    // A log cut short (browser killed) lacks its closing brackets.
    log = JSON.parse(raw.trim().replace(/,$/, '') + ']}');
  }
  const names = Object.fromEntries(Object.entries(log.constants.logEventTypes).map(([k, v]) => [v, k]));
  return log.events.filter((e) => names[e.type] === 'URL_REQUEST_START_JOB' && e.params && e.params.url)
    .map((e) => ({ url: e.params.url, initiator: e.params.initiator || null, method: e.params.method }));
}

async function exercise(session, kind) {
  for (const site of SITES) {
    const d = await openSite(session, site, site.page('campaign'));
    await perform(d, site, site.like, 'campaign', { onDialog: 'proceed' }).catch((e) => { throw new Error(`${kind} ${site.key}: ${e.message}`); });
    await d.close();
    const n = await openSite(session, site, site.page('neutral'));
    await perform(n, site, site.like, 'neutral', { onDialog: 'cancel' });
    await n.close();
    const c = await openSite(session, site, site.composer.page());
    await compose(c, site, await c.evaluate(() => window.__fx.COMPOSE.campaign), c.site.composer.submit ? 'click' : 'keys', { onDialog: 'cancel' });
    await c.close();
  }
  const m = session.manifest;
  const pages = [m.options_ui && m.options_ui.page, m.action && m.action.default_popup].filter(Boolean);
  for (const rel of pages) { const p = await session.openExtensionPage(rel); await sleep(800); await p.close(); }
  // The canary: a page's own request to an outside host must reach the sink.
  const p = await openSite(session, SITES[0], '/home');
  await p.evaluate((u) => fetch(u).catch(() => null), `https://${CANARY}/probe`);
  await sleep(2500); // time for anything deferred (timers, alarms) to go out
  await p.close();
}

for (const kind of BROWSERS) {
  describe(`${kind} · network`, () => {
    test('the extension makes no network request (pages, background, options, popup)', { timeout: 240000 }, async () => {
      const server = await startServer();
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jn-e2e-netlog-'));
      const netLog = kind === 'chromium' ? path.join(tmp, 'netlog.json') : null;
      let session;
      try {
        session = await launch(kind, { extensionDir: extensionDir(kind), server, netLog });
        await exercise(session, kind);
      } finally {
        if (session) await session.close();
        await server.close();
      }
      const problems = [];
      const browserOwn = [];

      // 2. The sink, and the canary that proves it records.
      const sinkHosts = server.sinkRequests.map((r) => ({ ...r, hostname: r.kind === 'connect' ? r.target.replace(/:\d+$/, '') : hostOf(r.target) }));
      assert.ok(sinkHosts.some((r) => r.hostname === CANARY), `the sink did not record the canary request: the recorder is blind (${JSON.stringify(server.sinkRequests)})`);

      // 3. Chromium's net log: who initiated what.
      let netlog = [];
      if (netLog) {
        netlog = readNetLog(netLog);
        assert.ok(netlog.some((r) => hostOf(r.url) === CANARY), 'the net log lacks the canary: it is not recording');
        for (const r of netlog) {
          const h = hostOf(r.url);
          if (h === CANARY) continue;
          const init = r.initiator || 'not an origin';
          if (init.startsWith('chrome-extension://') && !isExtensionUrl(r.url)) problems.push(`net log: the extension (${init}) requested ${r.method} ${r.url}`);
          else if (init !== 'not an origin' && !allowedUrl(r.url)) problems.push(`net log: ${init} requested ${r.method} ${r.url} (the fixture pages request no outside host: a content script did)`);
          else if (init === 'not an origin' && !allowedUrl(r.url)) browserOwn.push(r.url);
        }
      }
      for (const r of sinkHosts) {
        if (r.hostname === CANARY) continue;
        // In Chromium a sink entry is blamed unless the net log shows it as Chromium's own.
        const own = netlog.length && browserOwn.some((u) => hostOf(u) === r.hostname)
          && !netlog.some((n) => hostOf(n.url) === r.hostname && n.initiator && n.initiator !== 'not an origin');
        if (!own) problems.push(`sink: ${r.method} ${r.target}`);
      }

      // 1. The browser's own request events.
      for (const r of session.browserRequests) {
        if (hostOf(r.url) === CANARY) continue;
        if (!allowedUrl(r.url)) problems.push(`browser event: ${r.source} requested ${r.url}`);
      }
      // The fixture server: no request from an extension origin, no unknown path.
      for (const r of server.requests) {
        if (r.origin && isExtensionUrl(r.origin + '/')) problems.push(`fixture server: ${r.method} ${r.host}${r.path} from ${r.origin}`);
        if (r.status >= 400) problems.push(`fixture server: unexpected ${r.method} ${r.host}${r.path} → ${r.status}`);
      }
      if (browserOwn.length) {
        process.stderr.write(`# ${kind}: the browser's own requests (no initiator, not the extension): ${[...new Set(browserOwn.map(hostOf))].join(', ')}\n`);
      }
      assert.ok(session.browserRequests.length > 20, `the browser request recorder saw almost nothing (${session.browserRequests.length})`);
      assert.deepEqual(problems, [], 'requests that did not stay on the fixture hosts or the extension');
    });
  });
}
