// What matched, as segments of the quoted text: the engine's spans are UTF-16 offsets
// into the text it was given (text.slice(begin, end)), so they index the JS string.
// The dialog turns segments into text nodes and <mark> elements, never markup.

const LEVEL = { support: 1, primary: 2 };

/** -> [{ text, mark: null | 'primary' | 'support' }] covering the whole text. */
export function highlightSegments(text, reasons) {
  const levels = new Uint8Array(text.length);
  for (const reason of reasons || []) {
    for (const span of reason.spans || []) {
      const begin = Math.max(0, span.begin | 0);
      const end = Math.min(text.length, span.end | 0);
      const level = LEVEL[span.role] || 1;
      for (let i = begin; i < end; i++) if (levels[i] < level) levels[i] = level;
    }
  }
  const segments = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || levels[i] !== levels[start]) {
      if (i > start) segments.push({ text: text.slice(start, i), mark: levels[start] === 2 ? 'primary' : levels[start] === 1 ? 'support' : null });
      start = i;
    }
  }
  return segments;
}

function safeCut(text, index) {
  // Do not split a surrogate pair.
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
}

/**
 * A window of at most max characters of long text, around the first highlight, with
 * "…" where text was left out. -> segments.
 */
export function excerpt(segments, max = 600) {
  const total = segments.reduce((n, s) => n + s.text.length, 0);
  if (total <= max) return segments;
  let offset = 0;
  let firstMark = 0;
  for (const s of segments) { if (s.mark) { firstMark = offset; break; } offset += s.text.length; }
  const full = segments.map((s) => s.text).join('');
  let from = safeCut(full, Math.max(0, Math.min(firstMark - Math.floor(max / 4), total - max)));
  let to = safeCut(full, Math.min(total, from + max));
  const out = [];
  if (from > 0) out.push({ text: '… ', mark: null });
  offset = 0;
  for (const s of segments) {
    const a = Math.max(from, offset);
    const b = Math.min(to, offset + s.text.length);
    if (b > a) out.push({ text: s.text.slice(a - offset, b - offset), mark: s.mark });
    offset += s.text.length;
  }
  if (to < total) out.push({ text: ' …', mark: null });
  return out;
}
