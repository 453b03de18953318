// What a person does on a page, step by step, with trusted input (real mouse clicks and
// key presses from the browser's input pipeline), and what the tests read back.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stepSelector } from './sites.mjs';
import { sleep } from './browsers.mjs';

export const ARTIFACTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'artifacts');

// How long the extension may take to show its dialog or let an action through. Generous on
// purpose: the tests check behaviour; the latency test measures speed.
export const DIALOG_TIMEOUT = Number(process.env.JN_DIALOG_TIMEOUT || 8000);
// How long to watch for something that must NOT happen.
export const QUIET_MS = Number(process.env.JN_QUIET_MS || 1200);

/** Opens a site's page, optionally in English (?hl=en) and with hostile scripts (?fx=...). */
export async function openSite(session, site, pagePath, { lang = 'id', fx = [], post = null } = {}) {
  const d = await session.newPage();
  const u = new URL(session.url(site.host, pagePath));
  if (lang === 'en') u.searchParams.set('hl', 'en');
  if (post) u.searchParams.set('post', post);
  if (fx.length) u.searchParams.set('fx', fx.join(','));
  await d.goto(u.href);
  const ok = await d.evaluate(() => !!(window.__fx && document.readyState === 'complete'));
  if (!ok) throw new Error(`fixture runtime missing on ${u.href}`);
  d.site = site; d.lang = lang;
  return d;
}

export async function waitFor(d, fn, arg, { timeout = DIALOG_TIMEOUT, interval = 25, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await d.evaluate(fn, arg);
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await sleep(interval);
  }
}

export const snapshot = (d) => d.evaluate(() => JSON.parse(window.__fx.snapshot()));
export const dialogInfo = (d) => d.evaluate(() => window.__fx.dialogInfo());
export const dialogShows = (d) => d.evaluate(() => window.__fx.dialogShows.length);
export const noticesAdded = (d) => d.evaluate(() => window.__fx.noticesAdded());
export const count = (d, kind, post) => d.evaluate(([k, p]) => (p ? window.__fx.countFor(k, p) : window.__fx.count(k)), [kind, post || null]);

/** Clicks the element (scrolled into view) with a trusted mouse click. */
export async function clickSel(d, sel, within) {
  const c = await d.evaluate(([s, w]) => window.__fx.center(s, w), [sel, within || null]);
  if (!c) throw new Error(`nothing to click at ${within ? within + ' ' : ''}${sel}`);
  await d.click(c.x, c.y);
  return c;
}

/** Clicks a control inside the dialog's shadow root with a trusted mouse click. */
export async function clickInDialog(d, sel) {
  const c = await d.evaluate((s) => window.__fx.dialogCenter(s), sel);
  if (!c) throw new Error(`no ${sel} in the dialog`);
  await d.click(c.x, c.y);
}

export async function waitForDialog(d, timeout = DIALOG_TIMEOUT) {
  await waitFor(d, () => window.__fx.dialogVisible(), null, { timeout, what: 'the Jaga Netral dialog' });
  return dialogInfo(d);
}

export async function waitDialogGone(d, timeout = DIALOG_TIMEOUT) {
  await waitFor(d, () => !window.__fx.dialogVisible(), null, { timeout, what: 'the dialog to close' });
}

export async function cancelDialog(d) {
  await clickInDialog(d, '[data-jn-action="cancel"]');
  await waitDialogGone(d);
}

/**
 * Presses "proceed" the way a person does. When proceed needs a reason, picks the first
 * one (input[name="jn-reason"]) first; handles both a reason list shown from the start and
 * one that appears after a first press of proceed.
 */
export async function proceedDialog(d) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const info = await dialogInfo(d);
    if (!info.visible) return;
    if (info.radios > 0 && !info.radioChecked) {
      await clickInDialog(d, 'input[name="jn-reason"]');
      await waitFor(d, () => window.__fx.dialogInfo().radioChecked, null, { timeout: 2000, what: 'the reason to be checked' });
    }
    await clickInDialog(d, '[data-jn-action="proceed"]');
    const gone = await waitFor(d, () => !window.__fx.dialogVisible() || (window.__fx.dialogInfo().radios > 0 && !window.__fx.dialogInfo().radioChecked) ? 'y' : null,
      null, { timeout: 3000, what: 'the dialog to accept proceed' }).catch(() => null);
    if (gone && !(await dialogInfo(d)).visible) return;
  }
  throw new Error(`the dialog did not close after proceed: ${JSON.stringify(await dialogInfo(d))}`);
}

