// Collecting the content an action touches, from a site's field selectors (data in
// sites/*.json). A field selector is "css" (the element's text) or "css@attribute".
//
// Output (the engine's request fields): { text, author, handle, has_media }, where text
// joins, line by line: the post's text, the link preview's title, the images' alt texts
// and any hashtags not already in the text. The warning dialog quotes this same text, so
// the engine's span offsets point into what the user sees.

import { readText, tidy, TEXT_LIMIT } from './read-text.js';

const CONTROL_LIKE = '[role="button"], button, [role="menu"], [role="toolbar"], nav, time, [aria-hidden="true"], input, textarea, select';

function parseField(spec) {
  const at = spec.lastIndexOf('@');
  // "@" also appears inside attribute selectors ([href^="/@"]); only a trailing
  // "@name" outside brackets names an attribute.
  if (at > spec.lastIndexOf(']') && /^[a-z-]+$/i.test(spec.slice(at + 1))) return { css: spec.slice(0, at), attr: spec.slice(at + 1) };
  return { css: spec, attr: null };
}

export function makeCollector(site) {
  const fields = compileFields(site.fields || {});
  const account = site.account ? { ...site.account, fields: compileFields(site.account.fields || {}) } : null;
  const handlePattern = site.handle_pattern ? new RegExp(site.handle_pattern) : null;

  // Every value of one field under root, outermost elements only, in document order.
  function values(root, specs, limit = 50) {
    const out = [];
    const taken = [];
    for (const { css, attr } of specs || []) {
      let nodes;
      try { nodes = root.querySelectorAll(css); } catch { continue; }
      for (const node of nodes) {
        if (out.length >= limit) return out;
        if (!attr && taken.some((t) => t.contains(node) || node.contains(t))) continue;
        const value = attr ? node.getAttribute(attr) : readText(node);
        if (value && value.trim()) { out.push(tidy(value)); if (!attr) taken.push(node); }
      }
      if (out.length && limit === 1) return out;
    }
    return out;
  }
  const first = (root, specs) => values(root, specs, 1)[0] || '';

  function handleOf(root, specs) {
    const raw = first(root, specs);
    if (!raw) return '';
    const m = handlePattern && handlePattern.exec(raw);
    return (m ? m[1] : raw).slice(0, 100);
  }

  function hasMedia(root, specs) {
    return (specs || []).some(({ css }) => { try { return !!root.querySelector(css); } catch { return false; } });
  }

  function joinText(root, f, fallback) {
    const main = values(root, f.text);
    let text = main.join('\n');
    if (!text && fallback && root.nodeType === 1 && root.tagName !== 'BODY' && root.tagName !== 'HTML') {
      text = readText(root, { skip: (el) => el.matches(CONTROL_LIKE) });
    }
    const extras = [...values(root, f.link_title, 3), ...values(root, f.image_alt, 10)];
    const lower = text.toLowerCase();
    const tags = values(root, f.hashtags, 30).filter((tag) => !lower.includes(tag.toLowerCase()));
    return [text, ...extras, tags.join(' ')].filter(Boolean).join('\n').slice(0, TEXT_LIMIT);
  }

  return {
    /** The post (or comment) a like/share/repost touches. */
    post(container) {
      const root = container.nodeType === 9 ? container.body || container.documentElement : container;
      return {
        text: joinText(root, fields, true),
        author: first(root, fields.author).slice(0, 200),
        handle: handleOf(root, fields.handle),
        has_media: hasMedia(root, fields.media),
      };
    },
    /** The account a follow touches: its name, handle and bio. */
    account(container) {
      const f = account ? account.fields : fields;
      const root = container.nodeType === 9 ? container.body || container.documentElement : container;
      const author = first(root, f.author).slice(0, 200);
      const handle = handleOf(root, f.handle);
      const bio = values(root, f.text, 3).join('\n');
      return { text: [author, handle, bio].filter(Boolean).join('\n').slice(0, TEXT_LIMIT), author, handle, has_media: false };
    },
    /** What the user wrote in a composer (comment box or new post). */
    composer(inputs, scope) {
      const text = inputs.map((el) => readText(el)).filter(Boolean).join('\n').slice(0, TEXT_LIMIT);
      const media = site.composer && site.composer.media ? hasMedia(scope, [{ css: site.composer.media }]) : false;
      return { text, author: '', handle: '', has_media: media };
    },
  };
}

function compileFields(f) {
  const out = {};
  for (const [name, specs] of Object.entries(f)) out[name] = (specs || []).map(parseField);
  return out;
}
