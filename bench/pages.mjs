// The benchmark's pages. Every page is the same host page (a shop's product page) holding the same SensIQ
// content, delivered a different way. Two scenarios: the FAQ (where the peers compete) and the whole
// article; plus pages with 1 to 100 FAQ widgets to see how render time grows.
import {readFileSync} from 'node:fs';
import {articleHtml, faqHtml, faqItems, shoelaceFaqHtml} from './static-html.mjs';

const snippet = (tag) => readFileSync(`dist/snippets/${tag}.html`, 'utf8');

/** The host page around every variant; `ready` is a selector the probe waits for (see bench/probe.js). */
function hostPage({title, head = '', body, ready}) {
  return `<!doctype html>
<html lang="en"${ready ? ` data-bench-ready="${ready}"` : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} | Example Store</title>
<link rel="stylesheet" href="/bench/host.css">
${head}
</head>
<body>
<header class="site"><a href="#">Example Store</a> <nav><a href="#">Shop</a> <a href="#">Journal</a> <a href="#">Contact</a></nav></header>
<main>
<h1>Joint Comfort Bundle</h1>
<p class="intro">Our bestselling bundle for active days. Free delivery on orders over $40, and returns within 30 days.</p>
<section class="embed">
${body}
</section>
<p>Questions about your order? Our team answers within one working day.</p>
</main>
<footer class="site"><p>&copy; Example Store</p></footer>
</body>
</html>
`;
}

const moduleScript = (src) => `<script type="module" src="${src}"></script>`;
const FIRST_ANSWER = () => faqItems()[0].blocks[0].text.find((run) => typeof run === 'string').split('. ')[0];

/**
 * `toggle`: what to click to open the first question, and text that must then be visible (the bench
 * checks the click really opened it).
 */
export function benchPages(scenarios = ['faq', 'article']) {
  const faqToggle = (selector) => ({selector, expect: FIRST_ANSWER()});
  const faq = () => [
    {name: 'floor', body: faqHtml(), toggle: faqToggle('details summary')},
    {name: 'sensiq.js', head: moduleScript('/dist/sensiq.js'), body: '<sensiq-faq></sensiq-faq>', toggle: faqToggle('sensiq-faq [part="question"]')},
    {name: 'loader', head: moduleScript('/dist/loader.js'), body: '<sensiq-faq></sensiq-faq>', toggle: faqToggle('sensiq-faq [part="question"]')},
    {
      // The host may hold its first paint for the script, so that the widget never appears late.
      name: 'sensiq.js blocking=render',
      head: '<script type="module" src="/dist/sensiq.js" blocking="render"></script>',
      body: '<sensiq-faq></sensiq-faq>',
      toggle: faqToggle('sensiq-faq [part="question"]'),
    },
    {
      name: 'snippet',
      head: moduleScript('/dist/hydrate.js') + moduleScript('/dist/loader.js'),
      body: snippet('sensiq-faq'),
      toggle: faqToggle('sensiq-faq [part="question"]'),
    },
    {
      name: 'shoelace',
      // Shoelace's documented setup: its theme, and hiding elements until they are defined.
      head: `<link rel="stylesheet" href="/bench/out/shoelace/light.css">
<style>sl-details:not(:defined) { visibility: hidden; }</style>
${moduleScript('/bench/out/shoelace/shoelace-faq.js')}`,
      body: shoelaceFaqHtml(),
      toggle: faqToggle('sl-details'),
    },
    {
      name: 'react',
      head: moduleScript('/bench/out/react/react-faq.js'),
      body: '<div id="faq-root"></div>',
      ready: '#faq-root button',
      toggle: faqToggle('#faq-root button'),
    },
  ];
  const article = () => [
    {name: 'floor', body: articleHtml()},
    {name: 'sensiq.js', head: moduleScript('/dist/sensiq.js'), body: '<sensiq-article></sensiq-article>'},
    {name: 'loader', head: moduleScript('/dist/loader.js'), body: '<sensiq-article></sensiq-article>'},
    {name: 'snippet', head: moduleScript('/dist/hydrate.js') + moduleScript('/dist/loader.js'), body: snippet('sensiq-article')},
  ];
  const pages = {faq, article};
  return scenarios
    .flatMap((scenario) => pages[scenario]().map((page) => ({...page, scenario})))
    .map((page) => ({...page, path: `/bench/out/${page.scenario}-${page.name.replace(/\.js|\W+/g, '')}.html`, html: hostPage({title: page.name, ...page})}));
}

export const WIDGET_COUNTS = [1, 10, 50, 100];

/**
 * N <sensiq-faq> widgets through dist/sensiq.js. Module scripts run in document order after parsing, with
 * a microtask checkpoint after each: the marks around the library bracket its evaluation and the first
 * render of every widget; `bench:painted` follows the next frame.
 */
export function scalingPages() {
  return WIDGET_COUNTS.map((count) => ({
    name: `${count} × <sensiq-faq>`,
    count,
    path: `/bench/out/scale-${count}.html`,
    html: hostPage({
      title: `${count} widgets`,
      head: `<script type="module">performance.mark('bench:start')</script>
${moduleScript('/dist/sensiq.js')}
<script type="module">
performance.mark('bench:rendered');
requestAnimationFrame(() => setTimeout(() => performance.mark('bench:painted')));
</script>`,
      body: '<sensiq-faq></sensiq-faq>\n'.repeat(count),
    }),
  }));
}
