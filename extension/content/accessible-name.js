// A control's accessible name, close enough to the ARIA algorithm for recognising
// buttons by what they say: aria-label, aria-labelledby, an input's value, the
// element's own text, then an inner icon's aria-label or <title> (Instagram and Threads
// label their buttons only through the <svg>). Lower-cased, spaces collapsed.

const MAX = 200;

export function accessibleName(el) {
  if (!el || el.nodeType !== 1) return '';
  const clean = (s) => String(s || '').replace(/\s+/g, ' ').trim().toLowerCase().slice(0, MAX);
  const label = el.getAttribute('aria-label');
  if (label && label.trim()) return clean(label);
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy && el.ownerDocument) {
    const text = labelledBy.split(/\s+/).map((id) => el.ownerDocument.getElementById(id)).filter(Boolean).map((n) => n.textContent).join(' ');
    if (text.trim()) return clean(text);
  }
  if (el.tagName === 'INPUT' && (el.type === 'submit' || el.type === 'button')) return clean(el.value);
  const own = textWithoutIcons(el);
  if (own.trim()) return clean(own);
  const icon = el.querySelector('[aria-label], svg title, img[alt]');
  if (icon) return clean(icon.getAttribute('aria-label') || icon.getAttribute('alt') || icon.textContent);
  return clean(el.getAttribute('title'));
}

// The element's text without what icons carry (an <svg>'s <title> repeats the label).
function textWithoutIcons(el) {
  let out = '';
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) out += n.data;
    else if (n.nodeType === 1 && n.localName !== 'svg' && n.localName !== 'style' && n.localName !== 'script') out += ` ${textWithoutIcons(n)} `;
    if (out.length > MAX * 2) break;
  }
  return out;
}
