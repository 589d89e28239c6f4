// Scaffolding for hostile-host tests: one server for the file, each engine's browser per describe block,
// host pages built from parts, and the checks every scenario ends with (the host saw nothing).
import {describe, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync} from 'node:fs';
import {startServer} from '../../node/helpers/server.mjs';
import {launchEngine} from '../../helpers/engines.mjs';

/** Engine names to run: the entry file's choice, narrowed by `ENGINES=firefox` (or a list) when set. */
export const ENGINES = ['chromium', 'firefox', 'webkit'].filter(
  (name) =>
    (globalThis.SENSIQ_ENGINE ?? name) === name &&
    (!process.env.ENGINES || process.env.ENGINES.split(',').includes(name))
);

/** Every element tag the build contains, from dist/components/. */
export const TAGS = readdirSync('dist/components')
  .filter((file) => /^sensiq-[a-z-]+\.js$/.test(file))
  .map((file) => file.slice(0, -3))
  .sort();

/** The host page's own instruments (error, rejection and CSP listeners; storage spies), loaded first. */
export const RECORDER = '/test/hostile/pages/host-recorder.js';

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/**
 * A host page: the recorder first, then `head` (script tags, stylesheet links), then `body`.
 * Inline scripts and styles are never used, so the same page works under a strict CSP.
 */
export const hostPage = ({head = '', body = '', lang = 'en', dir}) =>
  `<!doctype html><html lang="${lang}"${dir ? ` dir="${dir}"` : ''}><head><meta charset="utf-8">` +
  `<title>Host page</title><script src="${RECORDER}"></script>${head}</head><body>${body}</body></html>`;

export const moduleScript = (src) => `<script type="module" src="${src}"></script>`;
export const stylesheet = (href) => `<link rel="stylesheet" href="${href}">`;

/** One of each element, as tags. */
export const everyElement = () => TAGS.map((tag) => `<${tag}></${tag}>`).join('\n');

// One server and one browser per engine for the whole run: Firefox takes seconds to start. An entry file
// whose engine ENGINES leaves out has no tests, so it starts no server (after() would never stop it).
const shared = {server: undefined, engines: new Map()};
if (ENGINES.length) {
  before(async () => {
    shared.server = await startServer();
  });
  after(async () => {
    for (const engine of shared.engines.values()) await (await engine).close();
    await shared.server?.close();
  });
}
const engine = (name) => {
  if (!shared.engines.has(name)) shared.engines.set(name, launchEngine(name));
  return shared.engines.get(name);
};

/**
 * Runs `body(env, engineName)` once per engine inside `describe('<title> in <engine>')`. `env.open(path,
 * html, headers)` serves a page and opens it in a fresh browser context; `env.serve` adds other files.
 */
export function inEachEngine(title, body) {
  for (const name of ENGINES) {
    describe(`${title} in ${name}`, () => {
      const env = {
        engine: undefined,
        get server() {
          return shared.server;
        },
        /** Adds `html` at `path` with response `headers` and opens it in a new page. */
        async open(path, html, headers = {}) {
          shared.server.pages[path] = {body: html, headers};
          const page = await env.engine.newPage();
          await page.goto(`${shared.server.origin}${path}`);
          return page;
        },
        /** Serves `text` at `path` with `type` (e.g. a host stylesheet). */
        serve(path, text, type = 'text/css; charset=utf-8') {
          shared.server.pages[path] = {body: text, headers: {'content-type': type}};
        },
      };
      before(async () => {
        env.engine = await engine(name);
      });
      body(env, name);
    });
  }
}

/**
 * Resolves once every element matching `selector` has rendered: text in its shadow root, or just a slot
 * for <sensiq-provider>, which shows only what it wraps.
 */
export const rendered = (page, selector = TAGS.join()) =>
  page.waitFor((s) => {
    const all = [...document.querySelectorAll(s)];
    return (
      all.length > 0 &&
      all.every((el) => el.shadowRoot && (el.shadowRoot.textContent.trim() || el.shadowRoot.querySelector('slot')))
    );
  }, selector);

/**
 * Resolves once every element matching `selector` has rendered everything it will: the FAQ's answers arrive
 * in a task after its questions (issue 15), so a page is compared only once they are there.
 */
export async function complete(page, selector = TAGS.join()) {
  await rendered(page, selector);
  await page.waitFor(() =>
    [...document.querySelectorAll('sensiq-faq')].every((faq) =>
      [...faq.shadowRoot.querySelectorAll('button[aria-controls]')].every((button) =>
        faq.shadowRoot.getElementById(button.getAttribute('aria-controls'))?.textContent.trim()
      )
    )
  );
  await page.evaluate(
    (s) => Promise.all([...document.querySelectorAll(s)].map((element) => element.updateComplete)),
    selector
  );
}

/** What the host page's own listeners and spies recorded (see pages/host-recorder.js). */
export const hostRecord = (page) => page.evaluate(() => window.__host.snapshot());

/**
 * The checks every scenario ends with: the host's error and unhandledrejection listeners saw nothing,
 * no uncaught error, no console error, and the production build printed no Lit dev-mode notice.
 */
export async function assertQuietHost(page, {violations = true, consoleErrors = true} = {}) {
  const host = await hostRecord(page);
  assert.deepEqual(host.errors, [], 'host error listener');
  assert.deepEqual(host.rejections, [], 'host unhandledrejection listener');
  assert.deepEqual(page.seen.pageErrors, [], 'uncaught errors');
  if (violations) assert.deepEqual(host.violations, [], 'securitypolicyviolation events');
  if (consoleErrors) assert.deepEqual(page.messages('error'), [], 'console errors');
  assert.deepEqual(
    page.seen.console.filter((m) => /dev mode|lit\.dev\/msg/i.test(m.text)),
    [],
    'Lit dev-mode notices'
  );
  return host;
}

/** Polls `condition` (sync or async) in Node until it is truthy or `timeout` ms pass; returns its last value. */
export async function until(condition, timeout = 5000) {
  const end = Date.now() + timeout;
  let value;
  while (!(value = await condition()) && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  return value;
}

/** Lets the page run its pending tasks (module loads, timers of 0) and paint twice. */
export const settle = (page) =>
  page.evaluate(
    () => new Promise((resolve) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(resolve)), 100))
  );
