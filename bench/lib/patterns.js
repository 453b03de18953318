// The packs' compiled signal patterns (as `jaganetral_bench patterns` prints them), made
// usable by the two one-pattern-at-a-time baselines: JavaScript RegExp and re2-wasm.
//
// The engine matches the normalized text as bytes (RE2 Latin-1 mode). For ASCII, RE2 and
// JS syntax agree on what the packs use (\b, \W, classes, counted repetition); the rest
// is translated: escaped punctuation -> \xHH (valid with and without the u flag),
// (?P<n> -> (?<n>, \z -> $, \A -> ^, \Q..\E -> escaped literal, POSIX classes, leading
// (?i)/(?s)/(?m) -> flags, and byte sequences of UTF-8 such as \xf0\x9f[\x8c-\xab][\x80-\xbf]
// -> the code point range they encode (with the u flag). What cannot be translated is
// reported and left out of both baselines.
'use strict';

const POSIX = {
  alpha: 'a-zA-Z', digit: '0-9', alnum: 'a-zA-Z0-9', space: '\\t\\n\\v\\f\\r ', upper: 'A-Z',
  lower: 'a-z', word: '\\w', xdigit: '0-9A-Fa-f', blank: '\\t ', cntrl: '\\x00-\\x1f\\x7f',
  punct: '!-\\/:-@\\[-`{-~', graph: '!-~', print: ' -~', ascii: '\\x00-\\x7f',
};

const hex2 = (n) => '\\x' + n.toString(16).padStart(2, '0');
const cpEscape = (cp) => (cp < 0x80 ? hex2(cp) : `\\u{${cp.toString(16)}}`);

class Untranslatable extends Error {}

const ANY_NON_ASCII = '[\\xc0-\\xff][\\x80-\\xbf]*';
const ALL_NON_ASCII_BYTES = '\\x80-\\xff';

// One byte item of a UTF-8 byte sequence at `i`: \xHH or a class of \xHH ranges only.
function byteItem(p, i) {
  let m = /^\\x([0-9a-fA-F]{2})/.exec(p.slice(i));
  if (m) return { bytes: [parseInt(m[1], 16)], end: i + 4 };
  m = /^\[((?:\\x[0-9a-fA-F]{2}(?:-\\x[0-9a-fA-F]{2})?)+)\]/.exec(p.slice(i));
  if (!m) return null;
  const bytes = [];
  for (const r of m[1].matchAll(/\\x([0-9a-fA-F]{2})(?:-\\x([0-9a-fA-F]{2}))?/g)) {
    const lo = parseInt(r[1], 16);
    const hi = r[2] ? parseInt(r[2], 16) : lo;
    for (let b = lo; b <= hi; b++) bytes.push(b);
  }
  return { bytes, end: i + m[0].length };
}

function utf8Length(lead) {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

// A UTF-8 byte sequence starting at `i` -> a class of the code points it encodes.
function utf8Sequence(p, i) {
  const lead = byteItem(p, i);
  if (!lead || lead.bytes.some((b) => b < 0x80)) return null;
  const len = utf8Length(lead.bytes[0]);
  if (!len || lead.bytes.some((b) => utf8Length(b) !== len)) throw new Untranslatable('byte outside a UTF-8 sequence');
  const items = [lead.bytes];
  let end = lead.end;
  for (let k = 1; k < len; k++) {
    const item = byteItem(p, end);
    if (!item || item.bytes.some((b) => (b & 0xc0) !== 0x80)) throw new Untranslatable('incomplete UTF-8 byte sequence');
    items.push(item.bytes);
    end = item.end;
  }
  const cps = [];
  const walk = (k, value) => {
    if (k === items.length) { cps.push(value); return; }
    for (const b of items[k]) walk(k + 1, k === 0 ? b & (0xff >> (len + 1)) : (value << 6) | (b & 0x3f));
  };
  walk(0, 0);
  cps.sort((a, b) => a - b);
  let out = '';
  for (let k = 0; k < cps.length;) {
    let j = k;
    while (j + 1 < cps.length && cps[j + 1] === cps[j] + 1) j++;
    out += cps[k] === cps[j] ? cpEscape(cps[k]) : `${cpEscape(cps[k])}-${cpEscape(cps[j])}`;
    k = j + 1;
  }
  return { source: `[${out}]`, end };
}

// "One character that is not an ASCII letter or digit", spelled in bytes by the keyword
// separator: (?:[^a-z0-9\x80-\xff]|[\xc0-\xff][\x80-\xbf]*). A web developer writes
// [^a-z0-9], and without the u flag: V8 runs these patterns 1.4–2× slower with it
// (a negated class must then step over surrogate pairs). The difference (an astral
// emoji counts as two separators of three) changed no match on the corpus: bench/run
// checks that the baselines find exactly the engine's signals.
const CHARACTER_NOT_IN = /\(\?:\[\^([^\]\\]*)\\x80-\\xff\]\|\[\\xc0-\\xff\]\[\\x80-\\xbf\]\*\)/g;

