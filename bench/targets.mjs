// Issue 24's targets (and issue 15's toggle), in their setting (bench/settings.mjs, bench/pages.mjs): what
// `npm run bench` marks as met or missed next to its results. They are set for the builder's code; the bench shows
// every page against them.
// `value(metrics, floor, pages)` reads a page's summarised samples (see bench/run.mjs), its scenario's floor and
// all of the scenario's pages.

const lcpRatio = (m, floor) => m.lcp.median / floor.lcp.median;
// A floor without any long task (none over 50 ms) counts as 50 ms, the threshold.
const longestRatio = (m, floor) => m.longest.median / Math.max(50, floor.longest.median);

/** The peers' pages: the desktop page's targets are to be ahead of every one of them. */
const PEERS = ['shoelace', 'web awesome', 'react'];
/** A page's median `metric` less the lowest of the peers' medians: below 0 is ahead of every peer. */
const overBestPeer = (metric) => (m, floor, pages) =>
  m[metric].median - Math.min(...PEERS.map((peer) => pages[peer]?.[metric].median ?? Infinity));

// Issue 24's, for the builder's code of every element: LCP within 1.25× the floor's, no shift, the longest task
// within 1.25× the floor's in the same run (the FAQ's toggle within 50 ms, as issue 15 set).
const scriptTag = [
  {label: 'LCP÷floor ≤ 1.25', max: 1.25, value: lcpRatio, digits: 2},
  {label: 'CLS p75 ≤ 0.05', max: 0.05, value: (m) => m.cls.p75, digits: 3},
  {label: "longest ÷ floor's ≤ 1.25", max: 1.25, value: longestRatio, digits: 2},
];

export const TARGETS = {
  faq: [...scriptTag, {label: 'toggle ≤ 50 ms', max: 50, value: (m) => m.toggle?.median}],
  article: scriptTag,
  takeaways: scriptTag,
  'red-flags': scriptTag,
  // The desktop peer page: lower LCP and TBT than every peer (milliseconds over the best peer's, so below 0).
  desktop: [
    {label: "LCP − best peer's < 0", max: -1, value: overBestPeer('lcp')},
    {label: "TBT − best peer's < 0", max: -1, value: overBestPeer('tbt')},
  ],
};
