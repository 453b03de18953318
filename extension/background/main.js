// The background's entry (bundled to background/background.js): a Chrome service worker
// or a Firefox event page. It may be stopped whenever it is idle and started again by
// the next event, so everything is set up lazily from storage; listeners are added
// synchronously at the top level, as both browsers require for waking it up.

import { api } from '../shared/api.js';
import { KEYS } from '../shared/storage-keys.js';
import { makeEngineHost } from './engine-host.js';
import { makeSettingsStore } from './settings-store.js';
import { makeRecords } from './records.js';
import { makeRouter } from './router.js';
import { makeHandlers } from './handlers.js';
import { makeToolbar } from './toolbar.js';
import { makeGenericSites } from './generic-sites.js';

// Chrome: the service worker imports the engine's scripts itself, and only at the top
// level of its first evaluation (importScripts is refused later). Firefox lists them
// before this file in background.scripts (extension/platform/firefox.json).
if (typeof importScripts === 'function' && typeof globalThis.JagaNetral === 'undefined') {
  try {
    importScripts('/engine/jaganetral_core.js', '/engine/jaganetral.js');
  } catch (err) {
    console.error('[Jaga Netral] engine scripts failed to load:', err && err.message);
  }
}

const storage = api.storage.local;
const uiLanguage = () => (api.i18n && api.i18n.getUILanguage ? api.i18n.getUILanguage() : 'id');
const store = makeSettingsStore(storage);
const records = makeRecords(storage);
let handlers = null;
const toolbar = makeToolbar(api.action);
const host = makeEngineHost({
  getURL: (path) => api.runtime.getURL(path),
  onChange: () => { if (handlers) handlers.refreshToolbar(); },
});
const genericSites = makeGenericSites({ scripting: api.scripting, permissions: api.permissions });
handlers = makeHandlers({ host, store, records, storage, uiLanguage, toolbar, genericSites });

const route = makeRouter(
  Object.fromEntries(Object.entries(handlers).filter(([name]) => name !== 'refreshToolbar')),
  { extensionId: api.runtime.id, extensionOrigin: api.runtime.getURL('') },
);

api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  route(message, sender).then(sendResponse);
  return true; // the answer comes asynchronously
});

api.runtime.onInstalled.addListener((details) => {
  // First run: invite the user to pick a region. Protection is already on without it.
  // A tab of its own, opened behind the current one: openOptionsPage() may take over a
  // blank tab the user is about to use, and an office that force-installs the extension
  // should not have a page jump in front of whatever the ASN opened the browser for.
  // (Measured too: a foreground welcome tab made headless Chromium throttle the other
  // tab's frames to about one a second.)
  if (details.reason === 'install') api.tabs.create({ url: api.runtime.getURL('ui/options.html?welcome=1'), active: false }).catch(() => {});
  host.get().catch(() => {});
});

api.runtime.onStartup.addListener(() => {
  host.get().catch(() => {});
});

api.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local') return;
  if (changes[KEYS.settings]) {
    store.invalidate();
    store.get().then((s) => genericSites.sync(s.generic_sites)).catch(() => {});
  }
  if (changes[KEYS.silenced]) records.invalidate();
  if (changes[KEYS.pausedUntil] || changes[KEYS.settings]) handlers.refreshToolbar();
});

// The popup is the only place that asks for optional host permissions ("enable on this
// site"). In Firefox the permission prompt may close the popup before it can tell us, so
// a newly granted origin is taken as "turn the generic adapter on there".
api.permissions.onAdded.addListener(async ({ origins }) => {
  for (const pattern of origins || []) {
    const m = /^(https?):\/\/([^/*]+)\/\*$/.exec(pattern);
    if (m) await handlers.enableSite({ origin: `${m[1]}://${m[2]}` }).catch(() => {});
  }
});

// Every start: the generic adapter's registrations follow the settings, and the
// toolbar shows the current state (a pause may have ended while we were stopped).
store.get().then((s) => genericSites.sync(s.generic_sites)).catch((err) => console.warn('[Jaga Netral] generic sites:', err && err.message));
handlers.refreshToolbar();
