/*
 * Jaga Netral engine: the public JavaScript API over the WebAssembly module.
 *
 * A UMD script: `require('./jaganetral.js')` in Node, `importScripts(...)` in a worker
 * or extension background (then `self.JagaNetral`). It needs Emscripten's loader,
 * `createJagaNetralCore`, which Node finds beside this file (build/wasm or the
 * extension's engine/ folder) and a worker gets from importing jaganetral_core.js first.
 *
 * Design note: the C++ side speaks JSON text through five plain C functions
 * (wasm/bindings.cc). Only the engine handle crosses the boundary; this wrapper owns
 * it and frees it in delete(). Errors become exceptions only here, at the top.
 * See wasm/README.md for the request and verdict shapes.
 */
(function (root, factory) {
  'use strict';
  if (typeof module === 'object' && module.exports) {
    // Literal paths only: beside this file (the extension's engine/ folder) or in the
    // repository's build output. (addons-linter flags require() of a computed path.)
    module.exports = factory(function loadCore() {
      try {
        return require('./jaganetral_core.js');
      } catch (besideMissing) {
        try {
          return require('../build/wasm/jaganetral_core.js');
        } catch (buildMissing) {
          throw new Error('jaganetral_core.js not found beside wasm/jaganetral.js or in build/wasm: build the wasm module first');
        }
      }
    });
  } else {
    root.JagaNetral = factory(function loadCore() {
      if (typeof root.createJagaNetralCore !== 'function') {
        throw new Error('createJagaNetralCore is missing: import jaganetral_core.js before jaganetral.js');
      }
      return root.createJagaNetralCore;
    });
  }
})(typeof self !== 'undefined' ? self : this, function (loadCore) {
  'use strict';

  const ACTIONS = ['like', 'share', 'repost', 'comment', 'post', 'follow', 'join'];

  // Page text may hold lone surrogates, which JSON.stringify escapes and no UTF-8
  // parser accepts. U+FFFD is one UTF-16 unit too, so span offsets stay right.
  const wellFormed = typeof String.prototype.toWellFormed === 'function'
    ? (s) => s.toWellFormed()
    : (s) => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

  function sanitizeRequest(request) {
    const out = {};
    for (const [key, value] of Object.entries(request)) {
      out[key] = typeof value === 'string' ? wellFormed(value) : value;
    }
    return out;
  }

  class JagaNetralError extends Error {
    constructor(message, problems) {
      super(message);
      this.name = 'JagaNetralError';
      this.problems = problems || [];
    }
  }

  class Engine {
    constructor(core) {
      this._core = core;
      this._handle = core._jn_engine_new();
    }

    // Calls a C function that takes strings and returns a malloc'd JSON string.
    _call(name, ...strings) {
      if (!this._handle) throw new JagaNetralError('the engine was deleted');
      const core = this._core;
      const pointers = strings.map((s) => {
        const size = core.lengthBytesUTF8(s) + 1;
        const p = core._malloc(size);
        core.stringToUTF8(s, p, size);
        return p;
      });
      try {
        const result = core['_' + name](this._handle, ...pointers);
        try {
          return JSON.parse(core.UTF8ToString(result));
        } finally {
          core._jn_free(result);
        }
      } finally {
        for (const p of pointers) core._free(p);
      }
    }

    /**
     * Replaces the packs in force, all or nothing.
     * @param {{file: string, text: string}[]} packs
     * @returns {{ok: true, packs: object[]} | {ok: false, errors: {file, pointer, message}[]}}
     */
    loadPacks(packs) {
      if (!Array.isArray(packs)) throw new JagaNetralError('loadPacks expects a list of {file, text}');
      const list = packs.map((p, i) => ({ file: wellFormed(String(p.file || `pack ${i}`)), text: wellFormed(String(p.text)) }));
      return this._call('jn_load_packs', JSON.stringify(list));
    }

    /**
     * Classifies one request (see wasm/README.md). Throws JagaNetralError with
     * .problems for a malformed request; bad settings fall back to defaults and are
     * listed in verdict.warnings.
     */
    classify(request) {
      if (!request || typeof request !== 'object') throw new JagaNetralError('classify expects a request object');
      if (request.action !== undefined && !ACTIONS.includes(request.action)) {
        throw new JagaNetralError(`unknown action "${request.action}"`, [{ pointer: '/action', message: 'unknown action' }]);
      }
      let json;
      try {
        json = JSON.stringify(sanitizeRequest(request));
      } catch (e) {
        // A cycle, a BigInt or nesting deeper than the JS stack (settings read back
        // from a corrupted storage, say): a malformed request like any other.
        throw new JagaNetralError(`invalid request: not serializable as JSON (${e.message})`,
          [{ pointer: '/', message: `not serializable as JSON: ${e.message}` }]);
      }
      const reply = this._call('jn_classify', json);
      if (!reply.ok) {
        const first = reply.errors[0] || { pointer: '/', message: 'invalid request' };
        throw new JagaNetralError(`invalid request: ${first.pointer}: ${first.message}`, reply.errors);
      }
      return reply.verdict;
    }

    /** The elections of the packs in force, with their phases. */
    elections() {
      return this._call('jn_elections');
    }

    /** The packs in force. */
    packs() {
      return this._call('jn_packs');
    }

    /**
     * The size of the module's linear memory in bytes (the wasm heap). It only grows:
     * the figure is the high-water mark of everything the engine has needed so far.
     */
    heapBytes() {
      return this._core.HEAP8.buffer.byteLength;
    }

    /** Frees the C++ engine; the object is unusable afterwards. */
    delete() {
      if (this._handle) {
        this._core._jn_engine_delete(this._handle);
        this._handle = 0;
      }
    }
  }

  /**
   * Instantiates the module and returns a new Engine.
   * @param {{wasmBinary: ArrayBuffer|Uint8Array}} options the bytes of jaganetral_core.wasm
   *   (Emscripten 3.1.6 cannot fetch them itself under Node, and an extension reads
   *   them with fetch(runtime.getURL(...)))
   */
  async function createEngine(options) {
    if (!options || !options.wasmBinary) {
      throw new JagaNetralError('createEngine needs {wasmBinary}: the bytes of jaganetral_core.wasm');
    }
    const factory = loadCore();
    const core = await factory({
      wasmBinary: options.wasmBinary,
      print: () => {},
      printErr: (line) => { if (options.onLog) options.onLog(line); },
    });
    return new Engine(core);
  }

  return { createEngine, Error: JagaNetralError, ACTIONS };
});
