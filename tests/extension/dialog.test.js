// The warning dialog: the contract the end-to-end tests rely on (data-jn-dialog, open
// shadow root, data-jn-action buttons, jn-reason radios, cancel focused), page text as
// text nodes only, highlights, and choices that need trusted events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makePage } from './helpers.mjs';
import { makeDialog, authorLine } from '../../extension/content/dialog.js';
import { captureBuiltins, domHelpers } from '../../extension/content/builtins.js';
import { makeT } from '../../extension/shared/i18n.js';

const TEXT = '<b>Ayo coblos</b> nomor 2, Prabowo-Gibran! <img src=x onerror=alert(1)>';
const at = (s) => TEXT.indexOf(s);
const VERDICT = {
  level: 'warn', score: 88, action: 'like', photo_checklist: true,
  active_elections: [{ id: 'pilkada-x', name: { id: 'Pilkada Kabupaten Batang 2029', en: '2029 Batang election' }, phase: 'campaign', phase_start: '2029-09-25', phase_end: '2029-11-23', own_region: true }],
  reasons: [
    { rule: 'ajakan', severity: 'high', message: { id: 'Ajakan memilih peserta pemilu.', en: 'A call to vote for a contestant.' },
      legal_basis: [{ id: 'skb', title: { id: 'SKB Netralitas ASN 2022' }, sanction: { id: 'Hukuman disiplin berat' } }],
      spans: [{ begin: at('Prabowo'), end: at('Prabowo') + 14, role: 'primary', text: 'Prabowo-Gibran' }, { begin: at('coblos'), end: at('coblos') + 6, role: 'support' }] },
    { rule: 'tagar', severity: 'low', message: { id: 'Tagar kampanye.' }, legal_basis: [], spans: [] },
  ],
};

function setup(lang = 'id') {
  const page = makePage('https://x.com/home', '<button id="like">Suka</button>');
  const N = captureBuiltins(page.window);
  const dom = domHelpers(N);
  const shown = [];
  const dialog = makeDialog({ doc: page.document, dom, t: makeT(lang), onEvent: (e) => shown.push(e) });
  page.document.getElementById('like').focus();
  const pending = dialog.open({ verdict: VERDICT, request: { text: TEXT, action: 'like', author: 'Relawan <i>X</i>', handle: '@relawan' }, lang, regionSet: true });
  const host = page.document.querySelector('[data-jn-dialog]');
  const root = host.shadowRoot;
  const q = (sel) => root.querySelector(sel);
  // A user event as the dialog receives it from the intercept module.
  const userEvent = (type, target, extra = {}) => ({ type, isTrusted: true, target, composedPath: () => [target, root, host], preventDefault() {}, ...extra });
  return { page, dialog, pending, host, root, q, userEvent, shown };
}

test('the host carries data-jn-dialog and an open shadow root with role=alertdialog, labelled and described', () => {
  const { page, host, q, dialog, shown } = setup();
  assert.equal(host.localName, 'jaga-netral-dialog');
  assert.ok(host.shadowRoot, 'open shadow root');
  const box = q('[role="alertdialog"]');
  assert.equal(box.getAttribute('aria-modal'), 'true');
  assert.match(q(`#${box.getAttribute('aria-labelledby')}`).textContent, /Sebentar/);
  assert.match(q(`#${box.getAttribute('aria-describedby')}`).textContent, /Anda akan menyukai konten ini/);
  assert.ok(q('[data-jn-action="cancel"]') && q('[data-jn-action="proceed"]') && q('[data-jn-action="not-campaign"]'));
  assert.equal(host.shadowRoot.querySelectorAll('input[name="jn-reason"]').length, 3);
  assert.equal(dialog.isOpen(), true);
  assert.deepEqual(shown, ['shown']);
  page.close();
});

test('"Batalkan" is focused; proceed starts disabled until a reason is picked', () => {
  const { page, root, q } = setup();
  assert.equal(root.activeElement, q('[data-jn-action="cancel"]'));
  assert.equal(q('[data-jn-action="proceed"]').getAttribute('aria-disabled'), 'true');
  page.close();
});

test('page text goes in as text: markup in the post and author shows literally, highlights are <mark>', () => {
  const { page, root, q } = setup();
  assert.equal(root.querySelectorAll('img, b, i, script').length, 0);
  const quote = q('blockquote');
  assert.equal(quote.textContent, TEXT);
  const marks = [...quote.querySelectorAll('mark')].map((m) => [m.textContent, m.className]);
  assert.deepEqual(marks, [['coblos', 'support'], ['Prabowo-Gibran', 'primary']]);
  assert.match(root.textContent, /Relawan <i>X<\/i> · @relawan/);
  page.close();
});

test('why, legal basis with sanction, election and phase, photo checklist, reminder', () => {
  const { page, root } = setup();
  const text = root.textContent;
  assert.match(text, /Ajakan memilih peserta pemilu\./);
  assert.match(text, /SKB Netralitas ASN 2022/);
  assert.match(text, /Sanksi: Hukuman disiplin berat/);
  assert.match(text, /Pilkada Kabupaten Batang 2029, tahap kampanye \(25 September 2029 s\.d\. 23 November 2029\)/);
  assert.match(text, /Alasan lain \(1\)/);
  assert.match(text, /Tidak ada atribut partai/);
  assert.match(text, /Keputusan tetap ada di tangan Anda/);
  page.close();
});

