// Settings to prove render plans with: every value of every setting an element has, every pair of them, lists
// chosen in other orders and cut short, and invalid values. The build checks each plan against the elements
// with it (checkPlans), and the tests run the plugin's PHP and the Shopify snippets through it.
import {tokenize, isMarker} from './token-diff.mjs';
import {SETTINGS, serverRender} from './render-settings.mjs';

/**
 * Links that the URL standard rewrites or refuses, for the three URL readers (the element's, the plugin's PHP,
 * the Shopify snippet) to agree on: upper-case schemes and hosts, ports, hex, octal and dotted-number hosts,
 * backslashes, dot segments, user info, characters the standard escapes. `server` is what every server writes
 * (undefined: it leaves the link out).
 */
export const URL_INPUTS = [
  {
    input: 'https://shop.example/products/joint-support?variant=1#buy',
    server: 'https://shop.example/products/joint-support?variant=1#buy',
  },
  {input: 'HTTPS://Shop.Example:443', server: 'https://shop.example/'},
  {input: 'http://SHOP.example:8080/a', server: 'http://shop.example:8080/a'},
  {input: 'http://shop.example:80/x', server: 'http://shop.example/x'},
  {input: 'https://shop.example:65535/', server: 'https://shop.example:65535/'},
  {input: 'https://shop.example?x=1', server: 'https://shop.example/?x=1'},
  {input: 'https://shop.example#top', server: 'https://shop.example/#top'},
  {input: 'https://shop.example/a b', server: 'https://shop.example/a%20b'},
  {input: "https://shop.example/#it's", server: "https://shop.example/#it's"},
  {input: 'https://shop.example/...', server: 'https://shop.example/...'},
  {input: ' https://shop.example/x ', server: 'https://shop.example/x'},
  {input: 'http://0x7f.1/'},
  {input: 'http://0177.0.0.1/'},
  {input: 'http://127.0.0.1/'},
  {input: 'https://shop.example\\products'},
  {input: 'https://shop.example/a\\b'},
  {input: 'https://shop.example/a/../b'},
  {input: 'https://shop.example/a/%2E%2E/b'},
  {input: 'https://shop.example/./b'},
  {input: 'https://shop.example/a/.%2e'},
  {input: 'https://shop.example:0443/'},
  {input: 'https://shop.example:99999/'},
  {input: 'https://shop.example:/'},
  {input: 'https://user@shop.example/'},
  {input: 'https://shop..example/'},
  {input: "https://shop.example/it's"},
  {input: 'https://shop.example/a#b#c'},
  {input: 'https:/shop.example'},
  {input: 'https://sh\u00f6p.example/'},
  {input: 'https://shop.example/\u00e9'},
  {input: 'javascript:alert(1)'},
  {input: 'ftp://shop.example/'},
  {input: '/relative/page'},
];

/**
 * Settings the element reads but a server does not: servers take canonical values only (plain digits, links
 * in the form the URL standard writes back), so they leave these out and the element shows its default. And
 * an article the plugin does not bundle: the element alone shows none, the server leaves the setting out and
 * the element shows the bundled one (administrators are told which setting was not valid).
 */
export const REFUSED_BY_SERVERS = [
  {article: 'no-such-article'},
  ...['1e1', '0x2', '02', '2.0'].map((limit) => ({limit})),
  ...['03', '3.0'].map((level) => ({'heading-level': level})),
  ...URL_INPUTS.filter(({input, server}) => !server && elementTakes(input)).map(({input}) => ({'cta-href': input})),
];

/** Whether the element shows a call to action for the link (src/internal/cta.ts: any absolute http(s) URL). */
function elementTakes(link) {
  try {
    return /^https?:$/.test(new URL(link).protocol);
  } catch {
    return false;
  }
}

/** A matrix value with item positions ('4,1') turned into the plan's item ids; other text as it is. */
const withIds = (value, ids) => (typeof value === 'string' ? value.replace(/\d+/g, (n) => ids[n - 1]) : value);

