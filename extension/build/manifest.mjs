// Build-time: the manifest for one browser = manifest.base.json + platform/<browser>.json,
// with the supported sites' match patterns (sites/*.json) filled in where the base says
// "$sites", and the version from package.json.

/** Deep merge: objects merge key by key, everything else (arrays too) is replaced. */
export function mergePatch(base, patch) {
  if (!patch || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const out = { ...(base && typeof base === 'object' && !Array.isArray(base) ? base : {}) };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = value && typeof value === 'object' && !Array.isArray(value) ? mergePatch(out[key], value) : value;
  }
  return out;
}

function fillSites(value, patterns) {
  if (value === '$sites') return patterns.slice();
  if (Array.isArray(value)) return value.map((v) => fillSites(v, patterns));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillSites(v, patterns)]));
  return value;
}

export function makeManifest({ base, patch, sitePatterns, version }) {
  const merged = mergePatch(base, patch);
  const manifest = fillSites(merged, [...new Set(sitePatterns)]);
  manifest.version = version;
  return manifest;
}
