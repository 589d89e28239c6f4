// A host page's own instruments, loaded as the page's first (classic, same-origin) script so it works
// under a strict CSP: what the host's error, unhandledrejection and securitypolicyviolation listeners see,
// and every write to cookies or storage. Tests read it through window.__host.snapshot().
(() => {
  // `log`: console calls and uncaught errors as the page saw them, for a driver that cannot listen to the
  // console (WebKit over classic WebDriver, test/helpers/webkit.mjs); the snapshot leaves it out.
  const host = {errors: [], rejections: [], violations: [], writes: [], log: []};
  // Capture, so failed resource loads (an injected <img src=x>) count too.
  addEventListener(
    'error',
    (event) => {
      host.errors.push(event.message || `${event.target && event.target.localName} failed to load`);
      if (event instanceof ErrorEvent) host.log.push({type: 'pageerror', text: event.message});
    },
    true
  );
  const text = (value) => {
    try {
      return String(value);
    } catch {
      return Object.prototype.toString.call(value);
    }
  };
  for (const type of ['log', 'info', 'debug', 'warn', 'error']) {
    const original = console[type];
    console[type] = function (...args) {
      host.log.push({type, text: args.map(text).join(' ')});
      return original.apply(this, args);
    };
  }
  addEventListener('unhandledrejection', (event) => host.rejections.push(String(event.reason)));
  addEventListener(
    'securitypolicyviolation',
    (event) => host.violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
    true
  );

  // Whether the page came back from the back/forward cache.
  addEventListener('pageshow', (event) => (host.restored = event.persisted));

  const spy = (target, name, label) => {
    const original = target[name];
    target[name] = function (...args) {
      host.writes.push(label);
      return original.apply(this, args);
    };
  };
  for (const name of ['setItem', 'removeItem', 'clear']) spy(Storage.prototype, name, `Storage.${name}`);
  spy(IDBFactory.prototype, 'open', 'indexedDB.open');
  spy(IDBFactory.prototype, 'deleteDatabase', 'indexedDB.deleteDatabase');
  if (window.CacheStorage) spy(CacheStorage.prototype, 'open', 'caches.open');
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    ...cookie,
    set(value) {
      host.writes.push('document.cookie');
      cookie.set.call(this, value);
    },
  });

  host.snapshot = async () => ({
    errors: [...host.errors],
    rejections: [...host.rejections],
    violations: [...host.violations],
    writes: [...host.writes],
    restored: Boolean(host.restored),
    cookie: document.cookie,
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    databases: indexedDB.databases ? (await indexedDB.databases()).map((db) => db.name) : [],
  });
  window.__host = host;
})();
