// Checking what content scripts send before it reaches the engine or storage: known
// actions only, strings of bounded length, rule ids and hashes of the expected shape.
// A content script runs on pages we do not control; its messages are input.

import { PROCEED_REASONS } from '../shared/messages.js';

export const ACTIONS = ['like', 'share', 'repost', 'comment', 'post', 'follow', 'join'];
const TEXT_MAX = 5000;

function str(value, max) {
  return typeof value === 'string' ? value.slice(0, max) : '';
}

/** -> the engine request fields (without date and settings), or throws. */
export function cleanClassifyRequest(request) {
  if (!request || typeof request !== 'object') throw new Error('classify: no request');
  if (!ACTIONS.includes(request.action)) throw new Error('classify: unknown action');
  const out = { text: str(request.text, TEXT_MAX), action: request.action, platform: str(request.platform, 30) || 'web' };
  const author = str(request.author, 200);
  const handle = str(request.handle, 100);
  const url = str(request.url, 500);
  if (author) out.author = author;
  if (handle) out.handle = handle;
  if (/^https?:\/\//.test(url)) out.url = url;
  out.has_media = request.has_media === true;
  return out;
}

const RULE_ID = /^[a-z0-9][a-z0-9_-]{0,99}$/;
const HASH = /^[0-9a-f]{64}$/;

function cleanRules(rules) {
  return Array.isArray(rules) ? rules.filter((r) => typeof r === 'string' && RULE_ID.test(r)).slice(0, 20) : [];
}

/** A "proceed anyway" history entry, or throws. */
export function cleanProceed(message) {
  if (!PROCEED_REASONS.includes(message.reason)) throw new Error('recordProceed: unknown reason');
  if (!ACTIONS.includes(message.action)) throw new Error('recordProceed: unknown action');
  return {
    platform: str(message.platform, 30) || 'web',
    action: message.action,
    rules: cleanRules(message.rules),
    level: ['allow', 'caution', 'warn'].includes(message.level) ? message.level : 'warn',
    score: Number.isFinite(message.score) ? Math.max(0, Math.min(100, Math.round(message.score))) : null,
    reason: message.reason,
  };
}

/** A not-campaign report, or throws. */
export function cleanNotCampaign(message) {
  if (typeof message.key !== 'string' || !HASH.test(message.key)) throw new Error('reportNotCampaign: bad key');
  if (!ACTIONS.includes(message.action)) throw new Error('reportNotCampaign: unknown action');
  return { key: message.key, rules: cleanRules(message.rules), action: message.action, platform: str(message.platform, 30) || 'web' };
}

/** An origin for the generic adapter: http(s), host, optional port; or throws. */
export function cleanOrigin(origin) {
  let url;
  try { url = new URL(String(origin)); } catch { throw new Error('not an origin'); }
  if (!/^https?:$/.test(url.protocol)) throw new Error('only http and https sites');
  return `${url.protocol}//${url.host}`.toLowerCase();
}

/** The match pattern that covers an origin (match patterns carry no port). */
export function originPattern(origin) {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}
