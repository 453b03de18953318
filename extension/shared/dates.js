// Dates as the engine and the packs write them: local calendar days, 'YYYY-MM-DD'.
// The engine's own default is today in UTC; Indonesia is UTC+7 to UTC+9, so the
// extension always passes the local day.

const pad = (n) => String(n).padStart(2, '0');

export function localDay(date = new Date()) {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when text is a real calendar day in 'YYYY-MM-DD' form. */
export function isDay(text) {
  const m = DAY.exec(String(text));
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** '2024-11-27' -> '27 November 2024' (id) or '27 November 2024' (en), without time zones. */
export function formatDay(day, lang) {
  if (!isDay(day)) return String(day || '');
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
