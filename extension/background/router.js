// Named messages: the name must be in shared/messages.js, the sender must be of a kind
// allowed to send it, and the reply is { data } or { error }. A handler that throws
// becomes { error } (its message), never an unanswered port.

import { MESSAGES, FROM_CONTENT, FROM_UI } from '../shared/messages.js';

/** 'content' | 'ui' | null for a runtime.onMessage sender. */
export function senderKind(sender, { extensionId, extensionOrigin }) {
  if (!sender || sender.id !== extensionId) return null;
  const url = String(sender.url || '');
  if (url.startsWith(extensionOrigin)) return FROM_UI;
  if (sender.tab && /^https?:/.test(url)) return FROM_CONTENT;
  return null;
}

export function makeRouter(handlers, identity) {
  for (const name of Object.keys(handlers)) {
    if (!MESSAGES[name]) throw new Error(`router: handler for unknown message "${name}"`);
  }
  return async function route(message, sender) {
    const name = message && typeof message.name === 'string' ? message.name : '';
    if (!Object.hasOwn(MESSAGES, name) || !handlers[name]) return { error: `unknown message: ${name || '(none)'}` };
    const kind = senderKind(sender, identity);
    if (!kind || !MESSAGES[name].includes(kind)) return { error: `not allowed from this sender: ${name}` };
    try {
      const data = await handlers[name](message, sender);
      return { data: data === undefined ? null : data };
    } catch (err) {
      return { error: String((err && err.message) || err) };
    }
  };
}
