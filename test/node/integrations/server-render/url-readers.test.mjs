// The three readers of a call-to-action link agree: the element's (src/internal/cta.ts), the plugin's PHP and the
// Shopify snippet, on links the URL standard rewrites (hex and octal hosts, backslashes, upper-case hosts, ports,
// dot segments). A server writes a link exactly as the element would render it, or leaves it out.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {Liquid} from 'liquidjs';
import {URL_INPUTS} from '../../../../scripts/lib/render-matrix.mjs';
import {canonicalUrl} from '../../../../scripts/lib/render-settings.mjs';
import {ctaLink} from '../../../../build/src/internal/cta.js';

const inputs = URL_INPUTS.map(({input}) => input);

/** What the element links to for `cta-href`, or null; its warning for a refused link is not this test's business. */
function elementLink(input) {
  const host = {localName: 'sensiq-article', getAttribute: () => input, ctaHref: input};
  const warn = console.warn;
  console.warn = () => {};
  try {
    return ctaLink(host) ?? null;
  } finally {
    console.warn = warn;
  }
}

function phpLinks() {
  const script = `define('ABSPATH', '/');
require 'dist/wordpress/sensiq-embed/includes/server-render.php';
$out = array();
foreach (json_decode(stream_get_contents(STDIN), true) as $text) {
  $out[] = sensiq_embed_canonical_url(sensiq_embed_trim_js($text));
}
echo json_encode($out);`;
  const result = spawnSync('php', ['-d', 'display_errors=stderr', '-r', script], {
    input: JSON.stringify(inputs),
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, `php failed: ${result.stderr}`);
  assert.equal(result.stderr, '');
  return JSON.parse(result.stdout);
}

async function liquidLinks() {
  const engine = new Liquid({root: ['dist/shopify/sensiq-embed/snippets'], extname: '.liquid', strictFilters: true});
  const out = [];
  for (const text of inputs) {
    const html = await engine.parseAndRender("{%- render 'sensiq-read-url', text: text, shop_url: shop -%}", {
      text,
      shop: 'https://store.example',
    });
    out.push(html === '' ? null : html);
  }
  return out;
}

test('the element, the PHP and the Liquid readers agree on every link the URL standard rewrites', async () => {
  const php = phpLinks();
  const liquid = await liquidLinks();
  URL_INPUTS.forEach(({input, server = null}, i) => {
    const label = JSON.stringify(input);
    assert.equal(canonicalUrl(input) ?? null, server, `${label}: the reference`);
    assert.equal(php[i], server, `${label}: PHP`);
    // A path on the shop is the one thing only Shopify knows how to complete.
    if (!input.startsWith('/')) assert.equal(liquid[i], server, `${label}: Liquid`);
    if (server !== null) assert.equal(elementLink(input), server, `${label}: the element links elsewhere`);
  });
  // The inputs include links the element takes and the servers refuse, so refusing is exercised.
  assert.ok(URL_INPUTS.some(({input, server}) => !server && elementLink(input)));
});

test("the Shopify reader completes a path on the shop with the shop's address", async () => {
  const engine = new Liquid({root: ['dist/shopify/sensiq-embed/snippets'], extname: '.liquid', strictFilters: true});
  const render = (text) =>
    engine.parseAndRender("{%- render 'sensiq-read-url', text: text, shop_url: shop -%}", {
      text,
      shop: 'https://store.example',
    });
  assert.equal(await render('/products/joint-support?v=1'), 'https://store.example/products/joint-support?v=1');
  assert.equal(await render('/products/../admin'), '');
});
