// The run-time settings validator agrees with ajv (the reference implementation) on the
// real schema, for valid and invalid values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Ajv2020 from 'ajv/dist/2020.js';
import schema from '../../extension/settings.schema.json' with { type: 'json' };
import { makeValidator } from '../../extension/shared/schema-validate.js';

const validate = makeValidator(schema);
const ajv = new Ajv2020({ allErrors: true, strict: false });
const reference = ajv.compile(schema);

const base = () => structuredClone(schema.default);
const CASES = [
  ['defaults', base()],
  ['region chosen', { ...base(), region: { province: '33', regency: '33.25' } }],
  ['province only', { ...base(), region: { province: '31', regency: null } }],
  ['bad province code', { ...base(), region: { province: '3', regency: null } }],
  ['regency code shape', { ...base(), region: { province: '33', regency: '3325' } }],
  ['missing key', (() => { const s = base(); delete s.language; return s; })()],
  ['unknown key', { ...base(), colour: 'red' }],
  ['wrong version', { ...base(), version: 2 }],
  ['sensitivity enum', { ...base(), sensitivity: 'paranoid' }],
  ['custom period ok', { ...base(), custom_period: { start: '2029-01-01', end: '2029-02-01' } }],
  ['custom period bad date', { ...base(), custom_period: { start: '2029-13-01', end: '2029-02-01' } }],
  ['custom period extra key', { ...base(), custom_period: { start: '2029-01-01', end: '2029-02-01', note: 'x' } }],
  ['overrides ok', { ...base(), phase_overrides: { 'pilkada-2029-x': [{ phase: 'campaign', start: '2029-09-01', end: '2029-10-01' }] } }],
  ['overrides bad phase', { ...base(), phase_overrides: { 'pilkada-2029-x': [{ phase: 'party', start: '2029-09-01', end: '2029-10-01' }] } }],
  ['overrides bad id', { ...base(), phase_overrides: { 'Not An Id': [] } }],
  ['elections duplicate', { ...base(), elections: ['a', 'a'] }],
  ['elections bad id', { ...base(), elections: ['UPPER'] }],
  ['actions not boolean', { ...base(), actions: { ...base().actions, like: 'yes' } }],
  ['generic site ok', { ...base(), generic_sites: ['https://example.org', 'http://localhost:8080'] }],
  ['generic site path', { ...base(), generic_sites: ['https://example.org/path'] }],
  ['not an object', 'settings'],
  ['null', null],
  ['array', []],
];

for (const [name, value] of CASES) {
  test(`schema validator agrees with ajv: ${name}`, () => {
    const mine = validate(value);
    const theirs = reference(value);
    assert.equal(mine.length === 0, theirs, `ours: ${JSON.stringify(mine)} ajv: ${JSON.stringify(reference.errors)}`);
  });
}

test('problems carry a JSON pointer to the bad value', () => {
  const problems = validate({ ...base(), region: { province: '3', regency: null } });
  assert.deepEqual(problems.map((p) => p.pointer), ['/region/province']);
});

test('an unsupported keyword in a schema fails loudly', () => {
  assert.throws(() => makeValidator({ type: 'string', format: 'date' }), /unsupported keyword "format"/);
});
