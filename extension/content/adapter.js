// A site adapter: from the site's data (sites/*.json), recognise which control an event
// hit, which action it performs, and collect the content that action touches.
//
// Resolution order for a click: the site's "ignore" list (unlike, unfollow, ...), its
// "controls" (the actions), its "openers" (buttons that only open a share/repost menu:
// remembered, so the menu's confirm item knows which post it shares), then the generic
// adapter (a control recognised by its accessible name alone).

import { accessibleName } from './accessible-name.js';
import { makeCollector } from './collect.js';

const OPENER_TTL_MS = 2 * 60 * 1000;
const SCOPE_DEPTH = 14;

function compileSpecs(list) {
  return (list || []).map((s) => ({
    ...s,
    name: s.name ? new RegExp(s.name, 'iu') : null,
    comment_when: s.comment_when ? { scope_has: s.comment_when.scope_has || null, url: s.comment_when.url ? new RegExp(s.comment_when.url) : null } : null,
  }));
}

function compileSite(site) {
  if (!site) return null;
  return {
    data: site,
    platform: site.platform,
    ignore: compileSpecs(site.ignore),
    controls: compileSpecs(site.controls),
    openers: compileSpecs(site.openers),
    keys: compileSpecs(site.keys),
    collector: makeCollector(site),
  };
}

// The element to click again on a replay: an icon's <svg> cannot be clicked (it has no
// click()); its nearest button-like HTML ancestor can.
const SVG_NS = 'http://www.w3.org/2000/svg';
function clickable(el) {
  if (!el || el.namespaceURI !== SVG_NS) return el;
  return el.closest('button, [role="button"], a, [role="menuitem"], [tabindex]') || el.parentElement;
}

function closest(el, selector) {
  if (!el || el.nodeType !== 1 || !selector) return null;
  try { return el.closest(selector); } catch { return null; }
}

/**
 * makeAdapter({ site, generic, useGeneric, doc, location }) -> adapter
 *   site: the site's data or null (an unsupported site); generic: sites/generic.json;
 *   useGeneric: whether the generic adapter applies (always on supported sites).
 */
