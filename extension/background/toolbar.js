// The toolbar button: a badge and a title that say when protection is off, and why.

import { makeT } from '../shared/i18n.js';

export function makeToolbar(action) {
  return {
    /** show({ off_reason: null | 'engine' | 'paused', language }) */
    async show({ off_reason, language }) {
      const tt = makeT(language);
      try {
        if (off_reason === 'engine') {
          await action.setBadgeText({ text: 'OFF' });
          await action.setBadgeBackgroundColor({ color: '#b42318' });
          await action.setTitle({ title: `${tt('extName')}: ${tt('status_off_engine')}` });
          await action.setIcon({ path: { 16: '/icons/icon-off-16.png', 32: '/icons/icon-off-32.png' } });
        } else if (off_reason === 'paused') {
          await action.setBadgeText({ text: 'OFF' });
          await action.setBadgeBackgroundColor({ color: '#616e7c' });
          await action.setTitle({ title: `${tt('extName')}: ${tt('status_paused_short')}` });
          await action.setIcon({ path: { 16: '/icons/icon-off-16.png', 32: '/icons/icon-off-32.png' } });
        } else {
          await action.setBadgeText({ text: '' });
          await action.setTitle({ title: `${tt('extName')}: ${tt('status_on')}` });
          await action.setIcon({ path: { 16: '/icons/icon-16.png', 32: '/icons/icon-32.png' } });
        }
      } catch (err) {
        // The toolbar is a courtesy; never let it stop an answer.
        console.warn('[Jaga Netral] toolbar update failed:', err && err.message);
      }
    },
  };
}