/**
 * The declaration's matrix values of every setting the plan has (src/internal/settings.ts), each as settings
 * to render, with the settings it shows beside. `which` is 'valid' or 'invalid'.
 */
function declaredValues(plan, which) {
  const ids = plan.items?.ids ?? [];
  return Object.entries(plan.settings).flatMap(([name]) => {
    const {matrix, kind} = SETTINGS[name];
    // Item positions only mean something for the elements that pick items by id.
    if ((kind === 'ids' || kind === 'item') && !ids.length) return [];
    const values = matrix[which].map((value) => (kind === 'ids' || kind === 'item' ? withIds(value, ids) : value));
    return values.map((value) => ({...matrix.with, [name]: value}));
  });
}

/** Each link of URL_INPUTS that every server writes (`valid`) or leaves out, where the plan has `cta-href`. */
const links = (plan, valid) =>
  'cta-href' in plan.settings
    ? URL_INPUTS.filter(({server}) => !!server === valid).map(({input}) => ({'cta-href': input}))
    : [];

/**
 * The settings matrix for one plan: each valid value, each pair of the declaration's valid values, each link of
 * URL_INPUTS, and each invalid value (the element falls back to its default for each, and so must the server).
 */
export function settingsMatrix(plan) {
  const valid = declaredValues(plan, 'valid');
  const pairs = [];
  for (let i = 0; i < valid.length; i++) {
    for (let j = i + 1; j < valid.length; j++) {
      const [a, b] = [valid[i], valid[j]];
      if (Object.keys(a).some((name) => name in b)) continue;
      pairs.push({...a, ...b});
    }
  }
  return [{}, ...valid, ...pairs, ...links(plan, true), ...declaredValues(plan, 'invalid'), ...links(plan, false)];
}

/** Markup as the browser builds it from either side: Lit's markers and the legacy shadowroot attribute dropped. */
export const comparable = (markup) =>
  tokenize(markup)
    .filter((token) => !isMarker(token))
    .join('')
    .replace(/<template shadowroot="open" shadowrootmode="open">/g, '<template shadowrootmode="open">')
    .replaceAll('&#39;', "'")
    .replaceAll('&#039;', "'");

/**
 * Checks that `plan` gives, for every setting in the matrix, the markup the element renders from the attributes
 * the server writes. Returns the failures as readable strings (none: the plan is right).
 */
export function checkPlan(plan, render, options) {
  const failures = [];
  for (const given of settingsMatrix(plan)) {
    const {html} = serverRender(plan, given, options);
    const written = /^<[a-z-]+((?:\s[a-z-]+(?:="[^"]*")?)*?) data-sensiq-theme="[a-z]+">/.exec(html);
    const attributes = Object.fromEntries(
      [...written[1].matchAll(/\s([a-z-]+)(?:="([^"]*)")?/g)].map(([, name, value]) => [
        name,
        value === undefined
          ? true
          : value
              .replaceAll('&quot;', '"')
              .replaceAll('&lt;', '<')
              .replaceAll('&gt;', '>')
              .replaceAll('&#39;', "'")
              .replaceAll('&amp;', '&'),
      ])
    );
    const expected = comparable(render(plan.tag, attributes)).replace(/^<[^>]*>/, '');
    const actual = comparable(html).replace(/^<[^>]*>/, '');
    if (actual !== expected)
      failures.push(`<${plan.tag}> ${JSON.stringify(given)}: ${firstDifference(actual, expected)}`);
  }
  return failures;
}

/** Where two strings part, with a little context. */
export function firstDifference(actual, expected) {
  let at = 0;
  while (at < actual.length && actual[at] === expected[at]) at++;
  return `at ${at}: server …${actual.slice(Math.max(0, at - 80), at + 80)}… element …${expected.slice(Math.max(0, at - 80), at + 80)}…`;
}