export function makeAdapter({ site, generic, useGeneric = true, doc, location, now = () => Date.now() }) {
  const own = compileSite(site);
  const gen = useGeneric ? compileSite(generic) : null;
  let lastOpener = null;

  function composerInputs(scopeRoot, s) {
    const sel = s.data.composer && s.data.composer.input;
    if (!sel) return [];
    try { return Array.from(scopeRoot.querySelectorAll(sel)); } catch { return []; }
  }

  // The nearest ancestor of the control that holds a composer: the comment box or the
  // new-post form the submit button belongs to.
  function composerScope(control, s) {
    let node = control;
    for (let depth = 0; node && node.nodeType === 1 && depth < SCOPE_DEPTH; depth++, node = node.parentElement) {
      if (node.tagName === 'BODY' || node.tagName === 'HTML') break; // the whole page is no one composer
      const inputs = composerInputs(node, s);
      if (inputs.length) return { scope: node, inputs };
    }
    return null;
  }

  // For a key press in a composer: the nearest ancestor that also holds the site's
  // submit button, so a reply box inside a dialog is told apart from the home composer.
  function keyScope(input, s) {
    const submits = s.controls.filter((c) => c.content === 'composer').map((c) => c.selector).join(', ');
    let node = input.parentElement;
    for (let depth = 0; node && depth < SCOPE_DEPTH; depth++, node = node.parentElement) {
      if (submits) { try { if (node.querySelector(submits)) return node; } catch { break; } }
    }
    return input.parentElement || input;
  }

  function actionFor(spec, scope) {
    const w = spec.comment_when;
    if (!w) return spec.action;
    if (w.url && location && w.url.test(location.pathname)) return 'comment';
    if (w.scope_has && scope) { try { if (scope.querySelector(w.scope_has)) return 'comment'; } catch { /* bad selector: ignore */ } }
    return spec.action;
  }

  function match(specs, target) {
    for (const spec of specs) {
      const el = closest(target, spec.selector);
      if (!el) continue;
      if (spec.name && !spec.name.test(accessibleName(el))) continue;
      if (spec.inside && !closest(el, spec.inside)) continue;
      return { spec, el: clickable(el) };
    }
    return null;
  }

  function postContainer(control, s) {
    return closest(control, s.data.post) || (gen && s !== gen ? closest(control, gen.data.post) : null);
  }

  function freshOpener() {
    if (!lastOpener) return null;
    if (now() - lastOpener.at > OPENER_TTL_MS || !lastOpener.container.isConnected) return null;
    return lastOpener;
  }

  function hitFor(s, found) {
    const { spec, el } = found;
    const hit = { kind: 'action', action: spec.action, control: el, site: s, spec, content: spec.content || 'post' };
    if (hit.content === 'composer') {
      const c = composerScope(el, s);
      if (!c && spec.requires_composer) return null;
      hit.scope = c ? c.scope : null;
      hit.inputs = c ? c.inputs : [];
      hit.action = actionFor(spec, hit.scope);
    }
    return hit;
  }

  function resolveIn(s, target) {
    if (!s) return null;
    if (match(s.ignore, target)) return { kind: 'ignore' };
    const control = match(s.controls, target);
    if (control) { const hit = hitFor(s, control); if (hit) return hit; }
    const opener = match(s.openers, target);
    if (opener) return { kind: 'opener', action: opener.spec.action, control: opener.el, site: s, spec: opener.spec, content: 'post' };
    return null;
  }

  return {
    platform: own ? own.platform : 'web',
    siteId: own ? own.data.id : 'generic',

    /** What a click on target means: null, or { kind: 'action'|'opener'|'ignore', ... }. */
    resolveClick(target) {
      if (target && target.nodeType !== 1) target = target.parentElement;
      if (!target) return null;
      const hit = resolveIn(own, target) || resolveIn(gen, target);
      return hit && hit.kind !== 'ignore' ? hit : null;
    },

    /** What a key press means (Enter in a comment box, Ctrl/Cmd+Enter in a composer). */
    resolveKey(event) {
      if (event.key !== 'Enter' || event.isComposing || event.repeat) return null;
      const target = event.target && event.target.nodeType === 1 ? event.target : null;
      for (const s of [own, gen]) {
        if (!s) continue;
        for (const spec of s.keys) {
          const input = closest(target, spec.input);
          if (!input) continue;
          const ctrlOrMeta = event.ctrlKey || event.metaKey;
          const ok = spec.modifier === 'ctrl-or-meta' ? ctrlOrMeta && !event.altKey : !ctrlOrMeta && !event.altKey && !event.shiftKey;
          if (!ok) continue;
          const scope = keyScope(input, s);
          return { kind: 'action', action: actionFor(spec, scope), control: input, site: s, spec, content: 'composer', scope, inputs: [input], viaKey: true };
        }
      }
      return null;
    },

    /** Remembers the post a share/repost menu was opened for. */
    rememberOpener(hit) {
      const container = postContainer(hit.control, hit.site);
      lastOpener = container ? { container, action: hit.action, at: now() } : null;
    },

    /** The engine request for a hit: { action, platform, text, author, handle, has_media, url } or null. */
    collect(hit) {
      const s = hit.site;
      const c = s.collector;
      let content = null;
      if (hit.content === 'composer') {
        content = hit.inputs && hit.inputs.length ? c.composer(hit.inputs, hit.scope || hit.control) : null;
      } else if (hit.content === 'account') {
        const a = s.data.account;
        const container = (a && closest(hit.control, a.container)) || postContainer(hit.control, s) || (a && a.page && doc.querySelector(a.page));
        content = container ? c.account(container) : null;
      } else {
        const opener = hit.content === 'opener' || hit.kind === 'opener' ? freshOpener() : null;
        let container = hit.kind === 'opener' ? postContainer(hit.control, s) : (opener && opener.container) || postContainer(hit.control, s);
        if (!container && hit.content !== 'opener' && freshOpener()) container = freshOpener().container;
        if (!container && s.data.post_fallback === 'document') container = doc;
        content = container ? c.post(container) : null;
      }
      if (!content || !(content.text || content.handle)) return null;
      return {
        action: hit.action,
        platform: own ? own.platform : 'web',
        text: content.text,
        author: content.author || undefined,
        handle: content.handle || undefined,
        has_media: !!content.has_media,
        url: location ? `${location.origin}${location.pathname}` : undefined,
      };
    },
  };
}
