// Medians with their range: the only statistics the tables show.

/** `{ median, min, max, n }` of the numbers, or null for none. */
export function summary(values) {
  const sorted = values
    .filter((value) => typeof value === 'number' && Number.isFinite(value))
    .sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length };
}

/** "4.6 (2.5–9.7)" with `digits` decimals. */
export function formatSummary(stat, digits = 1) {
  if (!stat) return 'n/a';
  const format = (value) => value.toFixed(digits);
  return stat.min === stat.max
    ? format(stat.median)
    : `${format(stat.median)} (${format(stat.min)}–${format(stat.max)})`;
}

/** ours / peer as "0.61×". */
export function ratio(ours, peer) {
  if (!(ours >= 0) || !(peer > 0)) return 'n/a';
  return `${(ours / peer).toFixed(2)}×`;
}
