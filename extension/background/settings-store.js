// The user's settings as the background sees them: read from storage.local, checked
// against settings.schema.json, cached until storage says they changed. A stored value
// that fails the check is not used: the defaults apply, and a notice is stored for the
// options page and the popup to show.

import { settingsFromStored } from '../shared/settings.js';
import { KEYS } from '../shared/storage-keys.js';

export function makeSettingsStore(storage) {
  let cached = null;

  async function load() {
    const got = await storage.get(KEYS.settings);
    const { settings, problems } = settingsFromStored(got[KEYS.settings]);
    if (problems.length) {
      await storage.set({ [KEYS.settingsNotice]: { at: new Date().toISOString(), problems: problems.slice(0, 20) } });
    }
    cached = settings;
    return settings;
  }

  return {
    get: () => (cached ? Promise.resolve(cached) : load()),
    invalidate() { cached = null; },
  };
}
