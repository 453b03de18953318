// The options page: region, elections and their phases, custom period, sensitivity,
// guarded actions, year-round protection, language; export/import/reset of the
// settings; the history and the feedback (view, export, clear).
//
// Every save is checked against settings.schema.json (shared/settings.js) first: an
// invalid value is refused with a message next to its field, and nothing is stored.

import { api } from '../shared/api.js';
import { makeT, pickLanguage, localized } from '../shared/i18n.js';
import { defaultSettings, validateSettings, settingsFromStored } from '../shared/settings.js';
import { KEYS } from '../shared/storage-keys.js';
import { electionCovers, activePhase } from '../shared/regions.js';
import { localDay, formatDay } from '../shared/dates.js';
import { applyI18n } from './page-i18n.js';
import { loadRegions } from './regions-data.js';
import { send } from './send.js';
import { downloadJson } from './download.js';
import { fieldFor, messageFor } from './field-errors.js';
import { renderTable } from './history-view.js';

const $ = (id) => document.getElementById(id);
const storage = api.storage.local;
const state = { settings: defaultSettings(), regions: null, elections: null, t: makeT('id'), lang: 'id' };

// ---- reading and writing the form ---------------------------------------------------

function option(value, text) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  return o;
}

function fillProvinces() {
  const select = $('province');
  select.textContent = '';
  select.appendChild(option('', state.t('region_none')));
  for (const p of state.regions.provinces) select.appendChild(option(p.code, `${p.name} (${p.code})`));
}

function fillRegencies(province) {
  const select = $('regency');
  select.textContent = '';
  select.appendChild(option('', province ? state.t('region_whole_province') : state.t('region_pick_province_first')));
  select.disabled = !province;
  if (!province) return;
  for (const r of state.regions.regenciesOf(province)) select.appendChild(option(r.code, `${r.name} (${r.code})`));
}

function showSettings(s) {
  fillProvinces();
  $('province').value = s.region.province || '';
  fillRegencies(s.region.province);
  $('regency').value = s.region.regency || '';
  $('custom-on').checked = !!s.custom_period;
  $('custom-start').value = s.custom_period ? s.custom_period.start : '';
  $('custom-end').value = s.custom_period ? s.custom_period.end : '';
  for (const r of document.querySelectorAll('input[name="sensitivity"]')) r.checked = r.value === s.sensitivity;
  for (const c of document.querySelectorAll('input[data-action]')) c.checked = s.actions[c.dataset.action] !== false;
  $('year-round').checked = s.year_round;
  $('language').value = s.language;
  renderElections(s);
}

function regionFromForm() {
  return { province: $('province').value || null, regency: $('regency').value || null };
}

// The elections covering the region (or every election when none is chosen yet), each
// with its phases; unknown dates get inputs (phase_overrides).
function renderElections(s) {
  const list = $('elections-list');
  list.textContent = '';
  const { t, lang } = state;
  if (!state.elections) {
    list.appendChild(Object.assign(document.createElement('p'), { className: 'muted', textContent: t('elections_unavailable') }));
    return;
  }
  const region = regionFromForm();
  const shown = state.elections.filter((e) => electionCovers(e, region));
  if (!shown.length) {
    list.appendChild(Object.assign(document.createElement('p'), { className: 'muted', textContent: t('elections_none') }));
    return;
  }
  const today = localDay();
  const chosen = new Set(s.elections);
  for (const e of shown) {
    const box = document.createElement('div');
    box.className = 'election';
    const head = document.createElement('label');
    head.className = 'check';
    const check = document.createElement('input');
    check.type = 'checkbox';
    check.dataset.election = e.id;
    check.checked = chosen.size === 0 || chosen.has(e.id);
    head.appendChild(check);
    const title = document.createElement('h3');
    title.textContent = localized(e.name, lang);
    const active = activePhase(e, today, s.phase_overrides);
    if (active) title.appendChild(Object.assign(document.createElement('span'), { className: 'active', textContent: t('elections_active_now', t(`phase_${active.phase}`)) }));
    head.appendChild(title);
    box.appendChild(head);

    const table = document.createElement('table');
    const hr = table.appendChild(document.createElement('thead')).appendChild(document.createElement('tr'));
    for (const k of ['phase_label', 'date_start', 'date_end']) hr.appendChild(Object.assign(document.createElement('th'), { textContent: t(k) }));
    const body = table.appendChild(document.createElement('tbody'));
    for (const p of e.phases) {
      const tr = body.appendChild(document.createElement('tr'));
      tr.appendChild(Object.assign(document.createElement('td'), { textContent: t(`phase_${p.phase}`) }));
      if (p.start && p.end) {
        tr.appendChild(Object.assign(document.createElement('td'), { textContent: formatDay(p.start, lang) }));
        tr.appendChild(Object.assign(document.createElement('td'), { textContent: formatDay(p.end, lang) }));
      } else {
        const o = (s.phase_overrides[e.id] || []).find((x) => x.phase === p.phase);
        for (const end of ['start', 'end']) {
          const input = Object.assign(document.createElement('input'), { type: 'date', value: o ? o[end] : '' });
          input.dataset.override = e.id;
          input.dataset.phase = p.phase;
          input.dataset.end = end;
          input.setAttribute('aria-label', `${t(`phase_${p.phase}`)} ${t(end === 'start' ? 'date_start' : 'date_end')} (${t('date_unknown')})`);
          input.setAttribute('aria-describedby', `err-override-${e.id}`);
          tr.appendChild(document.createElement('td')).appendChild(input);
        }
      }
    }
    const scroll = document.createElement('div');
    scroll.className = 'table-scroll';
    scroll.appendChild(table);
    box.appendChild(scroll);
    box.appendChild(Object.assign(document.createElement('p'), { className: 'error', id: `err-override-${e.id}`, role: 'alert' }));
    list.appendChild(box);
  }
}

