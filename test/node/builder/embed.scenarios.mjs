// The code the builder hands out, pasted where each format goes: a blank host page (script tag, prerendered
// snippet), WordPress (shortcode, placeholder: saved as an Author and rendered by wordpress-post.php, with the
// plugin's loader) and a Shopify Custom Liquid section (rendered by liquidjs as the storefront would). Each time
// the page must show exactly what was chosen.
import {after, test} from 'node:test';
import assert from 'node:assert/strict';
import {faqs} from '../../../build/src/content/generated/faq.js';
import {DEFAULT_ARTICLE} from '../../../build/src/content/index.js';
import {hostPage, moduleScript} from '../helpers/embed.mjs';
import {liquidEngine, renderStorefront} from '../helpers/shopify.mjs';
import {chooseFormat, configure, copiedCode, openBuilder, settled} from './driver.mjs';
import {PLUGIN_LOADER, wordpressPost} from './wordpress.mjs';

const questions = faqs[DEFAULT_ARTICLE].map((item) => item.heading);
const ids = faqs[DEFAULT_ARTICLE].map((item) => item.id);

// Settings that each differ from the default, and custom properties from Look.
const FAQ = {
  tag: 'sensiq-faq',
  attributes: {
    limit: '3',
    'heading-level': '3',
    open: ids[1],
    searchable: true,
    theme: 'dark',
    'cta-href': 'https://shop.example/joint-care?ref=builder&utm=1',
    'cta-label': 'Shop "joint" care & <save>',
  },
  properties: {'--sensiq-accent': '#aa3300', '--sensiq-radius': '0.75em'},
};
const AS_CHOSEN = {
  questions: questions.slice(0, 3),
  headings: ['h3', 'h3', 'h3'],
  open: [questions[1]],
  searchboxes: 1,
  cta: {href: FAQ.attributes['cta-href'], text: FAQ.attributes['cta-label'], background: 'rgb(170, 51, 0)'},
  theme: 'dark',
  radius: 0.75,
};

/** What the page's FAQ shows: from its shadow root, whether the element or the snippet's HTML (without JavaScript) filled it. */
function readFaq() {
  const host = document.querySelector('sensiq-faq');
  const root = host.shadowRoot;
  const text = (node) => node.textContent.replace(/\s+/g, ' ').trim();
  const visible = (node) => node.checkVisibility();
  const items = [...root.querySelectorAll('[part~="item"]')].filter(visible);
  const question = (item) => item.querySelector('[part~="question"]');
  const cta = root.querySelector('[part~="cta"]');
  const style = getComputedStyle(host);
  return {
    questions: items.map((item) => text(question(item))),
    headings: items.map((item) => question(item).parentElement.localName),
    open: items.filter((item) => visible(item.querySelector('[part~="answer"] p'))).map((item) => text(question(item))),
    searchboxes: [...root.querySelectorAll('input[type="search"]')].filter(visible).length,
    cta: cta && {href: cta.getAttribute('href'), text: text(cta), background: getComputedStyle(cta).backgroundColor},
    theme: host.getAttribute('data-sensiq-theme'),
    radius: parseFloat(style.borderTopLeftRadius) / parseFloat(style.fontSize),
  };
}

/** Waits until the page's FAQ is defined and has rendered (a snippet's HTML shows it before that). */
async function waitForFaq(page) {
  await page.waitFor(
    () =>
      customElements.get('sensiq-faq') &&
      document.querySelector('sensiq-faq')?.shadowRoot?.querySelector('[part~="item"]')
  );
  await page.evaluate(() => document.querySelector('sensiq-faq').updateComplete);
}

/** Each shown question's answer text, collapsed or not: what find-in-page and crawlers read. */
function answerTexts() {
  const root = document.querySelector('sensiq-faq').shadowRoot;
  return [...root.querySelectorAll('[part~="answer"]')].map((answer) => answer.textContent.replace(/\s+/g, ' ').trim());
}

/** The host page for `format`'s code, served at a new path; returns its URL. */
async function hostPageFor(env, format, code) {
  const body = {
    script: () => hostPage('', code),
    snippet: () => hostPage('', code),
    // WordPress adds its loader to a page with SensIQ content; the post is what the Author pasted.
    shortcode: () => hostPage(moduleScript(PLUGIN_LOADER), `<main>${wordpressPost(code)}</main>`),
    placeholder: () => hostPage(moduleScript(PLUGIN_LOADER), `<main>${wordpressPost(code)}</main>`),
    shopify: () => renderStorefront(liquidEngine(env.server.origin), [{id: 'custom-liquid', liquid: code}]),
  }[format]();
  const path = `/host-${format}-${++env.pages}.html`;
  env.server.pages[path] = {body: await body};
  return `${env.server.origin}${path}`;
}

