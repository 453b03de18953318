// The site adapters' data, one JSON file per site. A redesign of a site is a change to
// its file; adding a site is a new file plus one line here.
import x from './x.json' with { type: 'json' };
import facebook from './facebook.json' with { type: 'json' };
import instagram from './instagram.json' with { type: 'json' };
import tiktok from './tiktok.json' with { type: 'json' };
import youtube from './youtube.json' with { type: 'json' };
import threads from './threads.json' with { type: 'json' };
import generic from './generic.json' with { type: 'json' };

export const SITES = [x, facebook, instagram, tiktok, youtube, threads];
export const GENERIC = generic;

function hostMatches(pattern, hostname) {
  // Patterns here are "*://*.domain/*": the domain itself or any subdomain.
  const m = /^\*:\/\/(\*\.)?([^/]+)\/\*$/.exec(pattern);
  if (!m) return false;
  return hostname === m[2] || (m[1] && hostname.endsWith(`.${m[2]}`));
}

/** The site whose match patterns cover hostname, or null. */
export function siteForHost(hostname) {
  const host = String(hostname || '').toLowerCase();
  return SITES.find((s) => s.matches.some((p) => hostMatches(p, host))) || null;
}

/** Every supported site's match patterns (the manifest's host permissions). */
export function allMatchPatterns() {
  return SITES.flatMap((s) => s.matches);
}
