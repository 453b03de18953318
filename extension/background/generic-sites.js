// The generic adapter on sites the user turned it on for from the popup: one registered
// content script (the same bundle as on the supported sites) whose matches are the
// origins in settings.generic_sites, kept in step with the settings at every start.
// The host permission for each origin is optional and requested by the popup at that
// moment (a permission request needs the user's click there).

import { originPattern } from './requests.js';

const SCRIPT_ID = 'jn-generic';

export function makeGenericSites({ scripting, permissions }) {
  async function granted(origins) {
    const out = [];
    for (const o of origins) {
      if (await permissions.contains({ origins: [originPattern(o)] })) out.push(o);
    }
    return out;
  }

  return {
    /** Registers (or updates, or removes) the generic content script for these origins. */
    async sync(origins) {
      if (!scripting || !scripting.registerContentScripts) return;
      const allowed = await granted(origins || []);
      const existing = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] }).catch(() => []);
      if (existing.length) await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
      if (!allowed.length) return;
      await scripting.registerContentScripts([{
        id: SCRIPT_ID,
        matches: [...new Set(allowed.map(originPattern))],
        js: ['content/content.js'],
        runAt: 'document_start',
        allFrames: false,
      }]);
    },
    /** Runs the content script in an already open tab (just enabled from the popup). */
    async inject(tabId) {
      if (!scripting || !Number.isInteger(tabId)) return;
      await scripting.executeScript({ target: { tabId }, files: ['content/content.js'] });
    },
  };
}