/** The settings the form describes, plus problems found before the schema check. */
function settingsFromForm() {
  const s = structuredClone(state.settings);
  const early = [];
  s.region = regionFromForm();
  const boxes = [...document.querySelectorAll('input[data-election]')];
  const checked = boxes.filter((b) => b.checked).map((b) => b.dataset.election);
  if (boxes.length && !checked.length) early.push({ pointer: '/elections', keyword: 'elections', friendly: state.t('err_elections_none') });
  // Every shown election checked means "all covering my region": stored as [].
  s.elections = checked.length === boxes.length ? [] : checked;

  const overrides = {};
  const pending = {};
  for (const input of document.querySelectorAll('input[data-override]')) {
    const k = `${input.dataset.override}\u0000${input.dataset.phase}`;
    pending[k] = pending[k] || { id: input.dataset.override, phase: input.dataset.phase };
    pending[k][input.dataset.end] = input.value;
  }
  for (const p of Object.values(pending)) {
    if (!p.start && !p.end) continue;
    if (!p.start || !p.end) { early.push({ pointer: `/phase_overrides/${p.id}`, keyword: 'pattern', friendly: state.t('err_date_pair') }); continue; }
    (overrides[p.id] = overrides[p.id] || []).push({ phase: p.phase, start: p.start, end: p.end });
  }
  // Overrides for elections not shown now (another region) are kept as they were.
  for (const [id, list] of Object.entries(state.settings.phase_overrides)) {
    if (!document.querySelector(`input[data-override="${CSS.escape(id)}"]`)) overrides[id] = list;
  }
  s.phase_overrides = overrides;

  if ($('custom-on').checked) {
    s.custom_period = { start: $('custom-start').value, end: $('custom-end').value };
    if (!s.custom_period.start || !s.custom_period.end) early.push({ pointer: '/custom_period', keyword: 'pattern', friendly: state.t('err_date_pair') });
  } else {
    s.custom_period = null;
  }
  const sens = document.querySelector('input[name="sensitivity"]:checked');
  s.sensitivity = sens ? sens.value : 'normal';
  for (const c of document.querySelectorAll('input[data-action]')) s.actions[c.dataset.action] = c.checked;
  s.year_round = $('year-round').checked;
  s.language = $('language').value;
  return { settings: s, early };
}

function clearErrors() {
  for (const el of document.querySelectorAll('.error')) el.textContent = '';
}

function showProblems(problems) {
  clearErrors();
  for (const p of problems) {
    const el = $(fieldFor(p.pointer)) || $('err-general');
    const text = p.friendly || messageFor(p, state.t);
    el.textContent = el.textContent ? `${el.textContent} ${text}` : text;
  }
  const first = problems.length && ($(fieldFor(problems[0].pointer)) || $('err-general'));
  if (first) first.scrollIntoView({ block: 'center' });
}

// ---- saving -------------------------------------------------------------------------

async function save(settings) {
  await storage.set({ [KEYS.settings]: settings });
  await storage.remove(KEYS.settingsNotice);
  state.settings = settings;
  $('settings-notice').hidden = true;
}

async function onSubmit(event) {
  event.preventDefault();
  $('saved').textContent = '';
  const { settings, early } = settingsFromForm();
  const problems = early.length ? early : validateSettings(settings);
  if (problems.length) { showProblems(problems); $('saved').textContent = state.t('not_saved'); return; }
  clearErrors();
  const languageChanged = settings.language !== state.settings.language;
  await save(settings);
  if (languageChanged) await setLanguage();
  $('saved').textContent = state.t('saved');
}

