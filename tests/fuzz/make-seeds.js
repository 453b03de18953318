#!/usr/bin/env node
// Writes the seed corpora of the fuzz targets (tests/fuzz/corpus/<target>/) from the
// repository's packs and labeled corpus: small files, named by a hash of their content,
// so that running this again only adds what changed. See tests/fuzz/README.md.
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const OUT = path.join(__dirname, 'corpus');
const MAX_SEED = 16 * 1024;

function write(target, bytes) {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'utf8');
  if (buf.length > MAX_SEED) return;
  const dir = path.join(OUT, target);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, crypto.createHash('sha1').update(buf).digest('hex').slice(0, 16)), buf);
}

// pack: the mini test pack, the small bundled packs whole, and of every bundled pack a
// slice (its header and the first two items of each list).
write('pack', fs.readFileSync(path.join(ROOT, 'tests', 'data', 'mini-pack.json')));
for (const file of fs.readdirSync(path.join(ROOT, 'rules')).filter((f) => f.endsWith('.json')).sort()) {
  const text = fs.readFileSync(path.join(ROOT, 'rules', file), 'utf8');
  write('pack', text);
  const pack = JSON.parse(text);
  for (const key of Object.keys(pack)) if (Array.isArray(pack[key])) pack[key] = pack[key].slice(0, 2);
  write('pack', JSON.stringify(pack, null, 1));
}

// normalize and classify: evasions and look-alikes from the corpus, plus texts built to
// reach odd paths (invisible and combining characters, invalid UTF-8, emoji digits).
const lines = fs.readFileSync(path.join(ROOT, 'tests', 'corpus', 'posts.jsonl'), 'utf8').split('\n').filter(Boolean).map(JSON.parse);
const texts = [
  ...lines.filter((l) => l.evasion && l.text).slice(0, 25).map((l) => l.text),
  ...lines.filter((l) => !l.evasion && l.text).filter((_, i) => i % 15 === 0).map((l) => l.text),
  'P R A B O W O  g.a.n.j.a.r  4m1n pr@bowo menaaaang',
  'Gan\u200Bjar An\u00ADies \uFEFFcoblos \u202Eterbalik\u202C',
  'a\u0301\u0301\u0301\u0301 \u0301\u0301 \u20E3',
  '0\uFE0F\u20E32\uFE0F\u20E3 \u2461 \u2778 \u270C\uFE0F \u261D\uD83C\uDFFB \uD83D\uDC4D',
  '\uD835\uDC0F\uD835\uDC2B\uD835\uDC1A\uD835\uDC1B\uD835\uDC28\uD835\uDC30\uD835\uDC28 \uFF21\uFF2E\uFF29\uFF25\uFF33',
];
const bytes = [...texts.map((t) => Buffer.from(t, 'utf8')), Buffer.from([0x61, 0xff, 0xc3, 0x28, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80, 0x63])];
for (const b of bytes) {
  write('normalize', b);
  write('classify', Buffer.concat([Buffer.from([0x82]), b]));  // text, action share, campaign date
}
for (const t of texts.slice(0, 12)) {
  write('classify', '\x01' + JSON.stringify({ text: t, action: 'post', date: '2024-02-01', has_media: true,
    settings: { regions: ['31', '33.25'], sensitivity: 'strict', year_round: false,
      custom_period: { start: '2026-01-01', end: '2026-02-01' },
      phase_overrides: { 'pilpres-2029': [{ phase: 'campaign', start: '2028-11-01', end: '2029-02-10' }] } } }));
}
write('classify', '\x01' + JSON.stringify({ text: 'coblos 02', settings: { regions: 33, sensitivity: 'paranoid', elections: ['x'], custom_period: 'always' } }));
for (const target of ['pack', 'normalize', 'classify']) {
  console.log(`${target}: ${fs.readdirSync(path.join(OUT, target)).length} seeds`);
}
