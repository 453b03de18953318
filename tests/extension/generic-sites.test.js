// The generic adapter on other sites: one registered content script that follows
// settings.generic_sites and the host permissions the user granted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeGenericSites } from '../../extension/background/generic-sites.js';

function fakes(granted) {
  const registered = new Map();
  const injected = [];
  return {
    registered, injected,
    permissions: { contains: async ({ origins }) => origins.every((o) => granted.includes(o)) },
    scripting: {
      getRegisteredContentScripts: async ({ ids }) => ids.filter((id) => registered.has(id)).map((id) => registered.get(id)),
      unregisterContentScripts: async ({ ids }) => ids.forEach((id) => registered.delete(id)),
      registerContentScripts: async (list) => list.forEach((s) => registered.set(s.id, s)),
      executeScript: async (args) => injected.push(args),
    },
  };
}

test('registers the content script only for origins whose permission was granted', async () => {
  const f = fakes(['https://forum.example.org/*']);
  const sites = makeGenericSites(f);
  await sites.sync(['https://forum.example.org', 'https://other.example.org']);
  const s = f.registered.get('jn-generic');
  assert.deepEqual(s.matches, ['https://forum.example.org/*']);
  assert.deepEqual(s.js, ['content/content.js']);
  assert.equal(s.runAt, 'document_start');
  await sites.sync([]);
  assert.equal(f.registered.size, 0);
});

test('injects into the tab that was just enabled', async () => {
  const f = fakes([]);
  await makeGenericSites(f).inject(42);
  assert.deepEqual(f.injected, [{ target: { tabId: 42 }, files: ['content/content.js'] }]);
});
