// What the background answers, message by message (names in shared/messages.js).

import { engineSettings, isActionGuarded, validateSettings } from '../shared/settings.js';
import { pickLanguage } from '../shared/i18n.js';
import { contentKey } from '../shared/hash.js';
import { localDay } from '../shared/dates.js';
import { activeElections } from '../shared/regions.js';
import { KEYS } from '../shared/storage-keys.js';
import { cleanClassifyRequest, cleanProceed, cleanNotCampaign, cleanOrigin } from './requests.js';

export function makeHandlers({ host, store, records, storage, uiLanguage, toolbar, genericSites, now = () => new Date() }) {
  async function pausedUntil() {
    const got = await storage.get(KEYS.pausedUntil);
    const until = Number(got[KEYS.pausedUntil]) || 0;
    return until > now().getTime() ? until : 0;
  }

  // Whether protection is on, and why not. Starts loading the engine (lazily, once)
  // without waiting for it: a page load should not wait for wasm.
  async function baseStatus() {
    const settings = await store.get();
    const paused = await pausedUntil();
    if (host.state() === 'idle') host.get().catch(() => {});
    const engineFailed = host.state() === 'failed';
    const off_reason = engineFailed ? 'engine' : paused ? 'paused' : null;
    return {
      settings,
      status: {
        protecting: !off_reason,
        off_reason,
        engine: host.state(),
        engine_error: engineFailed ? host.error() : null,
        paused_until: paused,
        language: pickLanguage(settings.language, uiLanguage()),
        region_set: !!(settings.region.province || settings.region.regency),
      },
    };
  }

  async function refreshToolbar() {
    const { status } = await baseStatus();
    await toolbar.show(status);
    return status;
  }

  return {
    refreshToolbar,

    async classify(message) {
      const request = cleanClassifyRequest(message.request);
      const { settings, status } = await baseStatus();
      if (!status.protecting) return { ...status, verdict: null, key: null };
      if (!isActionGuarded(settings, request.action)) return { ...status, verdict: null, key: null };
      let engine;
      try {
        engine = await host.get();
      } catch {
        await refreshToolbar().catch(() => {});
        return { ...status, protecting: false, off_reason: 'engine', engine: 'failed', verdict: null, key: null };
      }
      const key = await contentKey(request.text, request.handle);
      if (await records.isSilenced(key)) return { ...status, engine: host.state(), verdict: null, key, silenced: true };
      const verdict = engine.classify({ ...request, date: localDay(now()), settings: engineSettings(settings) });
      return { ...status, engine: host.state(), verdict, key };
    },

    async warningShown(message) {
      const stats = await records.countShown(message.level === 'caution' ? 'caution' : 'warn');
      return { warnings: stats.warnings };
    },

    async recordProceed(message) {
      await records.addHistory(cleanProceed(message));
      return true;
    },

    async reportNotCampaign(message) {
      await records.reportNotCampaign(cleanNotCampaign(message));
      return true;
    },

    async status() {
      const { settings, status } = await baseStatus();
      const stats = await records.today();
      let elections = null;
      if (host.state() === 'ready') {
        const engine = await host.get();
        elections = activeElections(engine.elections(), settings, localDay(now()));
      }
      const notice = (await storage.get(KEYS.settingsNotice))[KEYS.settingsNotice] || null;
      return {
        ...status,
        region: settings.region,
        active_elections: elections,
        custom_period: settings.custom_period,
        warnings_today: stats.warnings,
        cautions_today: stats.cautions,
        generic_sites: settings.generic_sites,
        settings_notice: notice,
      };
    },

    async elections() {
      const engine = await host.get();
      return { elections: engine.elections(), packs: engine.packs(), today: localDay(now()) };
    },

    async setPause(message) {
      const until = Number(message.until) || 0;
      if (until < 0 || until > now().getTime() + 24 * 3600 * 1000) throw new Error('setPause: out of range');
      await storage.set({ [KEYS.pausedUntil]: until });
      return refreshToolbar();
    },

    async enableSite(message) {
      const origin = cleanOrigin(message.origin);
      const settings = structuredClone(await store.get());
      if (!settings.generic_sites.includes(origin)) settings.generic_sites.push(origin);
      if (validateSettings(settings).length) throw new Error('enableSite: settings would be invalid');
      await storage.set({ [KEYS.settings]: settings });
      store.invalidate();
      await genericSites.sync(settings.generic_sites);
      if (Number.isInteger(message.tabId)) await genericSites.inject(message.tabId);
      return { generic_sites: settings.generic_sites };
    },

    async disableSite(message) {
      const origin = cleanOrigin(message.origin);
      const settings = structuredClone(await store.get());
      settings.generic_sites = settings.generic_sites.filter((o) => o !== origin);
      await storage.set({ [KEYS.settings]: settings });
      store.invalidate();
      await genericSites.sync(settings.generic_sites);
      return { generic_sites: settings.generic_sites };
    },
  };
}
