// Named messages: routing, sender checks, { data } / { error } replies, and the checks
// on what content scripts send.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeRouter, senderKind } from '../../extension/background/router.js';
import { MESSAGES, MESSAGE_NAMES } from '../../extension/shared/messages.js';
import { cleanClassifyRequest, cleanProceed, cleanNotCampaign, cleanOrigin, originPattern } from '../../extension/background/requests.js';

const identity = { extensionId: 'abc', extensionOrigin: 'chrome-extension://abc/' };
const tab = { id: 'abc', url: 'https://x.com/home', tab: { id: 7 } };
const page = { id: 'abc', url: 'chrome-extension://abc/ui/options.html' };

test('every message has a name and at least one allowed sender kind', () => {
  assert.ok(MESSAGE_NAMES.length > 5);
  for (const name of MESSAGE_NAMES) assert.ok(MESSAGES[name].length > 0, name);
});

test('sender kinds: content script in a web tab, extension page, anything else refused', () => {
  assert.equal(senderKind(tab, identity), 'content');
  assert.equal(senderKind(page, identity), 'ui');
  assert.equal(senderKind({ ...tab, id: 'other-extension' }, identity), null);
  assert.equal(senderKind({ id: 'abc', url: 'file:///etc/passwd', tab: { id: 1 } }, identity), null);
  assert.equal(senderKind(null, identity), null);
});

test('the router answers { data } and turns a throw into { error }', async () => {
  const route = makeRouter({ status: async () => ({ ok: 1 }), classify: async () => { throw new Error('boom'); } }, identity);
  assert.deepEqual(await route({ name: 'status' }, tab), { data: { ok: 1 } });
  assert.deepEqual(await route({ name: 'classify' }, tab), { error: 'boom' });
});

test('the router refuses unknown names and senders not allowed for a message', async () => {
  const route = makeRouter({ setPause: async () => 1, classify: async () => 2 }, identity);
  assert.match((await route({ name: 'nope' }, tab)).error, /unknown message/);
  assert.match((await route({ name: 'setPause' }, tab)).error, /not allowed/); // content may not pause
  assert.match((await route({ name: 'classify' }, page)).error, /not allowed/); // pages do not classify
  assert.deepEqual(await route({ name: 'setPause' }, page), { data: 1 });
  assert.throws(() => makeRouter({ bogus: () => 1 }, identity), /unknown message/);
});

test('classify requests: known actions only, strings bounded, extra fields dropped', () => {
  const r = cleanClassifyRequest({ action: 'like', text: 'x'.repeat(9000), platform: 'x', author: 'A', handle: '@a', url: 'javascript:alert(1)', has_media: 'yes', evil: 1 });
  assert.equal(r.text.length, 5000);
  assert.equal(r.url, undefined);
  assert.equal(r.has_media, false);
  assert.equal(r.evil, undefined);
  assert.throws(() => cleanClassifyRequest({ action: 'hack', text: '' }), /unknown action/);
  assert.throws(() => cleanClassifyRequest(null), /no request/);
});

test('proceed records keep no text: reason, action, platform, rule ids, score', () => {
  const e = cleanProceed({ reason: 'neutral_news', action: 'share', platform: 'facebook', rules: ['ajakan-memilih', 'Bad Id!', 3], level: 'warn', score: 77.4, text: 'secret' });
  assert.deepEqual(e, { platform: 'facebook', action: 'share', rules: ['ajakan-memilih'], level: 'warn', score: 77, reason: 'neutral_news' });
  assert.throws(() => cleanProceed({ reason: 'because', action: 'like' }), /unknown reason/);
});

test('not-campaign reports need a SHA-256 hex key', () => {
  const key = 'a'.repeat(64);
  assert.equal(cleanNotCampaign({ key, action: 'like', rules: [] }).key, key);
  assert.throws(() => cleanNotCampaign({ key: 'Ayo coblos', action: 'like' }), /bad key/);
});

test('origins for the generic adapter: http(s) only; patterns carry no port', () => {
  assert.equal(cleanOrigin('https://Example.org/path?q'), 'https://example.org');
  assert.equal(cleanOrigin('http://localhost:8080'), 'http://localhost:8080');
  assert.throws(() => cleanOrigin('file:///x'), /http/);
  assert.equal(originPattern('http://localhost:8080'), 'http://localhost/*');
});
