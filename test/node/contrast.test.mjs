// Issue 14's rule: no combination of host background, `theme` value and the reader's system setting makes
// our text unreadable. Every element, on four host pages (each with its own readable text colour), with
// every theme value and both system settings: every visible text meets WCAG AA against the colour actually
// painted behind it, and controls (the search box, the CTA button) meet 3:1 against their surroundings.
// Measured in Chromium, which can emulate the system setting (test/node/pages/contrast-probe.js).
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {startServer} from './helpers/server.mjs';
import {launchChromium} from './helpers/browser.mjs';
import {hostPage, moduleScript} from './helpers/embed.mjs';

const HOSTS = {
  white: {background: '#ffffff', text: '#1f2328'},
  'near-black': {background: '#121212', text: '#e6e6e6'},
  tinted: {background: '#f4eee2', text: '#3b3226'},
  'dark blue': {background: '#0b2545', text: '#f4f7fb'},
};
const THEMES = [undefined, 'page', 'light', 'dark', 'auto'];
const SCHEMES = ['light', 'dark'];
// Every element, with what shows the most text and every control: open answers, the search box, the CTA.
const CTA = 'cta-href="https://example.com/shop" cta-label="Shop now"';
const ELEMENTS = [
  `<sensiq-takeaways ${CTA}></sensiq-takeaways>`,
  `<sensiq-faq open="all" searchable ${CTA}></sensiq-faq>`,
  '<sensiq-red-flags emergency-number="911"></sensiq-red-flags>',
  `<sensiq-article ${CTA} cta-placement="both"></sensiq-article>`,
];

const pagePath = (host, theme) => `/contrast/${encodeURIComponent(host)}-${theme ?? 'unset'}.html`;

let server;
let browser;
before(async () => {
  const pages = {};
  for (const [name, colours] of Object.entries(HOSTS)) {
    for (const theme of THEMES) {
      const style = `<style>html { background: ${colours.background}; color: ${colours.text}; font: 16px/1.5 system-ui, sans-serif; }</style>`;
      const elements = ELEMENTS.map((element) => (theme ? element.replace(/>/, ` theme="${theme}">`) : element));
      pages[pagePath(name, theme)] = {
        body: hostPage(style + moduleScript('/dist/sensiq.js'), `<main>${elements.join('\n')}</main>`),
      };
    }
  }
  server = await startServer({pages});
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const rendered = () =>
  Promise.all(
    [...document.querySelectorAll('main > *')].map((el) =>
      customElements.whenDefined(el.localName).then(() => el.updateComplete)
    )
  ).then(() => [...document.querySelectorAll('main > *')].every((el) => el.shadowRoot?.childElementCount));

for (const [host, colours] of Object.entries(HOSTS)) {
  test(`on a ${host} page (${colours.text} on ${colours.background}), every theme and system setting stays readable`, async () => {
    const failures = [];
    for (const scheme of SCHEMES) {
      const context = await browser.newContext({colorScheme: scheme, viewport: {width: 900, height: 800}});
      const page = await context.newPage();
      for (const theme of THEMES) {
        await page.goto(server.origin + pagePath(host, theme));
        await page.waitForFunction(rendered);
        await page.addScriptTag({path: 'test/node/pages/contrast-probe.js'});
        const reports = await page.evaluate(() =>
          [...document.querySelectorAll('main > *')].map((el) => ({tag: el.localName, ...window.contrastReport(el)}))
        );
        for (const {tag, checked, failures: found} of reports) {
          assert.ok(checked > 5, `${tag}: only ${checked} texts checked`);
          for (const failure of found)
            failures.push(`${tag} theme=${theme ?? '(unset)'} system=${scheme}: ${JSON.stringify(failure)}`);
        }
      }
      await context.close();
    }
    assert.deepEqual(failures.slice(0, 20), [], `${failures.length} failures`);
  });
}

test('the probe catches unreadable text and a faint control edge (it can fail)', async () => {
  const page = await browser.newPage();
  await page.setContent(`<main style="background:#ffffff"><p style="color:#c8c8c8">faint text</p>
    <input style="border:1px solid #eeeeee;background:#fff"></main>`);
  await page.addScriptTag({path: 'test/node/pages/contrast-probe.js'});
  const {failures} = await page.evaluate(() => window.contrastReport(document.querySelector('main')));
  await page.close();
  assert.deepEqual(
    failures.map((f) => f.text ?? f.control),
    ['faint text', 'input']
  );
});
