// Injected by bench/run.mjs into every bench page before any page script (the same on every page, the
// floor included): records paint, layout-shift and long-task entries, when the widgets finished their first
// render, and how long a click takes to reach the next paint. Results land on window.bench.
(() => {
  const bench = (window.bench = {
    fcp: 0,
    lcp: 0,
    cls: 0,
    shifts: [],
    longTasks: [],
    readyAt: undefined,
    toggle: undefined,
  });
  const observe = (type, record) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(record)).observe({type, buffered: true});
    } catch {
      // An entry type this browser lacks stays at its zero value.
    }
  };
  observe('paint', (entry) => entry.name === 'first-contentful-paint' && (bench.fcp = entry.startTime));
  observe('largest-contentful-paint', (entry) => (bench.lcp = entry.startTime));
  // CLS as Core Web Vitals define it: the largest session window of shifts (each less than 1 s after the
  // previous one, the window at most 5 s long); during a load that is nearly always every shift. Every shift
  // counts: nothing is clicked before CLS is read, and Chromium flags shifts as following "recent input" on
  // pages driven by automation even when none happened.
  let session = {start: -Infinity, last: -Infinity, value: 0};
  observe('layout-shift', (entry) => {
    if (entry.startTime - session.last > 1000 || entry.startTime - session.start > 5000) {
      session = {start: entry.startTime, last: entry.startTime, value: 0};
    }
    session.value += entry.value;
    session.last = entry.startTime;
    bench.cls = Math.max(bench.cls, session.value);
    bench.shifts.push({start: entry.startTime, value: entry.value});
  });
  observe('longtask', (entry) => bench.longTasks.push({start: entry.startTime, duration: entry.duration}));

  // Ready: every custom element on the page, and every one inside their shadow roots, is defined and has
  // finished its first update (Lit's updateComplete); plus `data-bench-ready`, a selector that must match
  // (for widgets that are not custom elements, e.g. React's).
  async function settle(root) {
    const elements = [...root.querySelectorAll('*')].filter((el) => el.localName.includes('-'));
    await Promise.all(
      elements.map(async (el) => {
        await customElements.whenDefined(el.localName);
        await el.updateComplete;
        if (el.shadowRoot) await settle(el.shadowRoot);
      })
    );
  }
  function appears(selector) {
    return new Promise((resolve) => {
      const check = () => document.querySelector(selector) && (observer.disconnect(), resolve());
      const observer = new MutationObserver(check);
      observer.observe(document, {childList: true, subtree: true});
      check();
    });
  }
  bench.ready = new Promise((resolve) => {
    document.addEventListener('DOMContentLoaded', async () => {
      const selector = document.documentElement.dataset.benchReady;
      await Promise.all([settle(document), selector && appears(selector)]);
      bench.readyAt = performance.now();
      resolve();
    });
  });

  // Toggle latency: from the click's timestamp to the first task after the next frame, i.e. after the
  // browser painted the handler's result.
  addEventListener(
    'click',
    (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => setTimeout(() => (bench.toggle = performance.now() - start)));
    },
    {capture: true, once: true}
  );
})();
