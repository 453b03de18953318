import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultSettings, validateSettings, settingsFromStored, engineSettings, isActionGuarded } from '../../extension/shared/settings.js';

test('the out-of-the-box settings are valid and protect year-round with no region', () => {
  const s = defaultSettings();
  assert.deepEqual(validateSettings(s), []);
  assert.equal(s.year_round, true);
  assert.deepEqual(s.region, { province: null, regency: null });
  assert.equal(s.language, 'id');
});

test('defaultSettings returns a fresh copy each time', () => {
  const a = defaultSettings();
  a.actions.like = false;
  assert.equal(defaultSettings().actions.like, true);
});

test('nothing stored (first run) gives the defaults without a notice', () => {
  assert.deepEqual(settingsFromStored(undefined), { settings: defaultSettings(), problems: [] });
});

test('a stored value that fails the schema falls back to the defaults, with problems to show', () => {
  const { settings, problems } = settingsFromStored({ ...defaultSettings(), sensitivity: 'paranoid' });
  assert.deepEqual(settings, defaultSettings());
  assert.equal(problems[0].pointer, '/sensitivity');
});

test('a kabupaten must lie inside the chosen province', () => {
  const s = { ...defaultSettings(), region: { province: '33', regency: '32.01' } };
  assert.equal(validateSettings(s)[0].keyword, 'region');
  assert.equal(validateSettings({ ...defaultSettings(), region: { province: null, regency: '33.25' } })[0].pointer, '/region/province');
});

test('a period may not end before it starts (custom period and phase overrides)', () => {
  assert.equal(validateSettings({ ...defaultSettings(), custom_period: { start: '2029-02-01', end: '2029-01-01' } })[0].pointer, '/custom_period/end');
  const s = { ...defaultSettings(), phase_overrides: { 'pilkada-x': [{ phase: 'campaign', start: '2029-10-02', end: '2029-10-01' }] } };
  assert.equal(validateSettings(s)[0].pointer, '/phase_overrides/pilkada-x/0/end');
});

test('engine settings: the most precise region code, the rest passed through', () => {
  const s = { ...defaultSettings(), region: { province: '33', regency: '33.25' }, sensitivity: 'strict', year_round: false };
  assert.deepEqual(engineSettings(s), { regions: ['33.25'], elections: [], custom_period: null, phase_overrides: {}, sensitivity: 'strict', year_round: false });
  assert.deepEqual(engineSettings({ ...defaultSettings(), region: { province: '31', regency: null } }).regions, ['31']);
  assert.deepEqual(engineSettings(defaultSettings()).regions, []);
});

test('guarded actions: repost follows share, join follows follow, unknown actions are not guarded', () => {
  const s = defaultSettings();
  s.actions.share = false;
  s.actions.follow = false;
  assert.equal(isActionGuarded(s, 'repost'), false);
  assert.equal(isActionGuarded(s, 'join'), false);
  assert.equal(isActionGuarded(s, 'like'), true);
  assert.equal(isActionGuarded(s, 'dance'), false);
});
