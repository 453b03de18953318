// What the background writes besides settings: today's warning counter, the history of
// "proceed anyway" choices, the not-campaign feedback and the silenced content hashes.
// No page text ever: dates, platform names, action names, rule ids, hashes.
//
// Writes are read-modify-write on storage.local; they go through one queue so two
// messages arriving together do not overwrite each other.

import { KEYS, HISTORY_LIMIT, FEEDBACK_LIMIT, SILENCED_LIMIT } from '../shared/storage-keys.js';
import { localDay } from '../shared/dates.js';

export function makeRecords(storage, { now = () => new Date() } = {}) {
  let queue = Promise.resolve();
  let silenced = null;
  const serial = (fn) => { const run = queue.then(fn, fn); queue = run.catch(() => {}); return run; };

  async function read(key, fallback) {
    const got = await storage.get(key);
    return got[key] === undefined ? fallback : got[key];
  }

  return {
    countShown(level) {
      return serial(async () => {
        const day = localDay(now());
        let stats = await read(KEYS.stats, null);
        if (!stats || stats.day !== day) stats = { day, warnings: 0, cautions: 0 };
        if (level === 'warn') stats.warnings += 1; else stats.cautions += 1;
        await storage.set({ [KEYS.stats]: stats });
        return stats;
      });
    },
    async today() {
      const stats = await read(KEYS.stats, null);
      const day = localDay(now());
      return stats && stats.day === day ? stats : { day, warnings: 0, cautions: 0 };
    },
    addHistory(entry) {
      return serial(async () => {
        const list = await read(KEYS.history, []);
        list.push({ at: now().toISOString(), ...entry });
        await storage.set({ [KEYS.history]: list.slice(-HISTORY_LIMIT) });
      });
    },
    reportNotCampaign({ key, rules, action, platform }) {
      return serial(async () => {
        const feedback = await read(KEYS.feedback, []);
        feedback.push({ date: localDay(now()), hash: key, rules, action, platform });
        const list = await read(KEYS.silenced, []);
        if (!list.includes(key)) list.push(key);
        silenced = null;
        await storage.set({ [KEYS.feedback]: feedback.slice(-FEEDBACK_LIMIT), [KEYS.silenced]: list.slice(-SILENCED_LIMIT) });
      });
    },
    async isSilenced(key) {
      if (!silenced) silenced = new Set(await read(KEYS.silenced, []));
      return silenced.has(key);
    },
    invalidate() { silenced = null; },
  };
}
