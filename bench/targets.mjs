// Issue 15's and issue 24's targets, in its setting (bench/settings.mjs, bench/pages.mjs): what `npm run bench` marks as met
// or missed next to its results. They are set for the loader pages; the bench shows every page against them.
// `value(metrics, floor)` reads a page's summarised samples (see bench/run.mjs) and its scenario's floor.

const lcpRatio = (m, floor) => m.lcp.median / floor.lcp.median;
// A floor without any long task (none over 50 ms) counts as 50 ms, the threshold.
const longestRatio = (m, floor) => m.longest.median / Math.max(50, floor.longest.median);

export const TARGETS = {
  faq: [
    {label: 'LCP÷floor ≤ 1.25', max: 1.25, value: lcpRatio, digits: 2},
    {label: 'CLS p75 ≤ 0.05', max: 0.05, value: (m) => m.cls.p75, digits: 3},
    {label: 'longest task ≤ 50 ms', max: 50, value: (m) => m.longest.median},
    {label: 'toggle ≤ 50 ms', max: 50, value: (m) => m.toggle?.median},
  ],
  // Issue 24's, for the builder's code: LCP within 1.25× the floor's, no shift, the longest task within 1.25× the
  // floor's in the same run.
  ...Object.fromEntries(
    ['takeaways', 'red-flags'].map((scenario) => [
      scenario,
      [
        {label: 'LCP÷floor ≤ 1.25', max: 1.25, value: lcpRatio, digits: 2},
        {label: 'CLS p75 ≤ 0.05', max: 0.05, value: (m) => m.cls.p75, digits: 3},
        {label: "longest ÷ floor's ≤ 1.25", max: 1.25, value: longestRatio, digits: 2},
      ],
    ])
  ),
  article: [
    {label: 'LCP÷floor ≤ 1.35', max: 1.35, value: lcpRatio, digits: 2},
    {label: 'CLS p75 ≤ 0.05', max: 0.05, value: (m) => m.cls.p75, digits: 3},
    {label: 'longest task ≤ 100 ms', max: 100, value: (m) => m.longest.median},
  ],
};
