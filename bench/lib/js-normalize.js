// The normalization a web developer would write in plain JavaScript, doing the same steps
// as core/src/normalize.cc (rules/README.md lists them) with the built-ins at hand:
// String.prototype.normalize, toLowerCase, Unicode property escapes. No offsets are
// kept (the engine keeps a map back to UTF-16 offsets for every byte; this does not).
// bench/run checks how often its output equals the engine's on the corpus.
'use strict';

const GESTURES = new Map([
  [0x261d, 'index_up'], [0x1f446, 'index_up'], [0x270c, 'victory'], [0x1f44d, 'thumbs_up'],
  [0x1f44e, 'thumbs_down'], [0x1f44c, 'ok_hand'], [0x1f91f, 'love_you'], [0x1f918, 'horns'],
  [0x1faf0, 'finger_heart'], [0x1f919, 'call_me'], [0x270a, 'fist'], [0x1f44a, 'fist'],
  [0x1f91b, 'fist'], [0x1f91c, 'fist'], [0x270b, 'raised_hand'], [0x1f590, 'raised_hand'],
  [0x1f91e, 'crossed_fingers'], [0x1faf6, 'heart_hands'], [0x1f449, 'point_right'],
  [0x1faf5, 'point_at_viewer'], [0x1f90c, 'pinched'],
]);

function emojiDigit(cp) {
  if (cp >= 0x2776 && cp <= 0x277f) return cp - 0x2776 + 1;
  if (cp >= 0x2780 && cp <= 0x2789) return cp - 0x2780 + 1;
  if (cp >= 0x278a && cp <= 0x2793) return cp - 0x278a + 1;
  if (cp >= 0x24eb && cp <= 0x24f4) return cp - 0x24eb + 11;
  if (cp >= 0x24f5 && cp <= 0x24fe) return cp - 0x24f5 + 1;
  if (cp === 0x24ff) return 0;
  if (cp === 0x1f51f) return 10;
  return -1;
}

const INVISIBLE = /^[\uFE00-\uFE0F\u{E0100}-\u{E01EF}\u{1F3FB}-\u{1F3FF}\u{E0000}-\u{E007F}\u202A-\u202E\u2060-\u2064\u200B-\u200F\u20E3\u00AD\u034F\u061C\u115F\u1160\u3164\uFFA0\u17B4\u17B5\u180E\uFEFF]$/u;
const SPACE = /^[\s\u0085]$/u;
const CONTROL = /^[\u0000-\u001F\u007F-\u009F]$/u;
const MARKS = /\p{M}/gu;
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;
// utf8proc's "lump" mapping: look-alike punctuation to ASCII.
const LUMP = new Map(Object.entries({
  '\u2018': "'", '\u2019': "'", '\u02BC': "'", '\u02B9': "'", '\u2212': '-', '\u2044': '/',
  '\u2215': '/', '\u2236': ':', '\u2039': '<', '\u2329': '<', '\u3008': '<', '\u203A': '>',
  '\u232A': '>', '\u3009': '>', '\u2216': '\\', '\u02C4': '^', '\u02C6': '^', '\u2038': '^',
  '\u2303': '^', '\u02CD': '_', '\u02CB': '`', '\u2223': '|', '\u223C': '~',
}));
const DASH = /^\p{Pd}$/u;
const CONNECTOR = /^\p{Pc}$/u;

// Steps 1–2 for one non-ASCII character, cached: most texts repeat few of them.
const cache = new Map();
function foldChar(ch) {
  let out = cache.get(ch);
  if (out !== undefined) return out;
  const cp = ch.codePointAt(0);
  if (INVISIBLE.test(ch)) out = '';
  else if (GESTURES.has(cp)) out = ` :${GESTURES.get(cp)}: `;
  else if (emojiDigit(cp) >= 0) out = String(emojiDigit(cp));
  else if (SPACE.test(ch)) out = ' ';
  else if (CONTROL.test(ch)) out = '';
  else {
    out = '';
    // NFKD, case folding (upper then lower folds ß to ss), marks and ignorables removed.
    for (const c of ch.normalize('NFKD').replace(MARKS, '').replace(IGNORABLE, '')) {
      const lower = c.toUpperCase().toLowerCase();
      for (const d of lower.normalize('NFKD').replace(MARKS, '')) {
        out += LUMP.get(d) || (DASH.test(d) ? '-' : CONNECTOR.test(d) ? '_' : SPACE.test(d) ? ' ' : d);
      }
    }
  }
  if (cache.size < 65536) cache.set(ch, out);
  return out;
}

