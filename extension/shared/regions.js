// Which elections cover a user's region (the same rule as the engine, rules/README.md):
// "*" covers everyone; a code covers everything inside it, and a user who chose only a
// province is covered by an election for any kabupaten/kota inside it.

export function codeCovers(electionCode, userCode) {
  if (electionCode === '*') return true;
  if (!userCode) return false;
  return userCode === electionCode || userCode.startsWith(`${electionCode}.`) || electionCode.startsWith(`${userCode}.`);
}

/** True when the election covers the user's region; with no region, only nationwide ones. */
export function electionCovers(election, region) {
  const code = region && (region.regency || region.province);
  return (election.regions || []).some((r) => codeCovers(r, code));
}

/** The phase of an election that contains day, with the user's overrides filling unknown dates. */
export function activePhase(election, day, overrides = {}) {
  const filled = (election.phases || []).map((p) => {
    if (p.start && p.end) return p;
    const o = (overrides[election.id] || []).find((x) => x.phase === p.phase);
    return o ? { ...p, start: o.start, end: o.end } : p;
  });
  for (const o of overrides[election.id] || []) {
    if (!filled.some((p) => p.phase === o.phase)) filled.push(o);
  }
  // Where two overlap (counting starts on voting day), the latest-starting phase wins,
  // then the shorter one: on voting day the user sees "voting".
  let found = null;
  for (const p of filled) {
    if (!(p.start && p.end && p.start <= day && day <= p.end)) continue;
    if (!found || p.start > found.start || (p.start === found.start && p.end < found.end)) found = p;
  }
  return found;
}

/**
 * The elections active for the user on day: covering the region, among the chosen ones
 * (none chosen = all), with a phase whose dates (or the user's overrides) contain day.
 * -> [{ id, kind, name, phase, start, end }]
 */
export function activeElections(elections, settings, day) {
  const chosen = settings.elections && settings.elections.length ? new Set(settings.elections) : null;
  const out = [];
  for (const e of elections || []) {
    if (chosen && !chosen.has(e.id)) continue;
    if (!electionCovers(e, settings.region)) continue;
    const p = activePhase(e, day, settings.phase_overrides);
    if (p) out.push({ id: e.id, kind: e.kind, name: e.name, phase: p.phase, start: p.start, end: p.end });
  }
  return out;
}
