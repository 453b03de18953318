// Build-time: the Kemendagri province and kabupaten/kota list for the options page,
// from the idn-area-data package's CSV files, as one small JSON file.

import fs from 'node:fs';
import path from 'node:path';

const KEEP_UPPER = new Set(['DKI', 'DI']);

/** "KABUPATEN ACEH SELATAN" -> "Kabupaten Aceh Selatan"; "DKI JAKARTA" keeps "DKI". */
export function titleCase(name) {
  return name.trim().split(/\s+/).map((w) => (KEEP_UPPER.has(w) ? w : w.charAt(0) + w.slice(1).toLowerCase()))
    .join(' ')
    .replace(/\b(\w)(\w*)-(\w)/g, (m, a, b, c) => `${a}${b}-${c.toUpperCase()}`);
}

function readCsv(file) {
  const [header, ...lines] = fs.readFileSync(file, 'utf8').split(/\r?\n/).filter(Boolean);
  const cols = header.split(',');
  return lines.map((line) => {
    // These files quote nothing; names contain no commas.
    const cells = line.split(',');
    return Object.fromEntries(cols.map((c, i) => [c, cells[i]]));
  });
}

export function buildRegions(packageDir) {
  const data = path.join(packageDir, 'data');
  const provinces = readCsv(path.join(data, 'provinces.csv')).map((p) => ({ code: p.code, name: titleCase(p.name) }));
  const regencies = readCsv(path.join(data, 'regencies.csv')).map((r) => ({ code: r.code, province: r.province_code, name: titleCase(r.name) }));
  for (const r of regencies) {
    if (!/^\d{2}\.\d{2}$/.test(r.code) || !r.code.startsWith(`${r.province}.`)) throw new Error(`regions: unexpected code ${r.code}`);
  }
  return { source: 'idn-area-data (Kemendagri)', provinces, regencies };
}