const ASCII_ONLY = /^[\x20-\x7e]*$/;
function decodeAndFold(text) {
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    if (cp < 0x80) {
      if (cp === 0x20 || (cp >= 0x09 && cp <= 0x0d)) out += ' ';
      else if (cp < 0x20 || cp === 0x7f) continue;
      else out += cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : ch;
    } else {
      // A lone surrogate reads as U+FFFD, as the engine's JS API sends it.
      out += foldChar(cp >= 0xd800 && cp <= 0xdfff ? '\uFFFD' : ch);
    }
  }
  return out;
}

// Step 4: three or more single letters or digits, at least two letters, one or two
// separators between them: "p r a b o w o", "g.a.n.j.a.r" -> one word.
const SPACED = /(?<![\p{L}\p{N}])[\p{L}\p{N}](?:[ .\-_*/,|~+]{1,2}[\p{L}\p{N}](?![\p{L}\p{N}])){2,}/gu;
const SINGLE = /[\p{L}\p{N}]/gu;
function joinSpacedLetters(s) {
  return s.replace(SPACED, (run) => {
    const singles = run.match(SINGLE);
    let letters = 0;
    for (const c of singles) if (/\p{L}/u.test(c)) letters++;
    return letters >= 2 ? singles.join('') : run;
  });
}

// Step 5: leetspeak, only in words that show it (one leet character between letters).
const LEET = { 0: 'o', 1: 'i', 3: 'e', 4: 'a', 5: 's', 6: 'g', 7: 't', 8: 'b', 9: 'g', '@': 'a', $: 's' };
const WORD_WITH_LEET = /[a-z0-9]+(?:[@$][a-z0-9]+)*/g;
const EVIDENCE = /[a-z][013-9@$][a-z]/;
// Without that evidence, a lone 0 or 4 ending a word of letters after a consonant
// ("prabow0", "tig4") is leet too.
const LEET_END = /^[a-z]{2,}[b-df-hj-np-tv-z][04]$/;
const NON_LETTER_RUN = /[^a-z]+/g;
function foldLeet(s) {
  return s.replace(WORD_WITH_LEET, (word) => {
    if (!EVIDENCE.test(word)) return LEET_END.test(word) ? word.slice(0, -1) + LEET[word[word.length - 1]] : word;
    return word.replace(NON_LETTER_RUN, (run) => {
      if (run.length > 2) return run;
      let out = '';
      for (const c of run) {
        if (!LEET[c]) return run;
        out += LEET[c];
      }
      return out;
    });
  });
}

// Step 6: a letter repeated three or more times squeezed, in words with two letters.
const WORD = /[a-z0-9]+/g;
const REPEAT = /([a-z])\1{2,}/g;
function squeeze(s) {
  return s.replace(WORD, (word) => {
    if (!REPEAT.test(word)) return word;
    REPEAT.lastIndex = 0;
    const letters = word.replace(/[0-9]/g, '');
    if (!letters || letters.split('').every((c) => c === letters[0])) return word;
    return word.replace(REPEAT, '$1');
  });
}

// Step 8: "cebong2" -> "cebong-cebong", a word of three or more letters and a lone 2, as
// in the engine; not in hashtags and handles, and not after a ballot word ("nomor2").
const REDUPLICATION = /(^|[^a-z0-9#@])([a-z]{3,})2(?![a-z0-9])/g;
const BALLOT_WORDS = new Set(['no', 'nomor', 'nomer', 'nmr', 'nmor', 'urut', 'paslon']);
function spellOutReduplication(s) {
  return s.replace(REDUPLICATION, (match, before, word) => (BALLOT_WORDS.has(word) ? match : `${before}${word}-${word}`));
}

// A wide gap (two or more spaces) ends a word of spaced letters, as in the engine:
// "J a t e n g   b u t u h" -> "jateng butuh". It waits as a tab, which joins nothing.
function normalize(text) {
  let s = decodeAndFold(text);
  s = s.replace(/ {2,}/g, '\t').trim();
  s = joinSpacedLetters(s).replace(/\t/g, ' ');
  s = foldLeet(s);
  return spellOutReduplication(squeeze(s));
}

module.exports = { normalize };
