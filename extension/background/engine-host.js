// The engine, loaded once per background lifetime and only when first needed.
//
// A Chrome service worker (or Firefox event page) can be stopped at any time and
// started again by the next message; nothing here assumes it survived: the first
// request after a restart calls get(), which loads the wasm module and the bundled
// packs (engine/, rules/index.json) again. Only extension-internal URLs are fetched.
//
// If loading fails, state() is 'failed' and get() rejects: callers let every action
// through and the toolbar says protection is off. Logged once.

export function makeEngineHost({ getURL, fetch = globalThis.fetch, getLibrary = () => globalThis.JagaNetral, onChange = () => {} }) {
  let state = 'idle';
  let error = null;
  let loading = null;
  let engine = null;
  let packs = [];

  async function fetchOk(path) {
    const response = await fetch(getURL(path));
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return response;
  }

  async function load() {
    const library = getLibrary();
    if (!library || typeof library.createEngine !== 'function') throw new Error('engine script not loaded (engine/jaganetral.js)');
    const wasmBinary = new Uint8Array(await (await fetchOk('engine/jaganetral_core.wasm')).arrayBuffer());
    const created = await library.createEngine({ wasmBinary });
    const index = await (await fetchOk('rules/index.json')).json();
    const files = await Promise.all(index.files.map(async (file) => ({ file, text: await (await fetchOk(`rules/${file}`)).text() })));
    const loaded = created.loadPacks(files);
    if (!loaded.ok) {
      created.delete();
      throw new Error(`rule packs rejected: ${JSON.stringify(loaded.errors).slice(0, 400)}`);
    }
    packs = loaded.packs;
    // The engine's first classifications are slow (its patterns are compiled and the
    // wasm warmed on first use); pay that here, while the page is still loading, rather
    // than on the user's first click.
    for (const action of ['like', 'share']) {
      try { created.classify({ text: 'Selamat pagi, coblos nomor 1 #pemilu', action, platform: 'warmup' }); } catch { /* warming only */ }
    }
    return created;
  }

  return {
    /** -> Promise<engine>; loads on first call, shares one load between callers. */
    get() {
      if (engine) return Promise.resolve(engine);
      if (state === 'failed') return Promise.reject(error);
      if (!loading) {
        state = 'loading';
        loading = load().then((e) => {
          engine = e;
          state = 'ready';
          onChange(state);
          return e;
        }, (err) => {
          error = err instanceof Error ? err : new Error(String(err));
          state = 'failed';
          console.error('[Jaga Netral] the engine could not be loaded; protection is off:', error.message);
          onChange(state);
          throw error;
        });
      }
      return loading;
    },
    state: () => state,
    error: () => (error ? error.message : null),
    packs: () => packs,
  };
}
