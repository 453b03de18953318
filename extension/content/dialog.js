// The warning dialog: what matched, why it counts (the rule's message, its legal basis
// and sanction), the active election and phase, a calm reminder, and the choice.
//
// Contract the end-to-end tests rely on: the host element carries data-jn-dialog and
// an OPEN shadow root; the buttons carry data-jn-action="cancel" | "proceed" |
// "not-campaign"; the reasons are radios named "jn-reason". "Batalkan" is focused.
//
// Safety: page content enters the DOM only as text nodes. Every choice needs a trusted
// user event: the intercept module stops all events inside the dialog at the window
// (the page never sees them) and hands them to handle(), which ignores untrusted ones,
// so a page script that clicks "proceed" through the open shadow root does nothing.

import { DIALOG_CSS } from './dialog-style.js';
import { highlightSegments, excerpt } from './highlight.js';
import { localized } from '../shared/i18n.js';
import { formatDay } from '../shared/dates.js';
import { PROCEED_REASONS } from '../shared/messages.js';

const HOST_TAG = 'jaga-netral-dialog';
const HOST_STYLE = 'all: initial !important; position: fixed !important; inset: 0 !important; z-index: 2147483647 !important; display: block !important;';
const FOCUSABLE = 'button, input, summary, [tabindex]:not([tabindex="-1"])';

// "Name · @handle", or one of them when the site shows only a username (Instagram
// puts the handle where the name would be: "relawan · relawan" helps nobody).
export function authorLine(author, handle) {
  const bare = (s) => String(s || '').trim().replace(/^@/, '').toLowerCase();
  if (author && handle && bare(author) === bare(handle)) return String(handle).trim();
  return [author, handle].filter(Boolean).join(' · ');
}

