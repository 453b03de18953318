// Translations for everything the user reads, from _locales/{id,en}/messages.json.
//
// chrome.i18n follows the browser's UI language only, while the user may choose the
// language in the options page; so the two message files are bundled and looked up
// here. The manifest still uses chrome.i18n (__MSG_extName__). Indonesian is the default
// and the fallback for any missing key.

import id from '../_locales/id/messages.json' with { type: 'json' };
import en from '../_locales/en/messages.json' with { type: 'json' };

const DICTIONARIES = { id, en };

/** 'id' | 'en' from the setting ('id' | 'en' | 'browser') and the browser's language. */
export function pickLanguage(setting, browserLanguage) {
  if (setting === 'id' || setting === 'en') return setting;
  const lang = String(browserLanguage || '').toLowerCase();
  if (lang.startsWith('en')) return 'en';
  return 'id';
}

/** makeT(lang) -> t(key, ...substitutions); $1..$9 in a message are replaced in order. */
export function makeT(lang) {
  const dict = DICTIONARIES[lang] || id;
  return function t(key, ...subs) {
    const entry = dict[key] || id[key];
    if (!entry) return key;
    return entry.message.replace(/\$(\d)/g, (_, n) => (subs[n - 1] === undefined ? '' : String(subs[n - 1])));
  };
}

/** A localized text from a rule pack ({ id, en }): en falls back to id. */
export function localized(text, lang) {
  if (!text) return '';
  if (typeof text === 'string') return text;
  return (lang === 'en' && text.en) || text.id || text.en || '';
}

export const MESSAGE_KEYS = { id: Object.keys(id), en: Object.keys(en) };
