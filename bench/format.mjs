// How the bench writes its figures, the same in its own report (run.mjs) and in the Markdown for bench/README.md
// (summary.mjs), so the two never drift apart.

/** Milliseconds: one decimal under 10, whole above. */
export const ms = (n) => (n < 10 ? n.toFixed(1) : Math.round(n).toString());

/** A median with its (min–max) range, each written by `format`; '–' when there are no samples. */
export const medianRange = (s, format = ms) => (s ? `${format(s.median)} (${format(s.min)}–${format(s.max)})` : '–');

export const kb = (n) => `${(n / 1000).toFixed(1)} kB`;

/** The Lighthouse table's columns. */
export const LIGHTHOUSE_COLUMNS = ['page', 'score', 'FCP', 'LCP', 'LCP÷floor', 'TBT', 'CLS'];

/** One page's Lighthouse figures `m` as those columns, LCP also against the floor's `floorLcp`; CLS by `formatCls`. */
export const lighthouseCells = (name, m, floorLcp, formatCls) => [
  name,
  medianRange(m.score, String),
  medianRange(m.fcp),
  medianRange(m.lcp),
  floorLcp ? (m.lcp.median / floorLcp).toFixed(2) : '–',
  medianRange(m.tbt),
  medianRange(m.cls, formatCls),
];