export function makeDialog({ doc, dom, t, onEvent = () => {} }) {
  let current = null;

  function finish(choice, reason) {
    if (!current) return;
    const { host, resolve, returnFocus } = current;
    current = null;
    if (host.parentNode) host.parentNode.removeChild(host);
    if (returnFocus && returnFocus.isConnected && typeof returnFocus.focus === 'function') {
      try { returnFocus.focus({ preventScroll: true }); } catch { /* element gone */ }
    }
    resolve({ choice, reason: reason || null });
  }

  function focusables() {
    return Array.from(current.root.querySelectorAll(FOCUSABLE)).filter((el) => !el.closest('details:not([open]) > :not(summary)'));
  }

  // The reason counts only if the user chose it (a trusted event on that radio) and it
  // is still the checked one: a page script that checks a radio chooses nothing.
  function selectedReason() {
    const checked = current.root.querySelector('input[name="jn-reason"]:checked');
    return checked && checked.value === current.reason && PROCEED_REASONS.includes(checked.value) ? checked.value : null;
  }

  function noteReason(event) {
    for (const node of event.composedPath()) {
      if (node === current.host) break;
      if (node.nodeType === 1 && node.localName === 'input' && node.name === 'jn-reason' && node.checked) { current.reason = node.value; return; }
    }
  }

  function syncProceed() {
    if (!current) return;
    const ok = !!selectedReason();
    dom.setAttr(current.proceed, 'aria-disabled', ok ? 'false' : 'true');
    if (ok) current.hint.textContent = '';
  }

  function actionOf(event) {
    for (const node of event.composedPath()) {
      if (node === current.host) break;
      if (node.nodeType === 1 && node.hasAttribute('data-jn-action')) return node.getAttribute('data-jn-action');
    }
    return null;
  }

  /** Handles an event that happened inside the dialog (routed by the intercept module). */
  function handle(event) {
    if (!current) return;
    if (!event.isTrusted) return; // page scripts cannot answer for the user
    if (event.type === 'keydown') {
      if (event.key === 'Escape') { event.preventDefault(); finish('cancel'); return; }
      if (event.key === 'Tab') {
        const list = focusables();
        const active = current.root.activeElement;
        const i = list.indexOf(active);
        const next = event.shiftKey ? (i <= 0 ? list.length - 1 : i - 1) : (i === -1 || i === list.length - 1 ? 0 : i + 1);
        event.preventDefault();
        list[next].focus();
      }
      return;
    }
    if (event.type === 'change' || event.type === 'input') { noteReason(event); syncProceed(); return; }
    if (event.type !== 'click') return;
    noteReason(event);
    // A radio's checkedness changes before its click is dispatched; a label's click
    // reaches its radio a moment later: look again after this task.
    setTimeout(syncProceed, 0);
    syncProceed();
    const action = actionOf(event);
    if (action === 'cancel') finish('cancel');
    else if (action === 'not-campaign') finish('not_campaign', 'not_campaign');
    else if (action === 'proceed') {
      const reason = selectedReason();
      if (reason) finish('proceed', reason);
      else {
        current.hint.textContent = t('dialog_reason_required');
        const firstRadio = current.root.querySelector('input[name="jn-reason"]');
        if (firstRadio) firstRadio.focus();
      }
    }
  }

  /** Keeps focus inside while open: called for focus that lands outside. */
  function refocus() {
    if (current) current.cancel.focus();
  }

  function section(parent, titleKey) {
    const s = dom.el(doc, 'section');
    if (titleKey) dom.append(s, dom.el(doc, 'h3', {}, t(titleKey)));
    dom.append(parent, s);
    return s;
  }

  function renderQuote(body, request, verdict) {
    const s = section(body, 'dialog_quote_label');
    const quote = dom.el(doc, 'blockquote');
    for (const seg of excerpt(highlightSegments(request.text, verdict.reasons), 700)) {
      dom.append(quote, seg.mark ? dom.el(doc, 'mark', { class: seg.mark }, seg.text) : dom.text(doc, seg.text));
    }
    dom.append(s, quote);
    const who = authorLine(request.author, request.handle);
    if (who) dom.append(s, dom.el(doc, 'p', { class: 'who' }, `— ${who}`));
    const matched = [];
    for (const r of verdict.reasons || []) for (const sp of r.spans || []) {
      const w = (sp.text || request.text.slice(sp.begin, sp.end)).trim();
      if (w && !matched.includes(w) && matched.length < 12) matched.push(w);
    }
    const distinct = matched.filter((w) => !matched.some((o) => o !== w && o.toLowerCase().includes(w.toLowerCase())));
    if (distinct.length) dom.append(s, dom.el(doc, 'p', { class: 'matched' }, t('dialog_matched', distinct.map((w) => `“${w}”`).join(', '))));
  }

  function renderReason(parent, reason, lang) {
    dom.append(parent, dom.el(doc, 'p', { class: 'reason-message' }, localized(reason.message, lang)));
    if (reason.legal_basis && reason.legal_basis.length) {
      dom.append(parent, dom.el(doc, 'p', { class: 'muted' }, t('dialog_legal_label')));
      const item = (lb) => {
        const li = dom.el(doc, 'li', {}, localized(lb.title, lang));
        const sanction = localized(lb.sanction, lang);
        if (sanction) dom.append(li, dom.el(doc, 'span', { class: 'sanction' }, t('dialog_sanction', sanction)));
        return li;
      };
      const list = dom.el(doc, 'ul');
      for (const lb of reason.legal_basis.slice(0, 2)) dom.append(list, item(lb));
      dom.append(parent, list);
      if (reason.legal_basis.length > 2) {
        const more = dom.el(doc, 'details');
        dom.append(more, dom.el(doc, 'summary', {}, t('dialog_more_legal', reason.legal_basis.length - 2)));
        const rest = dom.el(doc, 'ul');
        for (const lb of reason.legal_basis.slice(2)) dom.append(rest, item(lb));
        dom.append(more, rest);
        dom.append(parent, more);
      }
    }
  }

  function renderWhy(body, verdict, lang) {
    const reasons = verdict.reasons || [];
    if (!reasons.length) return;
    const s = section(body, 'dialog_why_label');
    renderReason(s, reasons[0], lang); // the most serious first (the engine orders them)
    if (reasons.length > 1) {
      const more = dom.el(doc, 'details');
      dom.append(more, dom.el(doc, 'summary', {}, t('dialog_more_reasons', reasons.length - 1)));
      for (const r of reasons.slice(1)) renderReason(more, r, lang);
      dom.append(s, more);
    }
  }

  function renderElection(body, verdict, lang, regionSet) {
    const s = section(body, 'dialog_election_label');
    const active = (verdict.active_elections || []).slice().sort((a, b) => Number(b.own_region) - Number(a.own_region));
    if (!active.length) dom.append(s, dom.el(doc, 'p', { class: 'election' }, t('dialog_election_none')));
    for (const e of active.slice(0, 3)) {
      const line = t('dialog_election_active', localized(e.name, lang), t(`phase_${e.phase}`), formatDay(e.phase_start, lang), formatDay(e.phase_end, lang));
      dom.append(s, dom.el(doc, 'p', { class: 'election' }, e.own_region === false ? `${line} ${t('dialog_other_region')}` : line));
    }
    if (!regionSet) dom.append(s, dom.el(doc, 'p', { class: 'muted' }, t('dialog_region_unset')));
  }

  function renderChecklist(body) {
    const box = dom.el(doc, 'div', { class: 'checklist' });
    dom.append(box, dom.el(doc, 'h3', {}, t('dialog_photo_title')));
    const list = dom.el(doc, 'ul');
    for (const key of ['photo_no_gesture', 'photo_no_attribute', 'photo_no_candidate']) dom.append(list, dom.el(doc, 'li', {}, t(key)));
    dom.append(box, list);
    dom.append(body, box);
  }

  function renderReasons(body) {
    const set = dom.el(doc, 'fieldset');
    dom.append(set, dom.el(doc, 'legend', { id: 'jn-reason-legend' }, t('dialog_reason_label')));
    for (const value of PROCEED_REASONS) {
      const label = dom.el(doc, 'label');
      dom.append(label, dom.el(doc, 'input', { type: 'radio', name: 'jn-reason', value }));
      dom.append(label, dom.el(doc, 'span', {}, t(`reason_${value}`)));
      dom.append(set, label);
    }
    const hint = dom.el(doc, 'p', { class: 'hint', role: 'alert' });
    dom.append(set, hint);
    dom.append(body, set);
    return hint;
  }

  /**
   * open({ verdict, request, lang, regionSet }) -> Promise<{ choice, reason }>, choice
   * 'cancel' | 'proceed' | 'not_campaign'. Only one dialog at a time: while one is open,
   * open() answers 'busy' at once.
   */
  function open({ verdict, request, lang, regionSet }) {
    if (current) return Promise.resolve({ choice: 'busy', reason: null });
    const host = dom.el(doc, HOST_TAG, { 'data-jn-dialog': '', style: HOST_STYLE });
    const root = host.attachShadow({ mode: 'open' });
    dom.append(root, dom.el(doc, 'style', {}, DIALOG_CSS));
    const backdrop = dom.el(doc, 'div', { class: 'backdrop' });
    const box = dom.el(doc, 'div', { class: 'dialog', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'jn-title', 'aria-describedby': 'jn-lead' });
    const header = dom.el(doc, 'header');
    dom.append(header, dom.el(doc, 'p', { class: 'brand' }, t('extName')));
    dom.append(header, dom.el(doc, 'h2', { id: 'jn-title' }, t('dialog_title')));
    dom.append(box, header);

    const body = dom.el(doc, 'div', { class: 'body' });
    dom.append(body, dom.el(doc, 'p', { class: 'lead', id: 'jn-lead' }, t('dialog_lead', t(`action_${request.action}`))));
    renderQuote(body, request, verdict);
    renderWhy(body, verdict, lang);
    renderElection(body, verdict, lang, regionSet);
    if (verdict.photo_checklist) renderChecklist(body);
    dom.append(body, dom.el(doc, 'p', { class: 'reminder' }, t('dialog_reminder')));
    dom.append(body, dom.el(doc, 'p', { class: 'muted small' }, `${t('dialog_not_campaign_hint')} ${t('dialog_private_note')}`));
    dom.append(box, body);

    // The choice stays in view however long the explanation is: the body scrolls.
    const choose = dom.el(doc, 'div', { class: 'choose' });
    const hint = renderReasons(choose);
    const actions = dom.el(doc, 'div', { class: 'actions' });
    dom.append(actions, dom.el(doc, 'button', { type: 'button', class: 'link', 'data-jn-action': 'not-campaign' }, t('dialog_not_campaign')));
    dom.append(actions, dom.el(doc, 'span', { class: 'spacer' }));
    const proceed = dom.el(doc, 'button', { type: 'button', class: 'proceed', 'data-jn-action': 'proceed', 'aria-disabled': 'true' }, t('dialog_proceed'));
    const cancel = dom.el(doc, 'button', { type: 'button', class: 'cancel', 'data-jn-action': 'cancel' }, t('dialog_cancel'));
    dom.append(actions, proceed);
    dom.append(actions, cancel);
    dom.append(choose, actions);
    dom.append(box, choose);

    dom.append(backdrop, box);
    dom.append(root, backdrop);

    return new Promise((resolve) => {
      current = { host, root, proceed, cancel, hint, resolve, reason: null, returnFocus: doc.activeElement };
      dom.append(doc.documentElement, host);
      cancel.focus({ preventScroll: true });
      onEvent('shown');
    });
  }

  return {
    open,
    handle,
    refocus,
    isOpen: () => !!current,
    /** True when the event happened inside the dialog. */
    owns(event) {
      if (!current) return false;
      const path = event.composedPath();
      return path.includes(current.host);
    },
    /** Closes as "cancel" (the extension is shutting down under the page). */
    dismiss() { finish('cancel'); },
    get host() { return current ? current.host : null; },
  };
}
