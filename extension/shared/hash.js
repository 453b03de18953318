// Hashes of content.
//
// fnv1a: a fast synchronous 53-bit hash, for the content script's in-memory verdict
// cache (a click handler cannot await crypto.subtle and still pass the click on in the
// same task). Not stored anywhere.
//
// contentKey: the SHA-256 of the normalized content, hex. It is what "this is not
// campaign material" silences and what the feedback file carries, never the text.

export function fnv1a(text) {
  // Two 32-bit FNV-1a lanes with different offsets, combined: fewer collisions than one.
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h2 >>> 15);
  }
  return (h2 >>> 0) * 0x200000 + ((h1 >>> 0) & 0x1fffff);
}

/** The normalized form whose hash identifies "this exact content": text and author handle. */
export function normalizeContent(text, handle) {
  const norm = (s) => String(s || '').normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  return `${norm(text)}\u0000${norm(handle)}`;
}

export async function contentKey(text, handle, subtle = globalThis.crypto.subtle) {
  const bytes = new TextEncoder().encode(normalizeContent(text, handle));
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
