// A deterministic pack with thousands of entities (synthetic candidates of a regional
// election), for measuring load time and memory far beyond the bundled packs, and for
// the hostile-input tests. It cites a legal basis of rules/umum.json, so load it with
// that pack.
'use strict';
const { prng } = require('./corpus.js');

const SYLLABLES = ['ba', 'bu', 'di', 'da', 'sa', 'su', 'ri', 'ra', 'ti', 'to', 'wa', 'wi', 'ya', 'yu', 'ma',
  'mu', 'ni', 'no', 'ka', 'ko', 'ga', 'gu', 'ha', 'hi', 'ja', 'jo', 'la', 'lu', 'pa', 'pu', 'na', 'se'];

function word(random, syllables) {
  let w = '';
  for (let i = 0; i < syllables; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return w;
}

// n entities, each a person with two names, a hashtag and a slogan; unique names.
function bigPack(n = 5000, seed = 5000) {
  const random = prng(seed);
  const used = new Set();
  const entities = [];
  for (let i = 0; i < n; i++) {
    let first, last;
    do {
      first = word(random, 2 + Math.floor(random() * 2));
      last = word(random, 2 + Math.floor(random() * 2));
    } while (used.has(first + ' ' + last));
    used.add(first + ' ' + last);
    entities.push({
      id: `calon-${i}`,
      type: 'person',
      name: `${first} ${last}`,
      election: 'pilkada-besar',
      names: [`${first} ${last}`, `bung ${last}${i}`],
      hashtags: [`#${first}${last}${i}`],
      slogans: [`${last} menang ${i}`],
    });
  }
  return {
    format: 1,
    id: 'besar',
    version: '1',
    name: { id: `Paket uji: ${n} calon`, en: `Test pack: ${n} candidates` },
    elections: [{
      id: 'pilkada-besar', kind: 'pilkada', name: { id: 'Pilkada uji' }, regions: ['33'],
      phases: [{ phase: 'campaign', start: '2024-09-25', end: '2024-11-23' }],
    }],
    entities,
    rules: [{
      id: 'besar-sebut-calon', severity: 'low', score: 20,
      primary: { entity_types: ['person'] },
      message: { id: 'Menyebut calon (paket uji).' },
      legal_basis: ['skb-2022-disiplin-medsos'],
    }],
  };
}

module.exports = { bigPack };