function translate(pattern) {
  const simplified = pattern.replace(CHARACTER_NOT_IN, '[^$1]');
  const p = simplified;
  let out = '';
  let flags = '';
  let unicode = false;
  let i = 0;
  const lead = /^\(\?([imsU]+)\)/.exec(p);
  if (lead) {
    if (lead[1].includes('U')) return { error: 'ungreedy flag (?U)' };
    flags += lead[1];
    i = lead[0].length;
  }
  try {
    let inClass = false;
    while (i < p.length) {
      const c = p[i];
      const cp = p.codePointAt(i);
      if (cp > 0xffff) unicode = true;  // an astral literal needs the u flag to be one character
      if (c === '\\') {
        const n = p[i + 1];
        if (n === undefined) throw new Untranslatable('trailing backslash');
        if (n === 'x') {
          if (p[i + 2] === '{') {
            const close = p.indexOf('}', i);
            out += cpEscape(parseInt(p.slice(i + 3, close), 16));
            unicode = true;
            i = close + 1;
            continue;
          }
          const value = parseInt(p.slice(i + 2, i + 4), 16);
          if (value < 0x80) { out += hex2(value); i += 4; continue; }
          if (inClass) {
            // [^a-z0-9\x80-\xff]: every byte of a non-ASCII character, i.e. every such character.
            if (p.startsWith(ALL_NON_ASCII_BYTES, i)) { out += '\\x80-\\u{10ffff}'; unicode = true; i += ALL_NON_ASCII_BYTES.length; continue; }
            throw new Untranslatable('byte escape inside a class');
          }
          const seq = utf8Sequence(p, i);
          out += seq.source;
          unicode = true;
          i = seq.end;
          continue;
        }
        if (n === 'Q') {
          const close = p.indexOf('\\E', i + 2);
          const literal = p.slice(i + 2, close < 0 ? p.length : close);
          for (const ch of literal) out += /[A-Za-z0-9_]/.test(ch) || ch.codePointAt(0) > 0x7f ? ch : hex2(ch.charCodeAt(0));
          i = close < 0 ? p.length : close + 2;
          continue;
        }
        if (n === 'z') { out += '$'; i += 2; continue; }
        if (n === 'A') { out += '^'; i += 2; continue; }
        if (n === 'C') { out += '[^]'; i += 2; continue; }
        if (n === 'a') { out += '\\x07'; i += 2; continue; }
        if (n === 'p' || n === 'P') {
          const m = /^\\[pP](\{[^}]+\}|[A-Za-z])/.exec(p.slice(i));
          out += `\\${n}${m[1].length === 1 ? `{${m[1]}}` : m[1]}`;
          unicode = true;
          i += m[0].length;
          continue;
        }
        if (/[0-7]/.test(n)) {
          const m = /^\\([0-7]{1,3})/.exec(p.slice(i));
          out += hex2(parseInt(m[1], 8));
          i += m[0].length;
          continue;
        }
        if (/[bBdDwWsSntrfv]/.test(n)) { out += c + n; i += 2; continue; }
        if (/[A-Za-z0-9]/.test(n)) throw new Untranslatable(`escape \\${n}`);
        out += n.codePointAt(0) < 0x80 ? hex2(n.charCodeAt(0)) : n;
        i += 2;
        continue;
      }
      if (inClass) {
        if (c === '[' && p[i + 1] === ':') {
          const m = /^\[:(\^?)([a-z]+):\]/.exec(p.slice(i));
          if (!m || m[1] || !POSIX[m[2]]) throw new Untranslatable('POSIX class');
          out += POSIX[m[2]];
          i += m[0].length;
          continue;
        }
        if (c === '[') { out += '\\['; i++; continue; }
        if (c === ']') inClass = false;
        out += c;
        i++;
        continue;
      }
      // A UTF-8 lead byte and its continuation bytes: one non-ASCII character.
      if (p.startsWith(ANY_NON_ASCII, i)) { out += '[\\x80-\\u{10ffff}]'; unicode = true; i += ANY_NON_ASCII.length; continue; }
      if (c === '[') {
        inClass = true;
        out += c;
        i++;
        if (p[i] === '^') { out += '^'; i++; }
        if (p[i] === ']') { out += '\\]'; i++; }  // a leading ] is a literal in RE2
        continue;
      }
      if (c === '(' && p.startsWith('(?P<', i)) { out += '(?<'; i += 4; continue; }
      if (c === '(' && p[i + 1] === '?' && /[imsU-]/.test(p[i + 2] || '')) throw new Untranslatable('inline flags');
      const ch = String.fromCodePoint(cp);
      out += ch;
      i += ch.length;
    }
  } catch (e) {
    if (e instanceof Untranslatable) return { error: e.message };
    throw e;
  }
  if (unicode) flags += 'u';
  try {
    new RegExp(out, flags);
  } catch (e) {
    return { error: `not a valid JS RegExp: ${e.message}` };
  }
  return { source: out, flags };
}

// signals: [{label, pattern}] -> [{index, label, source, flags}] and the untranslatable ones.
// A signal without a pattern is a similarity cue: the engine raises it from the model's
// margin, never from the text, so a baseline has nothing to test (an empty RegExp would
// match every post).
function translateAll(signals) {
  const ok = [];
  const failed = [];
  signals.forEach((s, index) => {
    if (s.pattern === '') return;
    const t = translate(s.pattern);
    if (t.error) failed.push({ index, label: s.label, error: t.error });
    else ok.push({ index, label: s.label, source: t.source, flags: t.flags });
  });
  return { ok, failed };
}

module.exports = { translate, translateAll };
