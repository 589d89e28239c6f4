// Helpers for the distribution's page tests: setup, host pages as strings, and reading what a reader sees.
import {before, after} from 'node:test';
import {startServer} from './server.mjs';
import {launchChromium} from './browser.mjs';

/** A minimal host page: `head` goes into <head> (script tags), `body` into <body>. */
export const hostPage = (head, body = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title>${head}</head><body>${body}</body></html>`;

export const moduleScript = (src) => `<script type="module" src="${src}"></script>`;

/** Resolves once every element matching `selector` has rendered list items (takeaways, or a heading). */
export const rendered = (page, selector = 'sensiq-takeaways') =>
  page.waitForFunction((s) => {
    const all = [...document.querySelectorAll(s)];
    return all.length > 0 && all.every((el) => el.shadowRoot?.querySelector('li, h1, h2, h3, h4, h5, h6'));
  }, selector);

/** What each element matching `selector` shows: its heading level and its list items' text. */
export const shown = (page, selector = 'sensiq-takeaways') =>
  page.evaluate(
    (s) =>
      [...document.querySelectorAll(s)].map((el) => ({
        heading: el.shadowRoot?.querySelector('h1, h2, h3, h4, h5, h6')?.localName,
        items: [...(el.shadowRoot?.querySelectorAll('li') ?? [])].map((li) =>
          li.textContent.replace(/\s+/g, ' ').trim()
        ),
      })),
    selector
  );

/** The JavaScript paths the server was asked for, in order. */
export const scriptRequests = (server) => server.requests.filter((path) => path.endsWith('.js'));

/** A file server on the repository and a Chromium for this test file, started before and closed after it. */
export function pageTests() {
  const env = {server: undefined, browser: undefined};
  before(async () => {
    env.server = await startServer();
    env.browser = await launchChromium();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
