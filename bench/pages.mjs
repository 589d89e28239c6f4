// The benchmark's pages. Every page is the same host page (a shop's product page on a phone) holding the same
// SensIQ content, delivered a different way. Two scenarios: the FAQ (where the peers compete) and the whole
// article; plus pages with 1 to 100 FAQ widgets to see how render time grows.
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {embedCode} from '../build/src/builder/formats.js';
import {
  articleHeadline,
  detailsFaqHtml,
  articleHtml,
  faqHtml,
  faqItems,
  redFlagsHeading,
  redFlagsHtml,
  takeawaysHeading,
  takeawaysHtml,
} from './static-html.mjs';

const snippet = (tag) => readFileSync(`dist/snippets/${tag}.html`, 'utf8');

// The host's own text under the widget: a product description long enough to fill a phone screen and more,
// so that a widget that renders late pushes text the reader already sees (generated copy, no health claims).
const DESCRIPTION = `<section class="description">
<h2>About this bundle</h2>
<p>The Joint Comfort Bundle gathers the three things our customers ask about most into one box: a contoured
seat cushion, a wheat-filled heat pack with a washable cover, and a set of two fabric resistance bands. Each
piece is made by a small workshop we have worked with for years, and each is sold on its own too; together
they cost a fifth less.</p>
<p>The seat cushion is cut from a single block of high-density foam and shaped with a shallow dip at the back.
It measures 45 by 40 centimetres, is 7 centimetres at its deepest, and fits most kitchen, office and car seats.
A non-slip base keeps it in place, and the cover zips off in one piece.</p>
<p>The heat pack is filled with British wheat and dried lavender and sewn into twelve channels so the filling
stays spread out. Warm it in the microwave for ninety seconds at 800 watts; it stays pleasantly warm for
about twenty minutes. Never heat it in an oven, and let it cool completely before you warm it again.</p>
<p>The two resistance bands are woven cotton with a latex-free grip strip, one light and one medium. They come
in a drawstring bag with a printed card of twelve gentle routines designed by a fitness instructor, each with
drawings of the starting position and the movement.</p>
<h2>Materials and care</h2>
<p>Covers are 100% organic cotton in oatmeal, sage or charcoal, dyed without azo dyes. Wash them at 30 °C and
dry them flat; the foam and the wheat pack must not get wet. The bands can be hand-washed in lukewarm water
with mild soap. Everything ships in recycled cardboard without plastic film.</p>
<h2>Delivery and returns</h2>
<p>Orders placed before 2 pm on a working day leave our warehouse the same day. Standard delivery takes two
to four working days and is free on orders over $40; express delivery arrives the next working day for $6.
If something is not right, send it back unused within 30 days for a full refund: the returns label is in
the box.</p>
<p>Questions about your order? Our team answers within one working day.</p>
</section>`;

/**
 * The host page around every variant: on a 412 px phone screen the widget starts about 200 px from the top,
 * under the product's name, with the host's description below it. `ready` is a selector the probe waits for
 * (see bench/probe.js).
 */
