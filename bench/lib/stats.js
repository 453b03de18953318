// Small statistics helpers shared by the bench scripts.
'use strict';

// The value at quantile q of the samples (nearest rank, as native_bench.cc does).
function quantile(samples, q) {
  if (!samples.length) return null;
  const s = Float64Array.from(samples).sort();
  const rank = Math.min(s.length, Math.max(1, Math.ceil(q * s.length)));
  return s[rank - 1];
}

const median = (samples) => quantile(samples, 0.5);

// Rounds for display and JSON: 3 significant digits, at most 3 decimals.
function round(x) {
  if (x === null || x === undefined || !Number.isFinite(x)) return x;
  if (Math.abs(x) >= 100) return Math.round(x);
  return Number(x.toPrecision(3));
}

module.exports = { quantile, median, round };