test('English through _locales', () => {
  const { page, root } = setup('en');
  assert.match(root.textContent, /You are about to like this content/);
  assert.match(root.textContent, /A call to vote for a contestant\./);
  assert.match(root.textContent, /2029 Batang election, campaign phase/);
  assert.equal(root.querySelector('[data-jn-action="cancel"]').textContent, 'Cancel');
  page.close();
});

test('untrusted clicks on proceed do nothing, even with a reason chosen by script', async () => {
  const { page, dialog, q, userEvent } = setup();
  const radio = q('input[name="jn-reason"]');
  radio.checked = true;
  dialog.handle({ ...userEvent('click', q('[data-jn-action="proceed"]')), isTrusted: false });
  assert.equal(dialog.isOpen(), true);
  // A trusted click on proceed still needs a reason the user picked.
  dialog.handle(userEvent('click', q('[data-jn-action="proceed"]')));
  assert.equal(dialog.isOpen(), true, 'a reason checked by a page script does not count');
  assert.match(q('.hint').textContent, /Pilih salah satu alasan/);
  page.close();
});

test('proceed with a reason the user picked resolves once with that reason', async () => {
  const { page, dialog, q, userEvent, pending } = setup();
  const radios = page.window.document.querySelector('[data-jn-dialog]').shadowRoot.querySelectorAll('input[name="jn-reason"]');
  radios[1].checked = true;
  dialog.handle(userEvent('change', radios[1]));
  assert.equal(q('[data-jn-action="proceed"]').getAttribute('aria-disabled'), 'false');
  dialog.handle(userEvent('click', q('[data-jn-action="proceed"]')));
  assert.deepEqual(await pending, { choice: 'proceed', reason: 'official_account' });
  assert.equal(page.document.querySelector('[data-jn-dialog]'), null, 'the dialog is removed');
  assert.equal(dialog.isOpen(), false);
  page.close();
});

test('Escape cancels; focus goes back to where it was', async () => {
  const { page, dialog, q, userEvent, pending } = setup();
  dialog.handle(userEvent('keydown', q('[data-jn-action="cancel"]'), { key: 'Escape' }));
  assert.deepEqual(await pending, { choice: 'cancel', reason: null });
  assert.equal(page.document.activeElement, page.document.getElementById('like'));
  page.close();
});

test('Tab stays inside the dialog (focus trap)', () => {
  const { page, dialog, root, q, userEvent } = setup();
  const cancel = q('[data-jn-action="cancel"]');
  dialog.handle(userEvent('keydown', cancel, { key: 'Tab', shiftKey: false }));
  const after = root.activeElement;
  assert.ok(after && root.contains(after), 'focus stays in the shadow root');
  for (let i = 0; i < 20; i++) dialog.handle(userEvent('keydown', root.activeElement, { key: 'Tab', shiftKey: false }));
  assert.ok(root.contains(root.activeElement));
  page.close();
});

test('"this is not campaign material" resolves as not_campaign; a second open while one is shown is refused', async () => {
  const { page, dialog, q, userEvent, pending } = setup();
  assert.deepEqual(await dialog.open({ verdict: VERDICT, request: { text: 'x', action: 'like' }, lang: 'id', regionSet: true }), { choice: 'busy', reason: null });
  dialog.handle(userEvent('click', q('[data-jn-action="not-campaign"]')));
  assert.equal((await pending).choice, 'not_campaign');
  page.close();
});

test('no region set: the dialog says how to set it', () => {
  const page = makePage('https://x.com/', '');
  const dialog = makeDialog({ doc: page.document, dom: domHelpers(captureBuiltins(page.window)), t: makeT('id') });
  dialog.open({ verdict: { ...VERDICT, active_elections: [], photo_checklist: false }, request: { text: 'Ayo', action: 'share' }, lang: 'id', regionSet: false });
  const text = page.document.querySelector('[data-jn-dialog]').shadowRoot.textContent;
  assert.match(text, /Anda akan membagikan konten ini/);
  assert.match(text, /tidak ada tahapan pemilu yang aktif/);
  assert.match(text, /Wilayah kerja Anda belum diatur/);
  assert.doesNotMatch(text, /Tidak ada atribut partai/);
  page.close();
});

test('the author line names a username once', () => {
  assert.equal(authorLine('relawan_nusantara', 'relawan_nusantara'), 'relawan_nusantara');
  assert.equal(authorLine('Relawan_Nusantara', '@relawan_nusantara'), '@relawan_nusantara');
  assert.equal(authorLine('Relawan Nusantara', '@relawan_nusantara'), 'Relawan Nusantara · @relawan_nusantara');
  assert.equal(authorLine('', '@akun'), '@akun');
  assert.equal(authorLine(undefined, undefined), '');
});
