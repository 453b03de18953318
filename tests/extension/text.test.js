// Reading page text as text, highlights from UTF-16 spans, hashes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makePage } from './helpers.mjs';
import { readText, tidy } from '../../extension/content/read-text.js';
import { accessibleName } from '../../extension/content/accessible-name.js';
import { highlightSegments, excerpt } from '../../extension/content/highlight.js';
import { fnv1a, contentKey, normalizeContent } from '../../extension/shared/hash.js';

test('readText: emoji drawn as <img alt>, line breaks at <br> and blocks, markup stays text', () => {
  const p = makePage('https://x.com/', '<div id="t"><span>Ayo&nbsp;coblos</span><img alt="✌️" src="x.png"><br>baris&lt;b&gt;dua<div>tiga</div><script>bad()</script><svg><text>ikon</text></svg></div>');
  assert.equal(readText(p.document.getElementById('t')), 'Ayo coblos✌️\nbaris<b>dua\ntiga');
  p.close();
});

test('readText: a textarea gives its value', () => {
  const p = makePage('https://x.com/', '<textarea id="a"></textarea>');
  p.document.getElementById('a').value = '  halo\n\n\n dunia ';
  assert.equal(readText(p.document.getElementById('a')), 'halo\ndunia');
  p.close();
});

test('tidy collapses spaces and blank lines', () => {
  assert.equal(tidy(' a \t b \r\n\r\n c '), 'a b\nc');
});

test('accessible names: aria-label, labelledby, own text, inner svg label', () => {
  const p = makePage('https://x.com/', `
    <div role="button" id="a" aria-label="  Suka  ">x</div>
    <span id="l">Bagikan sekarang</span><div role="button" id="b" aria-labelledby="l"></div>
    <button id="c"> Ikuti </button>
    <div role="button" id="d"><svg aria-label="Suka"><title>Suka</title></svg></div>`);
  const $ = (id) => p.document.getElementById(id);
  assert.equal(accessibleName($('a')), 'suka');
  assert.equal(accessibleName($('b')), 'bagikan sekarang');
  assert.equal(accessibleName($('c')), 'ikuti');
  assert.equal(accessibleName($('d')), 'suka');
  p.close();
});

test('highlight segments follow the UTF-16 spans; primary wins over support', () => {
  const text = 'Ayo coblos 0️⃣2️⃣ Prabowo-Gibran!';
  const begin = text.indexOf('Prabowo');
  const segs = highlightSegments(text, [{ spans: [{ begin, end: begin + 14, role: 'primary' }, { begin: 4, end: 10, role: 'support' }, { begin: begin + 5, end: begin + 16, role: 'support' }] }]);
  assert.equal(segs.map((s) => s.text).join(''), text);
  assert.deepEqual(segs.filter((s) => s.mark).map((s) => [s.text, s.mark]), [['coblos', 'support'], ['Prabowo-Gibran', 'primary'], ['!', 'support']]);
});

test('excerpt keeps a window around the first highlight, without splitting surrogate pairs', () => {
  const text = `${'😀'.repeat(500)}coblos${'x'.repeat(2000)}`;
  const at = text.indexOf('coblos');
  const out = excerpt(highlightSegments(text, [{ spans: [{ begin: at, end: at + 6, role: 'primary' }] }]), 300);
  const joined = out.map((s) => s.text).join('');
  assert.ok(joined.startsWith('… ') && joined.endsWith(' …'));
  assert.ok(out.some((s) => s.mark === 'primary' && s.text === 'coblos'));
  assert.equal(joined.includes('\uFFFD'), false);
  assert.ok(![...joined].some((ch) => ch.length === 1 && ch.charCodeAt(0) >= 0xd800 && ch.charCodeAt(0) <= 0xdfff), 'a lone surrogate');
});

test('fnv1a is stable and spreads; contentKey is the SHA-256 of the normalized content', async () => {
  assert.equal(fnv1a('abc'), fnv1a('abc'));
  assert.notEqual(fnv1a('abc'), fnv1a('abd'));
  assert.equal(normalizeContent(' Ayo   COBLOS\n', '@A'), 'ayo coblos\u0000@a');
  const a = await contentKey('Ayo  coblos', '@a');
  const b = await contentKey('ayo coblos', '@A');
  assert.match(a, /^[0-9a-f]{64}$/);
  assert.equal(a, b);
  assert.notEqual(a, await contentKey('ayo coblos', '@b'));
});
