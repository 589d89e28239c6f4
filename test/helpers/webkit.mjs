// WebKit for the page tests (engines.mjs): Debian's WebKitGTK MiniBrowser driven by WebKitWebDriver over the W3C
// WebDriver HTTP protocol (Node's fetch, no client library), on a private Xvfb display: MiniBrowser has no
// headless mode. Classic WebDriver reports no console messages, errors or requests, so the page records
// them itself (pages/host-recorder.js, resource timing) and every command drains that record into `seen`.
import {spawn} from 'node:child_process';
import {existsSync, readdirSync} from 'node:fs';
import {once} from 'node:events';
import {createServer} from 'node:net';

/** Debian installs MiniBrowser under the architecture's library folder (x86_64-linux-gnu, aarch64-linux-gnu, ...). */
const findMiniBrowser = () =>
  readdirSync('/usr/lib')
    .flatMap((arch) => ['webkit2gtk-4.1', 'webkit2gtk-4.0'].map((api) => `/usr/lib/${arch}/${api}/MiniBrowser`))
    .find((path) => existsSync(path));
const MINIBROWSER =
  process.env.MINIBROWSER ?? findMiniBrowser() ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const DRIVER = process.env.WEBKIT_WEBDRIVER ?? 'WebKitWebDriver';

/** WebDriver key values for the keys the scenarios press (single characters are sent as they are). */
const KEYS = {
  Tab: '\uE004',
  Enter: '\uE007',
  Space: '\uE00D',
  Escape: '\uE00C',
  Home: '\uE011',
  End: '\uE010',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
};

/** How long a page's script may run, unless the call asks for longer. */
const SCRIPT_TIMEOUT = 60 * 1000;

/** How long a navigation may take. */
const PAGE_LOAD_TIMEOUT = 60 * 1000;

/** How long past a command's own limit the driver has to answer it. */
const ANSWER_GRACE = 30 * 1000;

/** Stands for `undefined` in a page's JSON answer, which would otherwise drop it or turn it into null. */
const UNDEFINED = '\u0000undefined';

const freePort = async () => {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const {port} = server.address();
  server.close();
  return port;
};

/**
 * The page side of every command: runs `fn(arg)`, answers JSON with `undefined` kept, and hands over what the
 * page recorded since the last command (console calls, uncaught errors, requests by resource timing).
 */
const pageScript = (fn, test = false) => `
  const [arg, done] = arguments;
  const json = (value) => JSON.stringify(value, (key, v) => (v === undefined ? ${JSON.stringify(UNDEFINED)} : v));
  const drain = () => {
    const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
    const requests = entries.slice(window.__drainedRequests || 0).map((entry) => entry.name);
    window.__drainedRequests = entries.length;
    return {log: window.__host ? window.__host.log.splice(0) : [], requests};
  };
  performance.setResourceTimingBufferSize(100000);
  Promise.resolve(arg)
    .then((${fn}))
    .then((value) => done({value: json(${test ? 'Boolean(value)' : 'value'}), ...drain()}),
      (error) => done({thrown: String((error && error.message) || error), ...drain()}));`;

/** Puts back the `undefined`s the page marked (JSON.parse's reviver would delete the keys instead). */
const revive = (value) => {
  if (value === UNDEFINED) return undefined;
  if (Array.isArray(value)) return value.map(revive);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]));
  return value;
};

