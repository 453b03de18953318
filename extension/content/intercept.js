// Interception: catch a like/share/repost/comment/post/follow before the site sees it.
//
// Window-level capturing listeners, registered at document_start before any page
// script, run before every listener the page can add. For a trusted user event on an
// action control:
//   - a verdict already in the cache (checked on hover/pointerdown, or seen before):
//     allow/caution -> the original event goes on untouched; warn -> stopped, dialog;
//   - otherwise the event is stopped (preventDefault + stopImmediatePropagation), the
//     background is asked, and on allow/caution the action is performed again at once
//     (replay), on warn the dialog opens.
// A replay marks a one-shot bypass for its element and is an untrusted event: our own
// listener lets it through, so it can never loop. Untrusted events (page scripts, our
// replays) are never stopped. Whatever fails (no engine, no answer, the extension was
// reloaded under the page) lets the action through: never break the site.

import { requestKey } from './verdict-cache.js';
import { localized } from '../shared/i18n.js';

// Events that must not reach the page while they happen inside the dialog.
const SHIELDED = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'dblclick', 'auxclick', 'contextmenu',
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'change', 'focusin', 'focusout', 'touchstart', 'touchend'];
const PREFETCH_DEBOUNCE_MS = 250;

export function startIntercept({ win, doc, N, dom, adapter, bridge, cache, dialog, notice, ui, log = () => {} }) {
  const status = { protecting: true, language: 'id', regionSet: false };
  const bypass = new WeakSet();
  const listeners = [];
  let lastHover = null;
  let composerTimer = 0;
  const timing = { lastBlockedMs: null };

  // ---- decisions ---------------------------------------------------------------------

  function updateStatus(reply) {
    const d = reply && reply.data;
    if (!d) return;
    if (typeof d.protecting === 'boolean') status.protecting = d.protecting;
    if (d.language) { status.language = d.language; ui.setLanguage(d.language); }
    if (typeof d.region_set === 'boolean') status.regionSet = d.region_set;
  }

  function ask(key, request) {
    return cache.once(key, async () => {
      const reply = await bridge.send('classify', { request });
      updateStatus(reply);
      if (reply.data) cache.set(key, reply);
      return reply;
    });
  }

  function block(event) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  function prefetch(hit, action) {
    if (!status.protecting || bridge.disconnected) return;
    const request = adapter.collect(action ? { ...hit, action } : hit);
    if (!request) return;
    const key = requestKey(request);
    if (cache.get(key) === undefined) ask(key, request).catch(() => {});
  }

  function guard(event, hit, replay) {
    if (!status.protecting || bridge.disconnected) return;
    const request = adapter.collect(hit);
    if (!request) return;
    const key = requestKey(request);
    const cached = cache.get(key);
    if (cached) { settle(cached, { event, hit, request, replay, blocked: false }); return; }
    block(event);
    const started = N.now();
    ask(key, request).then((reply) => {
      timing.lastBlockedMs = N.now() - started;
      settle(reply, { event, hit, request, replay, blocked: true });
    }, (err) => { log('classify failed', err); replay(); });
  }

  function settle(reply, ctx) {
    const d = reply && reply.data;
    const verdict = d && d.protecting && !d.silenced ? d.verdict : null;
    const level = verdict ? verdict.level : 'allow';
    if (level === 'warn') {
      if (!ctx.blocked) block(ctx.event);
      warn(ctx, d);
      return;
    }
    if (ctx.blocked) ctx.replay();
    if (level === 'caution') {
      const top = verdict.reasons && verdict.reasons[0];
      notice.show(ctx.hit.control, top ? localized(top.message, status.language) : null);
      bridge.send('warningShown', { level: 'caution' });
    }
  }

  async function warn(ctx, d) {
    const { verdict } = d;
    if (dialog.isOpen()) return; // one dialog at a time: the later action is simply not done
    bridge.send('warningShown', { level: 'warn' });
    const result = await dialog.open({ verdict, request: ctx.request, lang: status.language, regionSet: status.regionSet });
    const rules = (verdict.reasons || []).map((r) => r.rule);
    const about = { key: d.key, rules, action: ctx.request.action, platform: ctx.request.platform, level: verdict.level, score: verdict.score };
    if (result.choice === 'proceed') {
      bridge.send('recordProceed', { ...about, reason: result.reason });
      ctx.replay();
    } else if (result.choice === 'not_campaign') {
      bridge.send('reportNotCampaign', about);
      cache.set(requestKey(ctx.request), { data: { ...d, silenced: true } });
      ctx.replay();
    }
  }

  // ---- replays -----------------------------------------------------------------------

  function replayClick(control) {
    if (!control.isConnected) return; // the site re-rendered: nothing left to click
    bypass.add(control);
    try { N.apply(N.click, control, []); } finally { bypass.delete(control); }
  }

  function saveSelection() {
    const sel = win.getSelection && win.getSelection();
    return sel && sel.rangeCount ? sel.getRangeAt(0).cloneRange() : null;
  }

  function replayKey(hit, event, range) {
    const input = hit.control;
    if (!input.isConnected) return;
    try { N.apply(N.focus, input, [{ preventScroll: true }]); } catch { /* not focusable */ }
    if (range) { const sel = win.getSelection(); sel.removeAllRanges(); sel.addRange(range); }
    if (input.tagName === 'INPUT' && input.form && input.form.requestSubmit) { input.form.requestSubmit(); return; }
    const init = {
      key: event.key, code: event.code, keyCode: 13, which: 13, bubbles: true, cancelable: true, composed: true,
      ctrlKey: event.ctrlKey, metaKey: event.metaKey, shiftKey: event.shiftKey, altKey: event.altKey,
    };
    bypass.add(input);
    try {
      N.apply(N.dispatchEvent, input, [new N.KeyboardEvent('keydown', init)]);
      N.apply(N.dispatchEvent, input, [new N.KeyboardEvent('keyup', init)]);
    } finally { bypass.delete(input); }
  }

  // ---- listeners ---------------------------------------------------------------------

  // Events inside the dialog: handled by the dialog, never seen by the page.
  function shield(event) {
    if (!dialog.isOpen()) return false;
    if (dialog.owns(event)) {
      dialog.handle(event);
      event.stopImmediatePropagation();
      return true;
    }
    // Outside the dialog while it is open (the backdrop covers the page; keys and focus
    // can still go elsewhere): keep the user with the question.
    if (event.isTrusted && (event.type === 'keydown' || event.type === 'focusin')) {
      if (event.type === 'keydown') block(event);
      dialog.refocus();
      return true;
    }
    return false;
  }

  function onClick(event) {
    if (shield(event)) return;
    const hit = adapter.resolveClick(event.target);
    if (!hit) return;
    if (hit.kind === 'opener') {
      adapter.rememberOpener(hit);
      if (event.isTrusted) prefetch(hit, hit.action);
      return;
    }
    if (bypass.has(hit.control)) { bypass.delete(hit.control); return; }
    if (!event.isTrusted) return;
    guard(event, hit, () => replayClick(hit.control));
  }

  function onKeydown(event) {
    if (shield(event)) return;
    const hit = adapter.resolveKey(event);
    if (!hit) return;
    if (bypass.has(hit.control)) { bypass.delete(hit.control); return; }
    if (!event.isTrusted) return;
    const range = saveSelection();
    guard(event, hit, () => replayKey(hit, event, range));
  }

  // Checking early: when the pointer reaches a control, or a key focuses it, ask for the
  // verdict, so the click that follows finds it in the cache and passes untouched.
  function onPointerish(event) {
    if (shield(event)) return;
    if (!event.isTrusted || !status.protecting) return;
    const target = event.target;
    if (target === lastHover && event.type === 'pointerover') return;
    lastHover = target;
    const hit = adapter.resolveClick(target);
    if (hit) prefetch(hit, hit.kind === 'opener' ? hit.action : undefined);
  }

  // While the user types in a composer, check the draft shortly after they pause.
  function onInput(event) {
    if (shield(event)) return;
    if (!event.isTrusted || !status.protecting) return;
    const hit = adapter.resolveKey({ key: 'Enter', target: event.target, ctrlKey: true, metaKey: false, altKey: false, shiftKey: false })
      || adapter.resolveKey({ key: 'Enter', target: event.target, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false });
    if (!hit) return;
    N.clearTimeout(composerTimer);
    composerTimer = N.setTimeout(() => prefetch(hit), PREFETCH_DEBOUNCE_MS);
  }

  function listen(type, fn) {
    const options = { capture: true, passive: false };
    dom.on(win, type, fn, options);
    listeners.push([type, fn, options]);
  }

  listen('click', onClick);
  listen('keydown', onKeydown);
  listen('pointerover', onPointerish);
  listen('pointerdown', onPointerish);
  listen('focusin', onPointerish);
  listen('input', onInput);
  for (const type of SHIELDED) if (!['click', 'keydown', 'pointerdown', 'focusin', 'input'].includes(type)) listen(type, shield);

  return {
    status,
    timing,
    updateStatus,
    /** Settings changed: forget verdicts, ask for the status again. */
    refresh() {
      cache.clear();
      return bridge.send('status').then(updateStatus);
    },
    /** The extension went away under the page: let everything through from now on. */
    stop() {
      for (const [type, fn, options] of listeners) dom.off(win, type, fn, options);
      listeners.length = 0;
      dialog.dismiss();
    },
  };
}
