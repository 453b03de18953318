// Build-time: the toolbar and store icons, drawn here (no binary files in the repo):
// a shield with a check mark, teal when protection is on, grey when it is off.

import zlib from 'node:zlib';

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) {
    c ^= buf[i];
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA pixels (Uint8Array, size*size*4) -> PNG bytes. */
export function encodePng(size, rgba) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// The shield, in a unit square: flat-topped, straight sides, curving to a point.
function inShield(x, y) {
  if (y < 0.08 || y > 0.95 || x < 0.12 || x > 0.88) return false;
  if (y < 0.55) return true;
  const t = (y - 0.55) / 0.4; // 0 at the shoulder, 1 at the point
  const half = 0.38 * Math.sqrt(Math.max(0, 1 - t * t));
  return Math.abs(x - 0.5) <= half;
}

function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax; const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function inCheck(x, y) {
  const w = 0.075;
  return distToSegment(x, y, 0.31, 0.5, 0.45, 0.64) < w || distToSegment(x, y, 0.45, 0.64, 0.7, 0.34) < w;
}

export function drawIcon(size, { shield, mark }) {
  const px = new Uint8Array(size * size * 4);
  const S = 4; // 4x4 supersampling for smooth edges
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let cover = 0; let check = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const u = (x + (sx + 0.5) / S) / size;
          const v = (y + (sy + 0.5) / S) / size;
          if (inShield(u, v)) { cover++; if (inCheck(u, v)) check++; }
        }
      }
      const i = (y * size + x) * 4;
      if (!cover) continue;
      const m = check / cover;
      for (let c = 0; c < 3; c++) px[i + c] = Math.round(shield[c] * (1 - m) + mark[c] * m);
      px[i + 3] = Math.round((255 * cover) / (S * S));
    }
  }
  return encodePng(size, px);
}

export const ICON_SETS = {
  on: { shield: [15, 94, 89], mark: [255, 255, 255], sizes: [16, 32, 48, 128], name: (s) => `icon-${s}.png` },
  off: { shield: [123, 135, 148], mark: [255, 255, 255], sizes: [16, 32], name: (s) => `icon-off-${s}.png` },
};