export function hostPage({title, head = '', body, ready}) {
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
<p class="intro">Our bestselling bundle for active days. Free delivery on orders over $40.</p>
<section class="embed">
${body}
</section>
${DESCRIPTION}
</main>
<footer class="site"><p>&copy; Example Store</p></footer>
</body>
</html>
`;
}

/** For `htmlFrom`/`bodyFrom`: the text at `url` on a running server (a WordPress page, say). */
export async function fetchText(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

/**
 * What the WordPress plugin prints for an element with default settings (a `[sensiq_faq]` shortcode or an FAQ
 * block): the built plugin's own PHP, run with php-cli (its server rendering needs nothing of WordPress).
 */
function wordpressServerRender(tag) {
  const php = `define('ABSPATH', '/'); require 'dist/wordpress/sensiq-embed/includes/server-render.php';
echo sensiq_embed_server_render('${tag}', array())['html'];`;
  const result = spawnSync('php', ['-d', 'display_errors=stderr', '-r', php], {encoding: 'utf8'});
  if (result.error || result.status !== 0 || result.stderr) {
    throw new Error(
      `the WordPress page needs php-cli and a built plugin (npm run build): ${result.error ?? result.stderr}`
    );
  }
  return result.stdout;
}

/** The data the build wrote into the embed builder's page (src/builder/builder-data.ts reads the same). */
function builderData() {
  const page = readFileSync('dist/builder/index.html', 'utf8');
  const json = page.match(/<script type="application\/json" id="sensiq-builder-data">(.*?)<\/script>/s)?.[1];
  if (!json) throw new Error('dist/builder/index.html has no builder data: run `npm run build`');
  return JSON.parse(json);
}

/**
 * The code the embed builder hands out for `tag` with its default settings (its "Script tag" format), made by
 * the builder's own module, with the files served from this repository's dist/. Pasted as a whole where the
 * widget goes, as a marketer would.
 */
function builderCode(tag) {
  const {version, fallback} = builderData();
  return embedCode('script', {tag, attributes: [], properties: []}, {scripts: '/dist/', version, fallback});
}

const moduleScript = (src) => `<script type="module" src="${src}"></script>`;
const RESERVE = '<link rel="stylesheet" href="/dist/reserve.css">';
const modulePreload = (href) => `<link rel="modulepreload" href="${href}">`;
const FIRST_ANSWER = () =>
  faqItems()[0]
    .blocks[0].text.find((run) => typeof run === 'string')
    .split('. ')[0];

/**
 * The pages of each scenario. A page is the host page around `head` and `body` (strings), or around
 * `bodyFrom()` (an async function returning the embed's markup, e.g. a server's rendering of it), or is the
 * whole document `htmlFrom()` returns (e.g. `() => fetchText('http://127.0.0.1:8080/faq/')`). Every page is
 * written to bench/out/ and served by the bench's server, so root-relative URLs (`/dist/...`) resolve in
 * this repository. `floor` is the scenario's plain-HTML baseline that LCP is divided by.
 *
 * `toggle`: what to click to open the first question, and text that must then be visible (the bench checks
 * the click really opened it).
 */
function scenarios() {
  // The embed builder's code, as handed out, pasted where the widget goes.
  const builderPage = (tag, extra = {}) => ({name: 'builder code', body: builderCode(tag), ...extra});
  // The same code placed as the builder's steps say: the lines before the element in the head.
  const builderPageByItsSteps = (tag, extra = {}) => {
    const code = builderCode(tag);
    const element = code.indexOf(`<${tag}`);
    return {
      name: 'builder code, head lines in head',
      head: code.slice(0, element),
      body: code.slice(element),
      ...extra,
    };
  };
  const faqToggle = (selector) => ({selector, expect: FIRST_ANSWER()});
  const sensiqToggle = faqToggle('sensiq-faq [part="question"]');
  // A web-component peer as its documentation sets it up: its stylesheet, its elements hidden until they are
  // defined, its script; the nine questions as its details element.
  const webComponentPeer = (name, stylesheet, tag, script) => ({
    name,
    head: `<link rel="stylesheet" href="${stylesheet}">
<style>${tag}:not(:defined) { visibility: hidden; }</style>
${moduleScript(script)}`,
    body: detailsFaqHtml(tag),
    toggle: faqToggle(tag),
  });
  const faqFile = '/dist/components/sensiq-faq.standalone.js';
  const articleFile = '/dist/components/sensiq-article.standalone.js';
  const faq = [
    {name: 'floor', body: faqHtml(), toggle: faqToggle('details summary')},
    {
      name: 'sensiq.js',
      head: RESERVE + moduleScript('/dist/sensiq.js'),
      body: '<sensiq-faq></sensiq-faq>',
      toggle: sensiqToggle,
    },
    // The README's recipe: reserve.css holds the widget's space from the first paint, the loader fetches it.
    {
      name: 'loader',
      head: RESERVE + moduleScript('/dist/loader.js'),
      body: '<sensiq-faq></sensiq-faq>',
      toggle: sensiqToggle,
    },
    // The script tag alone: the loader runs after the first paint, so the late widget pushes the text down.
    {
      name: 'loader, no reserve.css',
      head: moduleScript('/dist/loader.js'),
      body: '<sensiq-faq></sensiq-faq>',
      toggle: sensiqToggle,
    },
    builderPage('sensiq-faq', {toggle: sensiqToggle}),
    {
      // The loader's second request (the element's file) waits for the loader to run; the hint starts it
      // with the first.
      name: 'loader + modulepreload',
      head: RESERVE + moduleScript('/dist/loader.js') + modulePreload(faqFile),
      body: '<sensiq-faq></sensiq-faq>',
      toggle: sensiqToggle,
    },
    {
      // The host may hold its first paint for the script, so that the widget never appears late.
      name: 'sensiq.js blocking=render',
      head: '<script type="module" src="/dist/sensiq.js" blocking="render"></script>',
      body: '<sensiq-faq></sensiq-faq>',
      toggle: sensiqToggle,
    },
    // What a server-rendered page (a snippet, WordPress, Shopify) is: the content as Declarative Shadow DOM, and
    // the loader, which renders the element afresh over the server's shadow root in the same task.
    {name: 'snippet', head: moduleScript('/dist/loader.js'), body: snippet('sensiq-faq'), toggle: sensiqToggle},
    // With Lit's hydration support, which keeps the server's nodes instead (optional, README).
    {
      name: 'snippet + hydrate.js',
      head: moduleScript('/dist/hydrate.js') + moduleScript('/dist/loader.js'),
      body: snippet('sensiq-faq'),
      toggle: sensiqToggle,
    },
    {
      // A WordPress post with the plugin: its server output (every answer in the HTML, no hydration markers) and
      // the loader, which the plugin prints as a module in the head.
      name: 'wordpress server render',
      head: moduleScript('/dist/loader.js'),
      bodyFrom: async () => wordpressServerRender('sensiq-faq'),
      toggle: sensiqToggle,
    },
    webComponentPeer('shoelace', '/bench/out/shoelace/light.css', 'sl-details', '/bench/out/shoelace/shoelace-faq.js'),
    webComponentPeer(
      'web awesome',
      '/bench/out/webawesome/styles/webawesome.css',
      'wa-details',
      '/bench/out/webawesome/webawesome-faq.js'
    ),
    {
      name: 'react',
      head: moduleScript('/bench/out/react/react-faq.js'),
      body: '<div id="faq-root"></div>',
      ready: '#faq-root button',
      toggle: faqToggle('#faq-root button'),
    },
  ];
  const article = [
    {name: 'floor', body: articleHtml()},
    {name: 'sensiq.js', head: RESERVE + moduleScript('/dist/sensiq.js'), body: '<sensiq-article></sensiq-article>'},
    {name: 'loader', head: RESERVE + moduleScript('/dist/loader.js'), body: '<sensiq-article></sensiq-article>'},
    {name: 'loader, no reserve.css', head: moduleScript('/dist/loader.js'), body: '<sensiq-article></sensiq-article>'},
    {
      name: 'loader + modulepreload',
      head: RESERVE + moduleScript('/dist/loader.js') + modulePreload(articleFile),
      body: '<sensiq-article></sensiq-article>',
    },
    {name: 'snippet', head: moduleScript('/dist/loader.js'), body: snippet('sensiq-article')},
    builderPage('sensiq-article'),
  ];
  // The desktop peer page (issue 24): the FAQ on a desktop screen, our three paths (the builder's script tag, the
  // one-file bundle, the server's content) against the plain HTML and every peer; and the builder's code placed as
  // its steps say, with reserve.css in the head, where it holds back no paint of the content after it.
  const onDesktop = ['floor', 'builder code', 'sensiq.js', 'snippet', 'shoelace', 'web awesome', 'react'];
  const desktop = [
    ...faq.filter((page) => onDesktop.includes(page.name)),
    builderPageByItsSteps('sensiq-faq', {toggle: sensiqToggle}),
  ].map((page) => ({...page, device: 'desktop'}));
  const takeaways = [{name: 'floor', body: takeawaysHtml()}, builderPage('sensiq-takeaways')];
  const redFlags = [{name: 'floor', body: redFlagsHtml()}, builderPage('sensiq-red-flags')];
  return {faq, article, takeaways, 'red-flags': redFlags, desktop};
}

/** A page's file name: `faq-loader-modulepreload` for "loader + modulepreload" in faq. */
const slug = (scenario, name) =>
  `${scenario}-${name
    .replace(/\.js\b/g, '')
    .replace(/\W+/g, '-')
    .replace(/^-|-$/g, '')}`;

/** Text every page of a scenario shows exactly once when it works: the first question, the headline. */
const SHOWN_ONCE = {
  faq: () => faqItems()[0].heading,
  article: articleHeadline,
  takeaways: takeawaysHeading,
  'red-flags': redFlagsHeading,
  desktop: () => faqItems()[0].heading,
};

/**
 * The pages of `names` (faq, article, takeaways, red-flags, desktop), their HTML ready:
 * [{scenario, name, path, html, once, toggle?, device?}].
 */
export async function benchPages(names = ['faq', 'article', 'takeaways', 'red-flags', 'desktop']) {
  const all = scenarios();
  const pages = names.flatMap((scenario) =>
    all[scenario].map((page) => ({...page, scenario, once: SHOWN_ONCE[scenario]()}))
  );
  return Promise.all(
    pages.map(async ({head, body, bodyFrom, htmlFrom, ...page}) => ({
      ...page,
      path: `/bench/out/${slug(page.scenario, page.name)}.html`,
      html: htmlFrom
        ? await htmlFrom()
        : hostPage({title: page.name, head, body: bodyFrom ? await bodyFrom() : body, ready: page.ready}),
    }))
  );
}

export const WIDGET_COUNTS = [1, 10, 50, 100];

/**
 * N <sensiq-faq> widgets through dist/sensiq.js. Module scripts run in document order after parsing. The library's
 * evaluation upgrades the widgets, and each one's first render follows in a task of its own (issue 24), queued
 * in page order: `bench:rendered` is marked in the first task after the last widget has rendered, so
 * `bench:start` to it is evaluation plus every first render. `bench:painted` follows the next frame after it.
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
const rendered = () => [...document.querySelectorAll('sensiq-faq')].every((faq) => faq.hasUpdated);
const mark = () => {
  if (!rendered()) return setTimeout(mark);
  performance.mark('bench:rendered');
  requestAnimationFrame(() => setTimeout(() => performance.mark('bench:painted')));
};
mark();
</script>`,
      body: '<sensiq-faq></sensiq-faq>\n'.repeat(count),
    }),
  }));
}
