// The Kemendagri region list bundled at build time (data/regions.json, from
// idn-area-data): provinces and kabupaten/kota with their codes.

export async function loadRegions(getURL) {
  const response = await fetch(getURL('data/regions.json'));
  const data = await response.json();
  const byCode = new Map();
  for (const p of data.provinces) byCode.set(p.code, p.name);
  for (const r of data.regencies) byCode.set(r.code, r.name);
  return {
    provinces: data.provinces,
    regenciesOf: (province) => data.regencies.filter((r) => r.province === province),
    name: (code) => byCode.get(code) || code,
  };
}

/** "Kabupaten Batang, Jawa Tengah" for a { province, regency } setting, or ''. */
export function regionLabel(region, regions) {
  if (!region || !region.province) return '';
  const province = regions.name(region.province);
  return region.regency ? `${regions.name(region.regency)}, ${province}` : province;
}
