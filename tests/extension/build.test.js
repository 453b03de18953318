// The build: one base manifest plus per-browser patches, minimal permissions, the CSP,
// and (when the engine is built) the real packages in dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { ROOT, ENGINE_BUILT } from './helpers.mjs';
import { makeManifest, mergePatch } from '../../extension/build/manifest.mjs';
import { buildRegions, titleCase } from '../../extension/build/regions.mjs';
import { drawIcon } from '../../extension/build/icons.mjs';
import { allMatchPatterns } from '../../extension/sites/index.js';
import base from '../../extension/manifest.base.json' with { type: 'json' };
import chrome from '../../extension/platform/chrome.json' with { type: 'json' };
import firefox from '../../extension/platform/firefox.json' with { type: 'json' };

const manifests = {
  chrome: makeManifest({ base, patch: chrome, sitePatterns: allMatchPatterns(), version: '1.2.3' }),
  firefox: makeManifest({ base, patch: firefox, sitePatterns: allMatchPatterns(), version: '1.2.3' }),
};

test('merge patch: objects merge, arrays and scalars replace, null deletes', () => {
  assert.deepEqual(mergePatch({ a: { b: 1, c: [1] }, d: 1 }, { a: { c: [2] }, d: null, e: 3 }), { a: { b: 1, c: [2] }, e: 3 });
});

test('Chrome gets a service worker; Firefox gets background scripts (engine first) and a gecko id', () => {
  assert.deepEqual(manifests.chrome.background, { service_worker: 'background/background.js' });
  assert.deepEqual(manifests.firefox.background.scripts, ['engine/jaganetral_core.js', 'engine/jaganetral.js', 'background/background.js']);
  assert.match(manifests.firefox.browser_specific_settings.gecko.id, /@/);
  assert.equal(manifests.chrome.browser_specific_settings, undefined);
});

test('minimal permissions, host access only to the supported sites, the CSP, document_start content script', () => {
  for (const m of Object.values(manifests)) {
    assert.equal(m.manifest_version, 3);
    assert.equal(m.version, '1.2.3');
    assert.deepEqual(m.permissions, ['storage', 'scripting', 'activeTab']);
    assert.deepEqual(m.host_permissions, allMatchPatterns());
    assert.ok(m.host_permissions.every((p) => /^\*:\/\/\*\.(x|twitter|facebook|instagram|tiktok|youtube|threads)\.(com|net)\/\*$/.test(p)), m.host_permissions.join());
    assert.equal(m.content_security_policy.extension_pages, "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'");
    assert.deepEqual(m.content_scripts[0].matches, allMatchPatterns());
    assert.equal(m.content_scripts[0].run_at, 'document_start');
    assert.equal(m.default_locale, 'id');
  }
});

test('regions: Kemendagri codes from idn-area-data, names in title case', () => {
  const r = buildRegions(path.join(ROOT, 'node_modules/idn-area-data'));
  assert.equal(r.provinces.length, 38);
  assert.deepEqual(r.provinces.find((p) => p.code === '33'), { code: '33', name: 'Jawa Tengah' });
  assert.deepEqual(r.regencies.find((x) => x.code === '33.25'), { code: '33.25', province: '33', name: 'Kabupaten Batang' });
  assert.equal(titleCase('DKI JAKARTA'), 'DKI Jakarta');
});

test('icons are PNG files', () => {
  const png = drawIcon(16, { shield: [15, 94, 89], mark: [255, 255, 255] });
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
});

test('the build fails loudly without the engine', () => {
  const script = path.join(ROOT, 'scripts/build-extension.mjs');
  // Run the real script against a copy of the repository layout that has no build/wasm.
  const tmp = fs.mkdtempSync(path.join(ROOT, 'dist-test-'));
  try {
    const code = `import { build } from ${JSON.stringify(script)}; try { await build({ root: ${JSON.stringify(tmp)}, log: () => {} }); process.exit(0); } catch (e) { console.error(e.message); process.exit(3); }`;
    let out = '';
    let status = 0;
    try { execFileSync(process.execPath, ['--input-type=module', '-e', code], { stdio: 'pipe' }); } catch (e) { status = e.status; out = String(e.stderr); }
    assert.equal(status, 3);
    assert.match(out, /the engine is not built: missing build\/wasm\/jaganetral_core\.js/);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test('dist/chrome and dist/firefox hold the engine, the packs with their index, the bundles and the locales', { skip: ENGINE_BUILT && fs.existsSync(path.join(ROOT, 'dist/chrome/manifest.json')) ? false : 'not built' }, () => {
  for (const b of ['chrome', 'firefox']) {
    const dir = path.join(ROOT, 'dist', b);
    for (const f of ['manifest.json', 'engine/jaganetral_core.wasm', 'engine/jaganetral_core.js', 'engine/jaganetral.js', 'rules/index.json',
      'background/background.js', 'content/content.js', 'ui/options.html', 'ui/options.js', 'ui/popup.html', 'ui/popup.js',
      '_locales/id/messages.json', '_locales/en/messages.json', 'data/regions.json', 'icons/icon-128.png']) {
      assert.ok(fs.existsSync(path.join(dir, f)), `${b}: ${f}`);
    }
    const index = JSON.parse(fs.readFileSync(path.join(dir, 'rules/index.json'), 'utf8'));
    assert.ok(index.files.length >= 1 && !index.files.includes('README.md'));
    assert.ok(fs.existsSync(path.join(ROOT, 'dist', `jaga-netral-${b}.zip`)));
    // No remote code or requests: no http(s) fetches in the bundles.
    const bundles = ['background/background.js', 'content/content.js', 'ui/options.js', 'ui/popup.js'].map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
    assert.doesNotMatch(bundles, /fetch\(\s*['"`]https?:/);
    assert.doesNotMatch(bundles, /XMLHttpRequest|WebSocket|sendBeacon|\beval\(|new Function\(/);
  }
});
