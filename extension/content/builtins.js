// DOM built-ins captured when the content script starts (document_start), before any
// page script runs. Content scripts already live in an isolated world (Chrome) or behind
// Xray wrappers (Firefox), where a page that redefines addEventListener or
// Element.prototype.click does not reach us; holding our own references keeps that true
// even if this code is ever run in the page's world, and says so in one place.

export function captureBuiltins(win) {
  const E = win.Element.prototype;
  const H = win.HTMLElement.prototype;
  const ET = win.EventTarget.prototype;
  const D = win.Document.prototype;
  const N = win.Node.prototype;
  // textContent lives on Node.prototype in browsers; look it up along the chain so a
  // DOM that defines it lower down (the test DOM) is served too.
  let textContent = null;
  for (let proto = H; proto && !textContent; proto = Object.getPrototypeOf(proto)) {
    textContent = Object.getOwnPropertyDescriptor(proto, 'textContent') || null;
  }
  return Object.freeze({
    apply: Reflect.apply,
    addEventListener: ET.addEventListener,
    removeEventListener: ET.removeEventListener,
    dispatchEvent: ET.dispatchEvent,
    closest: E.closest,
    matches: E.matches,
    querySelector: E.querySelector,
    querySelectorAll: E.querySelectorAll,
    docQuerySelector: D.querySelector,
    getAttribute: E.getAttribute,
    setAttribute: E.setAttribute,
    hasAttribute: E.hasAttribute,
    attachShadow: E.attachShadow,
    getBoundingClientRect: E.getBoundingClientRect,
    createElement: D.createElement,
    createTextNode: D.createTextNode,
    appendChild: N.appendChild,
    removeChild: N.removeChild,
    contains: N.contains,
    setTextContent: textContent.set,
    click: H.click,
    focus: H.focus,
    KeyboardEvent: win.KeyboardEvent,
    setTimeout: win.setTimeout.bind(win),
    clearTimeout: win.clearTimeout.bind(win),
    now: () => win.performance.now(),
  });
}

/** Small helpers over the captured built-ins: dom(N).closest(el, sel) and so on. */
export function domHelpers(N) {
  const R = N.apply;
  return {
    closest: (el, sel) => (el && el.nodeType === 1 ? R(N.closest, el, [sel]) : null),
    matches: (el, sel) => !!el && el.nodeType === 1 && R(N.matches, el, [sel]),
    qs: (root, sel) => (root.nodeType === 9 ? R(N.docQuerySelector, root, [sel]) : R(N.querySelector, root, [sel])),
    qsa: (root, sel) => Array.from(root.nodeType === 9 ? root.querySelectorAll(sel) : R(N.querySelectorAll, root, [sel])),
    attr: (el, name) => R(N.getAttribute, el, [name]),
    setAttr: (el, name, value) => R(N.setAttribute, el, [name, String(value)]),
    on: (target, type, fn, options) => R(N.addEventListener, target, [type, fn, options]),
    off: (target, type, fn, options) => R(N.removeEventListener, target, [type, fn, options]),
    el: (doc, tag, attrs, text) => {
      const node = R(N.createElement, doc, [tag]);
      for (const [k, v] of Object.entries(attrs || {})) R(N.setAttribute, node, [k, String(v)]);
      if (text !== undefined && text !== null) R(N.setTextContent, node, [String(text)]);
      return node;
    },
    text: (doc, value) => R(N.createTextNode, doc, [String(value)]),
    append: (parent, child) => R(N.appendChild, parent, [child]),
    contains: (a, b) => !!a && !!b && R(N.contains, a, [b]),
  };
}
