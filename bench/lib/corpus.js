// The benchmark corpus, built deterministically from the labeled test corpus
// (tests/corpus/posts.jsonl, with "text_file" resolved): every real post as written, put
// in the size bucket nearest its length, plus generated posts of about 100 B, 1 KB,
// 10 KB and 100 KB made by concatenating corpus texts in an order drawn from a seeded
// PRNG and cutting at a word boundary. Same seed, same corpus files: same bytes.
'use strict';
const fs = require('fs');
const path = require('path');

const SIZES = { '100B': 100, '1KB': 1024, '10KB': 10 * 1024, '100KB': 100 * 1024 };

// mulberry32: a tiny, well-known 32-bit PRNG; enough to shuffle deterministically.
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function readTestCorpus(root) {
  const dir = path.join(root, 'tests', 'corpus');
  return fs.readFileSync(path.join(dir, 'posts.jsonl'), 'utf8').split('\n').filter((l) => l.trim())
    .map((line) => {
      const item = JSON.parse(line);
      if (item.text_file) item.text = fs.readFileSync(path.join(dir, item.text_file), 'utf8');
      return { id: item.id, text: String(item.text) };
    });
}

// The bucket whose size is nearest `bytes` on a log scale.
function nearestBucket(bytes) {
  let best = null;
  for (const [name, size] of Object.entries(SIZES)) {
    const d = Math.abs(Math.log(Math.max(bytes, 1) / size));
    if (!best || d < best.d) best = { name, d };
  }
  return best.name;
}

// Cuts `text` to at most `limit` UTF-8 bytes, at the last white space when there is one
// in the second half, and never inside a character.
function cutUtf8(text, limit) {
  const buf = Buffer.from(text, 'utf8');
  if (buf.length <= limit) return text;
  let end = limit;
  while (end > 0 && (buf[end] & 0xc0) === 0x80) end--;  // not inside a UTF-8 sequence
  let cut = buf.subarray(0, end).toString('utf8');
  const space = cut.search(/\s\S*$/);
  if (space > cut.length / 2) cut = cut.slice(0, space);
  return cut;
}

// counts: { '100B': n, ... } posts per bucket in total (real posts count towards them).
// warmup: { '100B': n, ... } more generated posts, marked warmup: true, drawn from
// another seed: the engines run them untimed first, so that every timed post is one the
// engine has never seen (as in a feed), yet caches and JIT are in their steady state.
function buildCorpus(root, counts, warmup = {}, seed = 20240214) {
  const real = readTestCorpus(root);
  const posts = [];
  for (const [bucket, n] of Object.entries(warmup)) {
    const random = prng(seed ^ 0x5eed);
    for (let k = 0; k < n; k++) {
      posts.push({ size: bucket, source: `warmup:${bucket}:${k}`, warmup: true, text: generate(real, random, SIZES[bucket]) });
    }
  }
  const random = prng(seed);
  const inBucket = Object.fromEntries(Object.keys(SIZES).map((k) => [k, 0]));
  for (const item of real) {
    const bucket = nearestBucket(Buffer.byteLength(item.text));
    if (inBucket[bucket] >= counts[bucket]) continue;
    posts.push({ size: bucket, source: `corpus:${item.id}`, text: item.text });
    inBucket[bucket]++;
  }
  for (const [bucket, target] of Object.entries(SIZES)) {
    let n = 0;
    while (inBucket[bucket] < counts[bucket]) {
      posts.push({ size: bucket, source: `generated:${bucket}:${n++}`, text: generate(real, random, target) });
      inBucket[bucket]++;
    }
  }
  return posts;
}

// Corpus texts in random order, joined by a space or a blank line, up to `target` bytes.
function generate(real, random, target) {
  let text = '';
  while (Buffer.byteLength(text) < target) {
    const pick = real[Math.floor(random() * real.length)].text;
    text += (text ? (random() < 0.5 ? '\n\n' : ' ') : '') + pick;
  }
  return cutUtf8(text, target);
}

function writeJsonl(file, posts) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, posts.map((p) => JSON.stringify(p)).join('\n') + '\n');
}

function readJsonl(file) {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l).map((l) => JSON.parse(l));
}

module.exports = { SIZES, prng, buildCorpus, readTestCorpus, writeJsonl, readJsonl, cutUtf8 };
