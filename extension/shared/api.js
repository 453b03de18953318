// The WebExtension namespace. Firefox has promise-returning `browser`; Chrome's MV3
// `chrome` returns promises too. Everything else in the extension uses `api`.
export const api = globalThis.browser && globalThis.browser.runtime ? globalThis.browser : globalThis.chrome;