async function onImport(event) {
  const file = event.target.files && event.target.files[0];
  event.target.value = '';
  $('err-import').textContent = '';
  $('file-status').textContent = '';
  if (!file) return;
  let value;
  try { value = JSON.parse(await file.text()); } catch { $('err-import').textContent = state.t('err_import_json'); return; }
  const problems = validateSettings(value);
  if (problems.length) {
    $('err-import').textContent = `${state.t('err_import_invalid')} ${problems.slice(0, 5).map((p) => `${p.pointer || '/'}: ${p.message}`).join('; ')}`;
    return;
  }
  await save(value);
  await setLanguage();
  showSettings(value);
  $('file-status').textContent = state.t('imported');
}

async function onReset() {
  if (!confirm(state.t('reset_confirm'))) return;
  const settings = defaultSettings();
  await save(settings);
  await setLanguage();
  showSettings(settings);
  clearErrors();
  $('file-status').textContent = state.t('reset_done');
}

// ---- history and feedback -----------------------------------------------------------

async function renderRecords() {
  const { t, lang } = state;
  const got = await storage.get([KEYS.history, KEYS.feedback]);
  const when = (iso) => new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'medium', timeStyle: 'short' });
  renderTable(document, $('history'), {
    empty: t('history_empty'),
    rows: got[KEYS.history] || [],
    columns: [
      { label: t('col_when'), value: (r) => when(r.at) },
      { label: t('col_site'), value: (r) => r.platform },
      { label: t('col_action'), value: (r) => t(`actions_${r.action === 'repost' ? 'share' : r.action}`) },
      { label: t('col_rules'), value: (r) => (r.rules || []).join(', ') },
      { label: t('col_reason'), value: (r) => t(`reason_${r.reason}`) },
    ],
  });
  renderTable(document, $('feedback'), {
    empty: t('feedback_empty'),
    rows: got[KEYS.feedback] || [],
    columns: [
      { label: t('col_date'), value: (r) => formatDay(r.date, lang) },
      { label: t('col_site'), value: (r) => r.platform },
      { label: t('col_rules'), value: (r) => (r.rules || []).join(', ') },
      { label: t('col_hash'), value: (r) => `${String(r.hash).slice(0, 12)}…` },
    ],
  });
}

async function exportRecords(key, filename) {
  const got = await storage.get(key);
  downloadJson(document, filename, { format: 1, exported: new Date().toISOString(), entries: got[key] || [] });
}

async function clearRecords(keys) {
  if (!confirm(state.t('clear_confirm'))) return;
  await storage.remove(keys);
  renderRecords();
}

// ---- start --------------------------------------------------------------------------

async function setLanguage() {
  state.lang = pickLanguage(state.settings.language, api.i18n.getUILanguage());
  state.t = makeT(state.lang);
  applyI18n(document, state.t, state.lang);
  if (state.regions) showSettings(state.settings);
  renderRecords();
}

async function start() {
  const got = await storage.get([KEYS.settings, KEYS.settingsNotice]);
  const { settings, problems } = settingsFromStored(got[KEYS.settings]);
  state.settings = settings;
  await setLanguage();
  const notice = got[KEYS.settingsNotice] || (problems.length ? { problems } : null);
  if (notice) {
    $('settings-notice').hidden = false;
    const list = $('settings-notice-list');
    for (const p of notice.problems.slice(0, 8)) list.appendChild(Object.assign(document.createElement('li'), { textContent: `${p.pointer || '/'}: ${p.message}` }));
  }
  $('welcome').hidden = !(new URLSearchParams(location.search).has('welcome') || !settings.region.province);

  state.regions = await loadRegions((p) => api.runtime.getURL(p));
  const reply = await send('elections');
  if (reply.data) state.elections = reply.data.elections;
  else {
    $('engine-notice').hidden = false;
    $('engine-notice-text').textContent = state.t('elections_engine_error', reply.error || '');
  }
  showSettings(settings);

  $('province').addEventListener('change', () => { fillRegencies($('province').value); renderElections(settingsFromForm().settings); });
  $('regency').addEventListener('change', () => renderElections(settingsFromForm().settings));
  $('form').addEventListener('submit', onSubmit);
  $('import-file').addEventListener('change', onImport);
  $('export').addEventListener('click', () => downloadJson(document, 'jaga-netral-pengaturan.json', state.settings));
  $('reset').addEventListener('click', onReset);
  $('history-export').addEventListener('click', () => exportRecords(KEYS.history, 'jaga-netral-riwayat.json'));
  $('feedback-export').addEventListener('click', () => exportRecords(KEYS.feedback, 'jaga-netral-umpan-balik.json'));
  $('history-clear').addEventListener('click', () => clearRecords([KEYS.history]));
  $('feedback-clear').addEventListener('click', () => clearRecords([KEYS.feedback, KEYS.silenced]));
  $('settings-notice-ok').addEventListener('click', async () => { await storage.remove(KEYS.settingsNotice); $('settings-notice').hidden = true; });
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && (changes[KEYS.history] || changes[KEYS.feedback])) renderRecords();
  });
}

start();
