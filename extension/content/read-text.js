// Reading what a person sees in an element, as plain text, without layout: text nodes,
// the alt text of inline images (X and Facebook draw emoji as <img alt="✌️">), and line
// breaks at <br> and block boundaries. Never markup.

const BLOCK = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'TR', 'PRE']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'BUTTON', 'TEXTAREA', 'INPUT', 'SELECT']);

export const TEXT_LIMIT = 4000;

/**
 * readText(el, { skip }) -> string. skip: an optional predicate(element) -> true to
 * leave that element's subtree out (for example the post's own buttons).
 */
export function readText(root, options = {}) {
  const out = [];
  let length = 0;
  const push = (s) => { if (length < TEXT_LIMIT) { out.push(s); length += s.length; } };
  const walk = (node) => {
    for (let child = node.firstChild; child && length < TEXT_LIMIT; child = child.nextSibling) {
      if (child.nodeType === 3) { push(child.data); continue; }
      if (child.nodeType !== 1) continue;
      const tag = child.tagName;
      if (SKIP.has(tag) || (options.skip && options.skip(child))) continue;
      if (tag === 'BR') { push('\n'); continue; }
      if (tag === 'IMG') { const alt = child.getAttribute('alt'); if (alt) push(alt); continue; }
      const block = BLOCK.has(tag);
      if (block) push('\n');
      walk(child);
      if (block) push('\n');
    }
  };
  if (root.nodeType === 1 && (root.tagName === 'TEXTAREA' || root.tagName === 'INPUT')) return tidy(root.value || '');
  walk(root);
  return tidy(out.join(''));
}

/** Collapses spaces inside lines and empty lines, keeps single line breaks. */
export function tidy(text) {
  return String(text)
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim()
    .slice(0, TEXT_LIMIT);
}
