// A small JSON Schema (2020-12 subset) validator that interprets the schema at run time.
//
// Why not ajv: MV3 forbids eval/new Function in extension pages and workers, and ajv
// compiles schemas to code. settings.schema.json is the single source; this reads it
// as data. tests/extension/schema-validate.test.js checks it against ajv on many values.
//
// Supported keywords: type, const, enum, pattern, minLength, maxLength, properties,
// required, additionalProperties, propertyNames, maxProperties, items, maxItems,
// uniqueItems, oneOf, $ref ("#/$defs/name"). Annotations ($schema, $id, title,
// description, default) are ignored. Any other keyword throws when the validator is
// made, so a schema edit that needs more support fails loudly in tests, not silently.

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'default', '$defs']);
const KEYWORDS = new Set([
  'type', 'const', 'enum', 'pattern', 'minLength', 'maxLength', 'properties', 'required',
  'additionalProperties', 'propertyNames', 'maxProperties', 'items', 'maxItems',
  'uniqueItems', 'oneOf', '$ref',
]);

function typeOf(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return typeof value;
}

function typeMatches(value, type) {
  const actual = typeOf(value);
  if (type === 'number') return actual === 'number' || actual === 'integer';
  return actual === type;
}

// Structural equality for const, enum and uniqueItems.
function deepEqual(a, b) {
  if (a === b) return true;
  const ta = typeOf(a);
  if (ta !== typeOf(b) || (ta !== 'array' && ta !== 'object')) return false;
  if (ta === 'array') return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
}

function escapePointer(key) {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

function checkKeywords(schema, where) {
  if (typeof schema === 'boolean') return;
  for (const key of Object.keys(schema)) {
    if (!KEYWORDS.has(key) && !ANNOTATIONS.has(key)) {
      throw new Error(`schema-validate: unsupported keyword "${key}" at ${where || '/'}`);
    }
  }
  const sub = (s, w) => checkKeywords(s, w);
  if (schema.properties) for (const [k, s] of Object.entries(schema.properties)) sub(s, `${where}/properties/${k}`);
  if (schema.$defs) for (const [k, s] of Object.entries(schema.$defs)) sub(s, `${where}/$defs/${k}`);
  if (schema.items) sub(schema.items, `${where}/items`);
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') sub(schema.additionalProperties, `${where}/additionalProperties`);
  if (schema.propertyNames) sub(schema.propertyNames, `${where}/propertyNames`);
  if (schema.oneOf) schema.oneOf.forEach((s, i) => sub(s, `${where}/oneOf/${i}`));
}

/**
 * makeValidator(rootSchema) -> validate(value) -> [] when valid, else a list of
 * { pointer, keyword, message } (pointer: JSON pointer into the value).
 */
export function makeValidator(rootSchema) {
  checkKeywords(rootSchema, '');
  const patterns = new Map();
  const regexFor = (source) => {
    if (!patterns.has(source)) patterns.set(source, new RegExp(source, 'u'));
    return patterns.get(source);
  };
  const resolve = (ref) => {
    const m = /^#\/\$defs\/([^/]+)$/.exec(ref);
    if (!m || !rootSchema.$defs || !rootSchema.$defs[m[1]]) throw new Error(`schema-validate: unresolvable $ref ${ref}`);
    return rootSchema.$defs[m[1]];
  };

  function check(schema, value, pointer, errors) {
    if (schema === true) return;
    if (schema === false) { errors.push({ pointer, keyword: 'false', message: 'no value is allowed here' }); return; }
    const fail = (keyword, message) => errors.push({ pointer, keyword, message });

    if (schema.$ref) check(resolve(schema.$ref), value, pointer, errors);
    if (schema.type !== undefined) {
      const types = Array.isArray(schema.type) ? schema.type : [schema.type];
      if (!types.some((t) => typeMatches(value, t))) {
        fail('type', `must be ${types.join(' or ')}`);
        return; // the other keywords would only repeat the problem
      }
    }
    if (Object.hasOwn(schema, 'const') && !deepEqual(value, schema.const)) fail('const', `must be ${JSON.stringify(schema.const)}`);
    if (schema.enum && !schema.enum.some((e) => deepEqual(value, e))) fail('enum', `must be one of ${schema.enum.map((e) => JSON.stringify(e)).join(', ')}`);
    if (schema.oneOf) {
      const passing = schema.oneOf.filter((s) => { const e = []; check(s, value, pointer, e); return e.length === 0; }).length;
      if (passing !== 1) fail('oneOf', passing === 0 ? 'matches none of the allowed forms' : 'matches more than one allowed form');
    }

    if (typeof value === 'string') {
      const length = [...value].length;
      if (schema.minLength !== undefined && length < schema.minLength) fail('minLength', `must have at least ${schema.minLength} characters`);
      if (schema.maxLength !== undefined && length > schema.maxLength) fail('maxLength', `must have at most ${schema.maxLength} characters`);
      if (schema.pattern !== undefined && !regexFor(schema.pattern).test(value)) fail('pattern', `must match ${schema.pattern}`);
    }

    if (Array.isArray(value)) {
      if (schema.maxItems !== undefined && value.length > schema.maxItems) fail('maxItems', `must have at most ${schema.maxItems} items`);
      if (schema.uniqueItems && value.some((x, i) => value.findIndex((y) => deepEqual(x, y)) !== i)) fail('uniqueItems', 'must not repeat items');
      if (schema.items !== undefined) value.forEach((item, i) => check(schema.items, item, `${pointer}/${i}`, errors));
    }

    if (typeOf(value) === 'object') {
      const keys = Object.keys(value);
      if (schema.maxProperties !== undefined && keys.length > schema.maxProperties) fail('maxProperties', `must have at most ${schema.maxProperties} properties`);
      for (const name of schema.required || []) {
        if (!Object.hasOwn(value, name)) errors.push({ pointer: `${pointer}/${escapePointer(name)}`, keyword: 'required', message: 'is required' });
      }
      for (const key of keys) {
        const at = `${pointer}/${escapePointer(key)}`;
        if (schema.propertyNames) {
          const e = [];
          check(schema.propertyNames, key, at, e);
          if (e.length) errors.push({ pointer: at, keyword: 'propertyNames', message: 'is not an allowed name' });
        }
        if (schema.properties && Object.hasOwn(schema.properties, key)) {
          check(schema.properties[key], value[key], at, errors);
        } else if (schema.additionalProperties !== undefined) {
          if (schema.additionalProperties === false) errors.push({ pointer: at, keyword: 'additionalProperties', message: 'is not a known setting' });
          else check(schema.additionalProperties, value[key], at, errors);
        }
      }
    }
  }

  return function validate(value) {
    const errors = [];
    check(rootSchema, value, '', errors);
    return errors;
  };
}
