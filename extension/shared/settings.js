// Settings: the defaults, the validation, and what the engine is given.
//
// settings.schema.json is the single source of the shape and of the defaults (its
// top-level "default"). The few rules a JSON Schema cannot say (a period's end after its
// start, a kabupaten inside its province) are checked here, after the schema.

import schema from '../settings.schema.json' with { type: 'json' };
import { makeValidator } from './schema-validate.js';

const validateShape = makeValidator(schema);

export const SETTINGS_SCHEMA = schema;

// A fresh copy each time, so no caller can change the defaults for everyone.
export function defaultSettings() {
  return structuredClone(schema.default);
}

function checkPeriod(period, pointer, problems) {
  if (period && period.start > period.end) {
    problems.push({ pointer: `${pointer}/end`, keyword: 'period', message: 'must not be before the start' });
  }
}

// Rules beyond the schema. Runs only on values whose shape is already valid.
function checkMeaning(value) {
  const problems = [];
  const { province, regency } = value.region;
  if (regency && !province) problems.push({ pointer: '/region/province', keyword: 'region', message: 'is required when a kabupaten/kota is chosen' });
  if (regency && province && !regency.startsWith(`${province}.`)) problems.push({ pointer: '/region/regency', keyword: 'region', message: 'must lie inside the chosen province' });
  checkPeriod(value.custom_period, '/custom_period', problems);
  for (const [id, phases] of Object.entries(value.phase_overrides)) {
    phases.forEach((p, i) => checkPeriod(p, `/phase_overrides/${id}/${i}`, problems));
  }
  return problems;
}

/** validateSettings(value) -> [] when valid, else [{ pointer, keyword, message }]. */
export function validateSettings(value) {
  const problems = validateShape(value);
  return problems.length ? problems : checkMeaning(value);
}

/**
 * Reads a stored value. Returns { settings, problems }: the value itself when it is
 * valid; the defaults and the problems when it is not (the caller shows a notice).
 * Nothing stored yet (first run) is not a problem.
 */
export function settingsFromStored(stored) {
  if (stored === undefined || stored === null) return { settings: defaultSettings(), problems: [] };
  const problems = validateSettings(stored);
  if (problems.length) return { settings: defaultSettings(), problems };
  return { settings: stored, problems: [] };
}

/** The engine's `settings` object for classify() (see wasm/README.md). */
export function engineSettings(settings) {
  const code = settings.region.regency || settings.region.province;
  return {
    regions: code ? [code] : [],
    elections: settings.elections.slice(),
    custom_period: settings.custom_period ? { ...settings.custom_period } : null,
    phase_overrides: structuredClone(settings.phase_overrides),
    sensitivity: settings.sensitivity,
    year_round: settings.year_round,
  };
}

// Which settings switch guards an action. repost is a kind of sharing; join (a group)
// is guarded with follow.
const ACTION_SWITCH = { like: 'like', share: 'share', repost: 'share', comment: 'comment', post: 'post', follow: 'follow', join: 'follow' };

export function isActionGuarded(settings, action) {
  const key = ACTION_SWITCH[action];
  return key ? settings.actions[key] !== false : false;
}
