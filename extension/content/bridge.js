// Named messages to the background (shared/messages.js). Replies are { data } or
// { error }; a background that does not answer in time, or an extension that was
// reloaded under this page (its context is gone), is an { error }: the caller lets
// the action through.

export function makeBridge(api, { timeoutMs = 4000, setTimeout = globalThis.setTimeout, clearTimeout = globalThis.clearTimeout } = {}) {
  let disconnected = false;
  return {
    get disconnected() { return disconnected; },
    send(name, fields = {}) {
      if (disconnected) return Promise.resolve({ error: 'disconnected' });
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve({ error: 'timeout' }), timeoutMs);
        const done = (reply) => { clearTimeout(timer); resolve(reply && (reply.data !== undefined || reply.error) ? reply : { error: 'no-reply' }); };
        try {
          if (!api || !api.runtime || !api.runtime.id) throw new Error('Extension context invalidated.');
          Promise.resolve(api.runtime.sendMessage({ name, ...fields })).then(done, (err) => {
            if (/context invalidated|receiving end does not exist/i.test(String(err && err.message))) disconnected = /invalidated/i.test(String(err.message)) || disconnected;
            done({ error: String((err && err.message) || err) });
          });
        } catch (err) {
          disconnected = true;
          done({ error: String((err && err.message) || err) });
        }
      });
    },
  };
}