export function embedTests(env) {
  const builderUrl = () => `${env.server.origin}/dist/builder/index.html`;
  let builder;
  const code = async (choice) => {
    builder ??= await openBuilder(env.engine, builderUrl());
    return copiedCode(builder, choice);
  };

  for (const [format, label] of [
    ['script', 'Script tag'],
    ['shortcode', 'WordPress shortcode'],
    ['placeholder', 'WordPress placeholder'],
    ['shopify', 'Shopify Custom Liquid'],
    ['snippet', 'Prerendered snippet'],
  ]) {
    test(`${label}: the copied code shows the FAQ as chosen on its platform's page`, async () => {
      const page = await env.engine.newPage();
      await page.goto(await hostPageFor(env, format, await code({...FAQ, format})));
      await waitForFaq(page);
      assert.deepEqual(await page.evaluate(readFaq), AS_CHOSEN);
      if (format === 'snippet') {
        // The element took over its prerendered shadow root: the FAQ is there once, nothing beside it.
        const copies = await page.evaluate(() => {
          const faq = document.querySelector('sensiq-faq');
          return {items: faq.shadowRoot.querySelectorAll('[part~="item"]').length, children: faq.children.length};
        });
        assert.deepEqual(copies, {items: 3, children: 0});
        // ...and it answers: the first question opens its answer.
        await page.evaluate(() =>
          document.querySelector('sensiq-faq').shadowRoot.querySelector('[part~="question"]').click()
        );
        await page.waitFor(() =>
          document.querySelector('sensiq-faq').shadowRoot.querySelector('[part~="answer"] p').checkVisibility()
        );
      }
      assert.deepEqual(
        {errors: page.messages('error'), pageErrors: page.seen.pageErrors},
        {errors: [], pageErrors: []}
      );
      await page.close();
    });
  }

  test('Prerendered snippet: without its script the page shows the FAQ as chosen, from the HTML alone', async () => {
    const snippet = await code({...FAQ, format: 'snippet'});
    const page = await env.engine.newPage();
    await page.goto(await hostPageFor(env, 'snippet', snippet.replace(/<script\b[^>]*><\/script>/, '')));
    assert.equal(await page.evaluate(() => customElements.get('sensiq-faq')), undefined);
    assert.deepEqual(await page.evaluate(readFaq), AS_CHOSEN);
    await page.close();
  });

  test("Prerendered snippet made as soon as the builder opens holds every answer in its HTML, as the build's snippets do", async () => {
    const fresh = await openBuilder(env.engine, builderUrl());
    const snippet = await fresh.evaluate(chooseFormat, 'snippet');
    await fresh.close();
    const page = await env.engine.newPage();
    await page.goto(await hostPageFor(env, 'snippet', snippet.replace(/<script\b[^>]*><\/script>/, '')));
    const answers = await page.evaluate(answerTexts);
    assert.equal(answers.length, faqs[DEFAULT_ARTICLE].length);
    for (const [i, answer] of answers.entries())
      assert.ok(answer.length > 40, `answer ${i + 1} of the snippet: "${answer}"`);
    await page.close();
  });

  test('Prerendered snippet: a question opened and a search typed in the preview stay out of it', async () => {
    builder ??= await openBuilder(env.engine, builderUrl());
    await builder.evaluate(configure, {...FAQ, format: 'script'});
    await builder.evaluate(async () => {
      const faq = document.querySelector('#preview-frame sensiq-faq');
      faq.shadowRoot.querySelector('[part~="question"]').click();
      const search = faq.shadowRoot.querySelector('input[type="search"]');
      search.value = 'night';
      search.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
      await faq.updateComplete;
    });
    // The preview's FAQ (the first on the builder's page) shows what the click and the search did.
    assert.notDeepEqual(await builder.evaluate(readFaq), AS_CHOSEN);
    const snippet = await builder.evaluate(chooseFormat, 'snippet');
    const page = await env.engine.newPage();
    await page.goto(await hostPageFor(env, 'snippet', snippet.replace(/<script\b[^>]*><\/script>/, '')));
    assert.deepEqual(await page.evaluate(readFaq), AS_CHOSEN);
    await page.close();
  });

  test('Prerendered snippet under a strict CSP: the style-src its first line names is all its styles need, and they need it', async () => {
    const snippet = await code({...FAQ, format: 'snippet'});
    const named = snippet.split('\n')[0].match(/Strict CSP: style-src ((?:'[^']+' ?)+) -->$/)?.[1];
    assert.ok(named, snippet.split('\n')[0]);
    // Violations are recorded by a script of the page's own origin, the one kind this policy runs.
    env.server.pages['/record-violations.js'] = {
      body: "window.violations = []; document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective + ' ' + e.sample));",
      headers: {'content-type': 'text/javascript'},
    };
    const underPolicy = async (styleSrc) => {
      const path = `/host-csp-${++env.pages}.html`;
      env.server.pages[path] = {
        body: hostPage('<script src="/record-violations.js"></script>', snippet),
        headers: {'content-security-policy': `default-src 'self'; script-src 'self'; style-src 'self' ${styleSrc}`},
      };
      const page = await env.engine.newPage();
      await page.goto(`${env.server.origin}${path}`);
      await waitForFaq(page);
      const seen = {faq: await page.evaluate(readFaq), violations: await page.evaluate(() => window.violations)};
      await page.close();
      return seen;
    };
    assert.deepEqual(await underPolicy(named), {faq: AS_CHOSEN, violations: []});
    // Without the hashes the same page breaks: the check above can fail.
    const refused = await underPolicy('');
    assert.ok(
      refused.violations.length > 0 && refused.violations.every((v) => v.startsWith('style-src')),
      refused.violations.join('\n')
    );
  });

  test("Script tag pasted twice under a strict CSP: both FAQs show, and the element's file is fetched once", async () => {
    // No custom properties: a style attribute needs 'unsafe-hashes', which this policy leaves out.
    const script = await code({tag: 'sensiq-faq', attributes: {limit: '3'}, format: 'script'});
    const named = [...script.matchAll(/<script type="module" async src="([^"]+)">/g)].map(
      ([, src]) => new URL(src).pathname
    );
    assert.deepEqual(named, ['/dist/components/sensiq-faq.standalone.js'], script);
    env.server.pages['/record-violations.js'] = {
      body: "window.violations = []; document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective + ' ' + e.blockedURI));",
      headers: {'content-type': 'text/javascript'},
    };
    const path = `/host-script-csp-${++env.pages}.html`;
    env.server.pages[path] = {
      body: hostPage('<script src="/record-violations.js"></script>', `${script}\n${script}`),
      headers: {'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'"},
    };
    const before = env.server.requests.length;
    const page = await env.engine.newPage();
    await page.goto(`${env.server.origin}${path}`);
    await page.waitFor(() =>
      [...document.querySelectorAll('sensiq-faq')].every((faq) => faq.shadowRoot?.querySelector('[part~="item"]'))
    );
    const shown = await page.evaluate(() => ({
      faqs: [...document.querySelectorAll('sensiq-faq')].map(
        (faq) => faq.shadowRoot.querySelectorAll('[part~="item"]').length
      ),
      violations: window.violations,
    }));
    await page.close();
    assert.deepEqual(shown, {faqs: [3, 3], violations: []});
    // The scripts the page asked for (not the chunks the element imports later): the element's file, once.
    const scripts = env.server.requests
      .slice(before)
      .filter((request) => /^\/dist\/([^/]+\/)?[^/]+\.js$/.test(request));
    assert.deepEqual(scripts, named);
  });

  test('Script tag: its reserve.css holds the space the FAQ will take, before its script has run', async () => {
    const choice = {tag: 'sensiq-faq', attributes: {limit: '4', searchable: true}, format: 'script'};
    const script = await code(choice);
    assert.match(script.split('\n')[0], /^<link rel="stylesheet" href="[^"]+\/dist\/reserve\.css">$/);
    // A phone-wide page with the system font at 16 px, the body font reserve.css's heights are measured with.
    const style = '<style>html { font: 16px/1.5 system-ui, sans-serif; } body { margin: 0 16px; }</style>';
    const height = async (body) => {
      const path = `/host-reserve-${++env.pages}.html`;
      env.server.pages[path] = {body: hostPage(style, body)};
      const page = await env.engine.newPage({width: 412});
      await page.goto(`${env.server.origin}${path}`);
      if (body.includes('<script')) await waitForFaq(page);
      const px = await page.evaluate(() => document.querySelector('sensiq-faq').getBoundingClientRect().height);
      await page.close();
      return px;
    };
    const held = await height(script.replace(/<script\b[^>]*><\/script>/, ''));
    const shown = await height(script);
    assert.ok(Math.abs(held - shown) < shown * 0.15, `held ${held} px before the script, ${shown} px once rendered`);
  });

  if (env.engineName === 'chromium') {
    test('Prerendered snippet: the element takes it over without moving anything (no layout shift)', async () => {
      const snippet = await code({...FAQ, format: 'snippet'});
      const url = await hostPageFor(env, 'snippet', `${snippet}\n<p>The host's text below the FAQ.</p>`);
      const page = await env.engine.newPage();
      await page.raw.addInitScript(() => {
        window.shifts = 0;
        new PerformanceObserver((list) => list.getEntries().forEach((entry) => (window.shifts += entry.value))).observe(
          {type: 'layout-shift', buffered: true}
        );
      });
      await page.goto(url);
      await waitForFaq(page);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
      assert.equal(await page.evaluate(() => window.shifts), 0);
      await page.close();
    });

    test('Prerendered snippet: with JavaScript off the page shows the FAQ as chosen', async () => {
      const url = await hostPageFor(env, 'snippet', await code({...FAQ, format: 'snippet'}));
      const page = await env.engine.newPage({javaScript: false});
      await page.goto(url);
      assert.deepEqual(await page.evaluate(readFaq), AS_CHOSEN);
      await page.close();
    });
  }

  test("every element's chosen settings reach its page through the script tag", async () => {
    const choices = [
      {tag: 'sensiq-takeaways', attributes: {limit: '2', 'heading-level': '4', theme: 'light'}},
      {tag: 'sensiq-red-flags', attributes: {'emergency-number': '+44 (0)20 7946 0000', 'heading-level': '3'}},
      {tag: 'sensiq-article', attributes: {'heading-level': '1', 'no-promo': true, theme: 'auto'}},
    ];
    const snippets = [];
    for (const choice of choices) snippets.push(await code({...choice, format: 'script'}));
    const page = await env.engine.newPage();
    await page.goto(await hostPageFor(env, 'script', snippets.join('\n')));
    await page.waitFor(() =>
      ['sensiq-takeaways', 'sensiq-red-flags', 'sensiq-article'].every((tag) =>
        document.querySelector(tag)?.shadowRoot?.querySelector('h1,h2,h3,h4')
      )
    );
    const shown = await page.evaluate(() => {
      const root = (tag) => document.querySelector(tag).shadowRoot;
      const heading = (tag) => root(tag).querySelector('h1,h2,h3,h4,h5,h6').localName;
      return {
        takeaways: {
          heading: heading('sensiq-takeaways'),
          items: root('sensiq-takeaways').querySelectorAll('li').length,
        },
        redFlags: {
          heading: heading('sensiq-red-flags'),
          call: root('sensiq-red-flags').querySelector('a[href^="tel:"]')?.textContent.trim(),
        },
        article: {
          heading: heading('sensiq-article'),
          promos: root('sensiq-article').querySelectorAll('[part~="promo"]').length,
        },
        themes: ['sensiq-takeaways', 'sensiq-article'].map((tag) =>
          document.querySelector(tag).getAttribute('data-sensiq-theme')
        ),
      };
    });
    assert.deepEqual(shown.takeaways, {heading: 'h4', items: 2});
    assert.equal(shown.redFlags.heading, 'h3');
    assert.match(shown.redFlags.call, /\+44 \(0\)20 7946 0000/);
    assert.deepEqual(shown.article, {heading: 'h1', promos: 0});
    assert.deepEqual(shown.themes, ['light', 'auto']);
    await page.close();
  });

  for (const [preset, format] of [
    ['product', 'shopify'],
    ['clinic', 'shortcode'],
    ['blog', 'script'],
  ]) {
    test(`the ${preset} preset: its code pasted into its platform's page shows the FAQ the preview showed`, async () => {
      builder ??= await openBuilder(env.engine, builderUrl());
      await builder.evaluate(configure, {tag: 'sensiq-faq', format});
      await builder.click(`#preset-${preset}`);
      await builder.evaluate(settled);
      const previewed = await builder.evaluate(readFaq);
      if (preset === 'product') assert.match(previewed.cta?.href ?? '', /\/products\//, 'a button to the product');
      if (preset === 'blog') assert.equal(previewed.searchboxes, 1);
      await builder.click('#copy');
      await builder.waitFor(() => document.getElementById('copy-status').textContent === 'Copied');
      const copied = await builder.evaluate(() => navigator.clipboard.readText());
      const page = await env.engine.newPage();
      await page.goto(await hostPageFor(env, format, copied));
      await waitForFaq(page);
      assert.deepEqual(await page.evaluate(readFaq), previewed);
      await page.close();
    });
  }

  after(() => builder?.close());
}
