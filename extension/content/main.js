// The content script's entry (bundled to content/content.js, run at document_start on
// the supported sites, and injected on sites the user turned the generic adapter on for).

import { api } from '../shared/api.js';
import { makeT } from '../shared/i18n.js';
import { siteForHost, GENERIC } from '../sites/index.js';
import { captureBuiltins, domHelpers } from './builtins.js';
import { makeAdapter } from './adapter.js';
import { makeBridge } from './bridge.js';
import { makeVerdictCache } from './verdict-cache.js';
import { makeDialog } from './dialog.js';
import { makeNotice } from './notice.js';
import { startIntercept } from './intercept.js';
import { KEYS } from '../shared/storage-keys.js';

(function main() {
  // Injected twice (manifest and the popup's "enable on this site")? Run once.
  if (globalThis.__jagaNetralContent) return;
  globalThis.__jagaNetralContent = true;

  const win = window;
  const doc = document;
  const N = captureBuiltins(win);
  const dom = domHelpers(N);
  const ui = { t: makeT('id'), setLanguage(lang) { ui.t = makeT(lang); } };
  const t = (...args) => ui.t(...args);
  let loggedOnce = false;
  const log = (...args) => { if (!loggedOnce) { loggedOnce = true; console.info('[Jaga Netral]', ...args); } };

  const site = siteForHost(win.location.hostname);
  const adapter = makeAdapter({ site, generic: GENERIC, useGeneric: true, doc, location: win.location });
  const bridge = makeBridge(api, { setTimeout: N.setTimeout, clearTimeout: N.clearTimeout });
  const cache = makeVerdictCache();
  const dialog = makeDialog({ doc, dom, t });
  const notice = makeNotice({ doc, win, dom, t });
  const intercept = startIntercept({ win, doc, N, dom, adapter, bridge, cache, dialog, notice, ui, log });

  // Wakes the background (it loads the engine on its first message) and learns whether
  // protection is on and in which language to speak.
  bridge.send('status').then((reply) => {
    intercept.updateStatus(reply);
    if (bridge.disconnected) intercept.stop();
  });

  // New settings, a pause, a silenced post: the cached verdicts may be stale.
  try {
    api.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local') return;
      if (!changes[KEYS.settings] && !changes[KEYS.pausedUntil] && !changes[KEYS.silenced]) return; // counters, history
      intercept.refresh().then(() => { if (bridge.disconnected) intercept.stop(); });
    });
  } catch (err) {
    log('storage.onChanged unavailable', err);
  }

  // For the end-to-end tests and for debugging: how long the last stopped-and-replayed
  // action waited for its verdict. A number only, no content.
  Object.defineProperty(globalThis, '__jagaNetralTiming', { value: intercept.timing });
})();
