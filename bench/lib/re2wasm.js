// re2-wasm (npm) as the one-pattern-at-a-time baseline. Its module has a fixed 16 MB
// heap (built without memory growth): the bundled packs' ~400 patterns, each an RE2
// object with its own DFA cache, exhaust it after a dozen posts ("Cannot enlarge memory
// arrays"). So each group of PER_INSTANCE patterns gets a fresh instance of the module
// (required again with its cache entries cleared), each with its own 16 MB.
'use strict';
const path = require('path');

const PER_INSTANCE = 25;

function freshModule() {
  const dir = path.resolve(path.dirname(require.resolve('re2-wasm')), '..', '..');
  for (const key of Object.keys(require.cache)) if (key.startsWith(dir + path.sep)) delete require.cache[key];
  return require('re2-wasm').RE2;
}

// patterns: [{ source, flags }] (bench/lib/patterns.js) -> RE2 objects, same order.
function compileAll(patterns) {
  let RE2 = null;
  return patterns.map((t, i) => {
    if (i % PER_INSTANCE === 0) RE2 = freshModule();
    // Its constructor requires the u flag (it matches UTF-8).
    return new RE2(t.source, 'u' + t.flags.replace('u', ''));
  });
}

module.exports = { compileAll, PER_INSTANCE };
