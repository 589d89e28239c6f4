// <sensiq-faq> from its own file in plain pages: no console noise, and its FAQPage JSON-LD even under a
// CSP that demands Trusted Types for script text.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {startServer} from './helpers/server.mjs';
import {launchChromium, openPage} from './helpers/browser.mjs';
import {sourceFaq, SOURCE_PATH} from '../../build/test/helpers/source.js';

const body = `<!doctype html><html lang="en"><title>Clinic FAQ</title>
<script type="module" src="dist/components/sensiq-faq.js"></script><sensiq-faq></sensiq-faq>`;
const strictCsp =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html sensiq-json-ld";

let server;
let browser;
before(async () => {
  server = await startServer({
    pages: {
      '/faq.html': {body},
      '/faq-strict.html': {body, headers: {'content-security-policy': strictCsp}},
    },
  });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const expected = sourceFaq(readFileSync(SOURCE_PATH, 'utf8'));

for (const [name, path] of [
  ['a plain page', '/faq.html'],
  ["a page with a strict CSP and require-trusted-types-for 'script'", '/faq-strict.html'],
]) {
  test(`the FAQ file alone shows the nine questions and publishes their FAQPage on ${name}, without console noise`, async () => {
    const {page, seen} = await openPage(browser, `${server.origin}${path}`, {
      waitFor: () => document.head.querySelector('script[type="application/ld+json"]'),
    });
    const shown = await page.evaluate(() =>
      [...document.querySelector('sensiq-faq').shadowRoot.querySelectorAll('[part="question"]')].map((b) =>
        b.textContent.trim()
      )
    );
    assert.deepEqual(
      shown,
      expected.map((f) => f.question)
    );
    const data = JSON.parse(
      await page.evaluate(() => document.head.querySelector('script[type="application/ld+json"]').textContent)
    );
    assert.deepEqual(
      data.mainEntity.map((q) => [q.name, q.acceptedAnswer.text]),
      expected.map((f) => [f.question, f.answers.join('\n\n')])
    );
    assert.deepEqual(seen, {errors: [], warnings: [], pageErrors: []});
    await page.close();
  });
}
