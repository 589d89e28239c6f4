// Pages handed from one test to the next in Chromium, instead of a new browser context for every page.
//
// Why: on this 2-core CI machine a new context and page costs about 1.2 CPU seconds (a renderer process
// started, a storage partition made), against 0.45 s to load the same FAQ page in a page that is already
// open (measured side by side, 15 loads each). The page tests open hundreds of pages, and CI is CPU-bound.
//
// How: `pooled(browser)` wraps browser.newContext() and browser.newPage(). A context the test closes goes
// back to the pool with its first page, once that page is a clean slate again: the page's own storage
// cleared, navigated to about:blank (the test's document and its scripts gone), the init scripts, routes and
// listeners the test added removed, cookies and the HTTP cache cleared. The next context asked for with the
// same options gets it, and the viewport they name (a page's own size is put back). A context or page that
// a test changed in a way a clean slate does not undo (a permission, cookies added, media emulation, history
// walked, a second page) is closed for real instead, as is one whose page the test closed or that fails to
// clean up.

/** Methods after which a page is not handed on. */
const PAGE_CHANGES = [
  'routeFromHAR',
  'routeWebSocket',
  'exposeFunction',
  'exposeBinding',
  'emulateMedia',
  'setExtraHTTPHeaders',
  'goBack',
  'goForward',
  'setDefaultTimeout',
  'setDefaultNavigationTimeout',
];
/** Methods after which a context is not handed on. */
const CONTEXT_CHANGES = [
  'routeFromHAR',
  'routeWebSocket',
  'exposeFunction',
  'exposeBinding',
  'grantPermissions',
  'clearPermissions',
  'addCookies',
  'setExtraHTTPHeaders',
  'setOffline',
  'setGeolocation',
  'setHTTPCredentials',
  'newCDPSession',
  'setDefaultTimeout',
  'setDefaultNavigationTimeout',
];
const LISTENING = ['on', 'addListener', 'once', 'prependListener'];

/** Wraps `target[name]` so that the Disposable it resolves to (Playwright 1.65) is kept in `disposables`. */
function keepDisposable(target, name, disposables) {
  const original = target[name].bind(target);
  target[name] = async (...args) => {
    const disposable = await original(...args);
    disposables.push(disposable);
    return disposable;
  };
}

/** Calls `onCall` before each of `methods` of `target` (an instance's own override of its class's method). */
function before(target, methods, onCall) {
  for (const name of methods) {
    const original = target[name];
    if (typeof original !== 'function') continue;
    target[name] = function (...args) {
      onCall(name, args);
      return original.apply(this, args);
    };
  }
}

export function pooled(browser) {
  const idle = new Map(); // options key -> entries ready to hand out
  const entries = new WeakMap(); // context -> its entry
  const newContext = browser.newContext.bind(browser);

  /** A fresh context with its first page, kept for the pool; the calls that change them are watched. */
  async function create(options) {
    const context = await newContext(options);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const entry = {
      key: JSON.stringify(options ?? {}),
      context,
      page,
      cdp,
      disposables: [],
      closeContext: context.close.bind(context),
    };
    const newPage = context.newPage.bind(context);
    const closePage = page.close.bind(page);
    before(context, CONTEXT_CHANGES, () => (entry.dirty = true));
    before(page, PAGE_CHANGES, () => (entry.dirty = true));
    for (const target of [context, page]) {
      before(target, LISTENING, (name, [event, listener]) => entry.listeners.push([target, event, listener]));
      keepDisposable(target, 'addInitScript', entry.disposables);
    }
    // The size the context was made with: a test may change its page's, which is put back on release.
    const setViewportSize = page.setViewportSize.bind(page);
    const size = options?.viewport === undefined ? {width: 1280, height: 720} : options.viewport;
    page.setViewportSize = (viewport) => {
      if (size) entry.resize = () => setViewportSize(size);
      else entry.dirty = true;
      return setViewportSize(viewport);
    };
    page.close = async (closeOptions) => {
      // A page from browser.newPage() closes its context, which the pool takes back.
      if (entry.pageOwnsContext) return context.close();
      entry.dirty = true;
      return closePage(closeOptions);
    };
    context.newPage = async () => {
      if (!entry.pageTaken) {
        entry.pageTaken = true;
        return page;
      }
      entry.dirty = true; // a second page: the context is the test's own
      return newPage();
    };
    context.close = () => release(entry);
    entries.set(context, entry);
    return entry;
  }

  async function release(entry) {
    if (!entry.out) return; // closed twice
    entry.out = false;
    const {page} = entry;
    if (!entry.dirty && !page.isClosed()) {
      try {
        await page.evaluate(() => {
          try {
            localStorage.clear();
            sessionStorage.clear();
          } catch {
            // an opaque origin (about:blank, data:) has no storage
          }
        });
        await page.goto('about:blank');
        for (const [target, event, listener] of entry.listeners) target.off(event, listener);
        for (const disposable of entry.disposables.splice(0)) await disposable.dispose();
        await entry.resize?.();
        // A route's handler may still be waiting to continue a request of the page that is gone.
        for (const target of [page, entry.context]) await target.unrouteAll({behavior: 'ignoreErrors'});
        await entry.context.clearCookies();
        await entry.cdp.send('Network.clearBrowserCache');
        if (!idle.has(entry.key)) idle.set(entry.key, []);
        idle.get(entry.key).push(entry);
        return;
      } catch {
        // not a clean slate: closed for real below
      }
    }
    await entry.closeContext();
  }

  browser.newContext = async (options) => {
    const entry = idle.get(JSON.stringify(options ?? {}))?.pop() ?? (await create(options));
    Object.assign(entry, {
      out: true,
      dirty: false,
      listeners: [],
      pageTaken: false,
      pageOwnsContext: false,
      resize: undefined,
    });
    return entry.context;
  };
  // Playwright's browser.newPage() is a page with a context of its own, closed with the page.
  browser.newPage = async (options) => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    entries.get(context).pageOwnsContext = true;
    return page;
  };
  return browser;
}