/**
 * Performs a multi-step action (e.g. Repost, then the menu's Repost) on a post.
 * onDialog: 'cancel' | 'proceed' | 'stop' (leave the dialog open and return).
 * Returns { dialogAt: step index where the dialog showed or -1, dialog: info, done: whether
 * the site recorded the action }.
 */
export async function perform(d, site, action, post, { onDialog = 'cancel', beforeDialog } = {}) {
  const steps = action.steps.map((s) => stepSelector(site, s, post, d.lang));
  const before = await count(d, action.kind, post);
  const out = { dialogAt: -1, dialog: null, done: false };
  const probe = ([kind, p, b, next]) => {
    const fx = window.__fx;
    if (fx.dialogVisible()) return 'dialog';
    if (next && fx.present(next.sel, next.within)) return 'next';
    if (!next && (p ? fx.countFor(kind, p) : fx.count(kind)) > b) return 'done';
    return null;
  };
  for (let i = 0; i < steps.length; i++) {
    const next = steps[i + 1] || null;
    await clickSel(d, steps[i].sel, steps[i].within);
    let r = await waitFor(d, probe, [action.kind, post, before, next], { what: `step ${i + 1} of ${action.kind} on ${site.key} (dialog, next step or the action)` });
    if (r === 'dialog') {
      if (out.dialogAt !== -1) throw new Error(`${site.key}: the dialog showed again at step ${i + 1} of one ${action.kind}`);
      out.dialogAt = i;
      out.dialog = await dialogInfo(d);
      out.countAtDialog = await count(d, action.kind, post);
      if (beforeDialog) await beforeDialog(out);
      if (onDialog === 'stop') return out;
      if (onDialog === 'cancel') { await cancelDialog(d); return out; }
      await proceedDialog(d);
      r = await waitFor(d, probe, [action.kind, post, before, next], { what: `the ${action.kind} to go on after proceed` });
      if (r === 'dialog') throw new Error(`${site.key}: a second dialog after proceed on one ${action.kind}`);
    }
    if (r === 'done') out.done = true;
  }
  return out;
}

/** Inserts text at the caret of the focused box (contenteditable or textarea), as typing does. */
export async function insertText(d, text) {
  const ok = await d.evaluate((t) => document.execCommand('insertText', false, t), text);
  if (!ok) throw new Error('insertText failed');
}

/**
 * Writes text in a site's composer and submits it by clicking the submit control
 * (how='click') or by its keyboard shortcut (how='keys').
 */
export async function compose(d, site, text, how, { onDialog = 'cancel' } = {}) {
  const c = site.composer;
  for (const sel of c.prepare || []) await clickSel(d, sel);
  await clickSel(d, c.box);
  await insertText(d, text);
  const before = await count(d, c.kind);
  if (how === 'click') {
    if (!c.submit) throw new Error(`${site.key} has no submit button`);
    await clickSel(d, c.submit);
  } else {
    await d.chord(c.keys);
  }
  const out = { dialog: null, done: false };
  const r = await waitFor(d, ([k, b]) => (window.__fx.dialogVisible() ? 'dialog' : window.__fx.count(k) > b ? 'done' : null),
    [c.kind, before], { what: `the ${c.kind} or the dialog on ${site.key}` });
  if (r === 'done') { out.done = true; return out; }
  out.dialog = await dialogInfo(d);
  out.countAtDialog = await count(d, c.kind);
  if (onDialog === 'stop') return out;
  if (onDialog === 'cancel') { await cancelDialog(d); return out; }
  await proceedDialog(d);
  await waitFor(d, ([k, b]) => window.__fx.count(k) > b, [c.kind, before], { what: `the ${c.kind} after proceed` });
  out.done = true;
  return out;
}

export async function composerText(d, site) {
  return d.evaluate((sel) => { const el = window.__fx.qs(sel); return el ? (el.value !== undefined && el.localName === 'textarea' ? el.value : el.innerText) : null; }, site.composer.box);
}

export function artifact(...parts) { return path.join(ARTIFACTS, ...parts); }
