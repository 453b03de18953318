// Every message between the content scripts, the UI pages and the background, by name.
// A message is { name, ...fields }; a reply is { data } or { error }.
// FROM says who may send it: the background checks the sender against it.

export const FROM_CONTENT = 'content'; // a tab's content script
export const FROM_UI = 'ui';           // the options page or the popup (an extension page)

export const MESSAGES = {
  // content -> background: the verdict for one action on one piece of content.
  // { request: { text, action, platform, author?, handle?, url?, has_media? } }
  // -> { data: { verdict | null, key, protecting, off_reason, language } }
  classify: [FROM_CONTENT],
  // content -> background: a warning dialog was shown (counts "warnings today").
  warningShown: [FROM_CONTENT],
  // content -> background: the user proceeded after a warning, with a short reason.
  // { key, reason, rules, action, platform, level, score }
  recordProceed: [FROM_CONTENT],
  // content -> background: "this is not campaign material": silence this content and
  // keep an anonymous feedback record. { key, rules, action, platform }
  reportNotCampaign: [FROM_CONTENT],
  // content/ui -> background: is protection on, and why not. -> { data: status }
  status: [FROM_CONTENT, FROM_UI],
  // ui -> background: the elections and packs the engine knows.
  elections: [FROM_UI],
  // ui -> background: pause protection until a time (ms since epoch), or 0 to resume.
  setPause: [FROM_UI],
  // ui -> background: turn the generic adapter on for an origin whose permission the
  // popup has just been granted, and inject it into the tab. { origin, tabId }
  enableSite: [FROM_UI],
  // ui -> background: turn it off again. { origin }
  disableSite: [FROM_UI],
};

export const MESSAGE_NAMES = Object.keys(MESSAGES);

// Reasons the user can give for proceeding after a warning (stored in the history).
export const PROCEED_REASONS = ['neutral_news', 'official_account', 'other'];
