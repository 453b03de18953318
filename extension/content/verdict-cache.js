// The content script's memory of verdicts for content already seen, so a click on a post
// that was checked on hover (or clicked before) passes on at once, untouched.
// In memory only, per tab; cleared when the settings change.

import { fnv1a } from '../shared/hash.js';

export function requestKey(req) {
  return fnv1a([req.action, req.platform, req.text, req.author || '', req.handle || '', req.has_media ? 1 : 0].join('\u0001'));
}

export function makeVerdictCache({ limit = 500, ttlMs = 10 * 60 * 1000, now = () => Date.now() } = {}) {
  const entries = new Map();
  const pending = new Map();
  return {
    get(key) {
      const e = entries.get(key);
      if (!e) return undefined;
      if (now() - e.at > ttlMs) { entries.delete(key); return undefined; }
      return e.reply;
    },
    set(key, reply) {
      entries.delete(key);
      entries.set(key, { reply, at: now() });
      if (entries.size > limit) entries.delete(entries.keys().next().value); // oldest first
    },
    /** One request per key at a time: later askers share the first one's promise. */
    once(key, ask) {
      if (pending.has(key)) return pending.get(key);
      const p = Promise.resolve().then(ask).finally(() => pending.delete(key));
      pending.set(key, p);
      return p;
    },
    clear() { entries.clear(); },
    get size() { return entries.size; },
  };
}
