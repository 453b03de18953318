// What the extension keeps in storage.local, by key. Never page text: settings, counters,
// dates, rule ids and SHA-256 hashes of content only.
export const KEYS = {
  settings: 'settings',          // the user's settings (settings.schema.json)
  settingsNotice: 'settings_notice', // { at, problems } when stored settings failed validation
  pausedUntil: 'paused_until',   // ms since epoch; 0 = not paused
  stats: 'stats',                // { day: 'YYYY-MM-DD', warnings: n, cautions: n }
  history: 'history',            // [{ at, platform, action, rules, level, score, reason }]
  feedback: 'feedback',          // [{ at, hash, rules, action, platform }]
  silenced: 'silenced',          // [hash] content the user marked as not campaign material
};

export const HISTORY_LIMIT = 1000;
export const FEEDBACK_LIMIT = 1000;
export const SILENCED_LIMIT = 5000;
