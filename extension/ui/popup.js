// The toolbar popup: protection on or off (and why), region, active election and phase,
// warnings today, a one-hour pause, and the generic adapter for the site in this tab.

import { api } from '../shared/api.js';
import { makeT, localized } from '../shared/i18n.js';
import { formatDay } from '../shared/dates.js';
import { siteForHost } from '../sites/index.js';
import { applyI18n } from './page-i18n.js';
import { loadRegions, regionLabel } from './regions-data.js';
import { send } from './send.js';

const $ = (id) => document.getElementById(id);
const HOUR = 60 * 60 * 1000;

async function currentTab() {
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab || null;
}

function originOf(url) {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? `${u.protocol}//${u.host}` : null;
  } catch { return null; }
}

async function render() {
  const reply = await send('status');
  const status = reply.data;
  const lang = status ? status.language : 'id';
  const t = makeT(lang);
  applyI18n(document, t, lang);
  if (!status) {
    $('status').classList.add('off');
    $('status-title').textContent = t('status_off');
    $('status-detail').textContent = reply.error || '';
    return;
  }
  const regions = await loadRegions((p) => api.runtime.getURL(p));

  // Protection.
  const off = !status.protecting;
  $('status').classList.toggle('off', off);
  $('status-title').textContent = off ? t('status_off') : t('status_on');
  $('status-detail').textContent = status.off_reason === 'engine' ? t('status_off_engine')
    : status.off_reason === 'paused' ? t('status_paused_until', new Date(status.paused_until).toLocaleTimeString(lang === 'en' ? 'en-GB' : 'id-ID', { hour: '2-digit', minute: '2-digit' }))
      : t('status_on_detail');

  // Region, elections, counter.
  $('region').textContent = regionLabel(status.region, regions) || t('popup_region_unset');
  const active = status.active_elections;
  $('elections').textContent = active === null ? t('popup_election_unknown')
    : active.length ? active.map((e) => t('popup_election_line', localized(e.name, lang), t(`phase_${e.phase}`), formatDay(e.end, lang))).join('; ')
      : t('popup_election_none');
  $('warnings').textContent = String(status.warnings_today);
  $('pause').checked = status.off_reason === 'paused' || !!status.paused_until;

  if (status.settings_notice) {
    $('notice').hidden = false;
    $('notice').textContent = t('settings_notice_short');
  }

  // The site in this tab.
  const tab = await currentTab().catch(() => null);
  const origin = tab && originOf(tab.url);
  if (origin) {
    const host = new URL(origin).hostname;
    const supported = siteForHost(host);
    const enabled = status.generic_sites.includes(origin);
    $('site').hidden = false;
    $('site-text').textContent = supported ? t('popup_site_supported', supported.name) : enabled ? t('popup_site_enabled', host) : t('popup_site_unsupported', host);
    $('site-toggle').hidden = !!supported;
    $('site-toggle').textContent = enabled ? t('popup_site_disable') : t('popup_site_enable');
    $('site-toggle').onclick = () => toggleSite(origin, tab.id, enabled, t);
  }
}

async function toggleSite(origin, tabId, enabled, t) {
  const host = new URL(origin).hostname;
  const pattern = `${new URL(origin).protocol}//${host}/*`;
  if (enabled) {
    await send('disableSite', { origin });
    await api.permissions.remove({ origins: [pattern] }).catch(() => false);
  } else {
    // The request must come straight from the click: browsers only show it then.
    const granted = await api.permissions.request({ origins: [pattern] }).catch(() => false);
    if (!granted) { $('site-text').textContent = t('popup_site_denied'); return; }
    const reply = await send('enableSite', { origin, tabId });
    if (reply.error) { $('site-text').textContent = reply.error; return; }
  }
  render();
}

$('pause').addEventListener('change', async (event) => {
  await send('setPause', { until: event.target.checked ? Date.now() + HOUR : 0 });
  render();
});
$('open-options').addEventListener('click', () => { api.runtime.openOptionsPage(); window.close(); });

render();