async function start() {
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const [number] = await Promise.race([once(xvfb.stdout, 'data'), once(xvfb, 'error')]);
  const display = `:${String(number).trim()}`;
  const port = await freePort();
  const driver = spawn(DRIVER, [`--port=${port}`], {env: {...process.env, DISPLAY: display}, stdio: 'ignore'});
  const stop = () => {
    driver.kill();
    xvfb.kill();
  };
  process.once('exit', stop); // a run that dies leaves no driver or display behind
  const base = `http://127.0.0.1:${port}`;
  // Every command has an end: WebKitWebDriver once left one unanswered for over ten minutes (in the back/forward
  // cache test, under load), and a run must fail by name rather than stall. A script may take its own limit and
  // the driver that long to answer; anything else as long as a page load.
  const http = async (method, path, body, limit = PAGE_LOAD_TIMEOUT) => {
    const response = await fetch(base + path, {
      method,
      headers: {'content-type': 'application/json'},
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(limit + ANSWER_GRACE),
    }).catch((error) => {
      if (error.name !== 'TimeoutError') throw error;
      throw new Error(`WebDriver ${method} ${path}: no answer within ${(limit + ANSWER_GRACE) / 1000} s`);
    });
    const {value} = await response.json();
    if (value && value.error) throw new Error(`WebDriver ${method} ${path}: ${value.error}: ${value.message}`);
    return value;
  };
  for (let tries = 0; ; tries++) {
    try {
      if ((await http('GET', '/status')).ready) break;
    } catch (error) {
      if (tries > 200) {
        stop();
        throw new Error(`${DRIVER} did not start on port ${port}: ${error.message}`);
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  let session;
  try {
    session = await http('POST', '/session', {
      capabilities: {
        alwaysMatch: {
          'webkitgtk:browserOptions': {binary: MINIBROWSER, args: ['--automation']},
          // A script whose page is put into the back/forward cache never answers (its callback is lost with
          // the page): the driver ends it after this long, and the caller sees an error, not a stalled run.
          // The fuzz scenarios' long scripts ask for more (evaluate's `timeout`).
          timeouts: {script: SCRIPT_TIMEOUT, pageLoad: PAGE_LOAD_TIMEOUT},
        },
      },
    });
  } catch (error) {
    stop();
    throw error;
  }
  const sessionPath = `/session/${session.sessionId}`;
  return {
    http: (method, path, body, limit) => http(method, sessionPath + path, body, limit),
    stop,
    delete: () => http('DELETE', sessionPath),
  };
}

export async function webkit() {
  const driver = await start();
  // One WebDriver session drives one browser; each page is a window of its own, and commands take turns
  // (the driver has one current window). The first window stays open and blank: closing a session's last
  // window would end the session.
  const home = await driver.http('GET', '/window');
  let current = home;
  let queue = Promise.resolve();
  // The session's script limit (a session-wide setting), changed only when a script asks for another.
  let scriptTimeout = SCRIPT_TIMEOUT;
  const inWindow = (handle, command) => {
    const turn = queue.then(async () => {
      if (current !== handle) await driver.http('POST', '/window', {handle});
      current = handle;
      return command();
    });
    queue = turn.catch(() => {});
    return turn;
  };

  return {
    name: 'webkit',
    async close() {
      await driver.delete().catch(() => {});
      driver.stop();
    },
    async newPage({width, javaScript = true} = {}) {
      if (width || !javaScript) throw new Error('WebKit pages open at the window size, with JavaScript on');
      const {handle} = await inWindow(current, () => driver.http('POST', '/window/new', {type: 'window'}));
      const seen = {console: [], pageErrors: [], requests: []};
      const send = (method, path, body) => inWindow(handle, () => driver.http(method, path, body));
      // The limit and the script in one turn, so another page's command cannot change the limit in between.
      const execute = (fn, arg, test, timeout = SCRIPT_TIMEOUT) =>
        inWindow(handle, async () => {
          if (timeout !== scriptTimeout) await driver.http('POST', '/timeouts', {script: (scriptTimeout = timeout)});
          return driver.http('POST', '/execute/async', {script: pageScript(fn, test), args: [arg ?? null]}, timeout);
        });
      const run = async (fn, arg, test, timeout) => {
        const answer = await execute(fn, arg, test, timeout);
        for (const entry of answer.log) {
          if (entry.type === 'pageerror') seen.pageErrors.push(entry.text);
          else seen.console.push(entry);
        }
        seen.requests.push(...answer.requests);
        if ('thrown' in answer) throw new Error(answer.thrown);
        return revive(JSON.parse(answer.value));
      };
      // Collects what the page recorded: before it goes (a page being replaced may not answer) and once loaded.
      const drain = () => run(() => undefined).catch(() => {});
      const actions = (actions) => send('POST', '/actions', {actions}).then(() => send('DELETE', '/actions'));
      return {
        engine: 'webkit',
        seen,
        goto: async (url) => {
          await drain();
          await send('POST', '/url', {url});
          await drain();
        },
        /** `timeout` (ms): how long the script may run, if not the default minute. */
        evaluate: (fn, arg, {timeout} = {}) => run(fn, arg, false, timeout),
        async waitFor(fn, arg, timeout = 30_000) {
          const end = Date.now() + timeout;
          // Each look is short; one lost to a navigation (see SCRIPT_TIMEOUT) ends after 2 s and is taken again.
          const look = () =>
            run(fn, arg, true, 2000).catch((error) => {
              if (/script timeout/.test(error.message)) return false;
              throw error;
            });
          while (!(await look())) {
            if (Date.now() > end) throw new Error(`waitFor timed out after ${timeout} ms: ${fn}`);
            await new Promise((resolve) => setTimeout(resolve, 25));
          }
        },
        press: (key) =>
          actions([
            {
              type: 'key',
              id: 'keyboard',
              actions: [
                {type: 'keyDown', value: KEYS[key] ?? key},
                {type: 'keyUp', value: KEYS[key] ?? key},
              ],
            },
          ]),
        /** Clicks the point (x, y) of the viewport. */
        clickAt: (x, y) =>
          actions([
            {
              type: 'pointer',
              id: 'mouse',
              parameters: {pointerType: 'mouse'},
              actions: [
                {type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport'},
                {type: 'pointerDown', button: 0},
                {type: 'pointerUp', button: 0},
              ],
            },
          ]),
        goBack: async () => {
          await drain();
          await send('POST', '/back', {});
          await drain();
        },
        goForward: async () => {
          await drain();
          await send('POST', '/forward', {});
          await drain();
        },
        cookies: () => send('GET', '/cookie'),
        async close() {
          await drain();
          // The windows share one cookie jar: leave none behind for the next page.
          await send('DELETE', '/cookie');
          await send('DELETE', '/window');
          await inWindow(home, () => {});
        },
        /** console messages of `type` ('warn', 'error', ...), as text. */
        messages: (type) => seen.console.filter((m) => m.type === type).map((m) => m.text),
      };
    },
  };
}
