// The platforms' server rendering run outside their platforms, for the equivalence tests: the plugin's PHP with
// php-cli (includes/server-render.php needs nothing of WordPress), the Shopify snippets with liquidjs.
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';

const PLUGIN = 'dist/wordpress/sensiq-embed';

/** Renders each {tag, given} with the built plugin's PHP: [{html, invalid}]. */
export function renderWithPhp(cases) {
  const script = `<?php
define('ABSPATH', '/');
require '${PLUGIN}/includes/server-render.php';
$out = array();
foreach (json_decode(stream_get_contents(STDIN), true) as $case) {
  $rendered = sensiq_embed_server_render($case['tag'], $case['given'] ?: array());
  $out[] = $rendered;
}
echo json_encode($out);`;
  const result = spawnSync(
    'php',
    ['-d', 'error_reporting=E_ALL', '-d', 'display_errors=stderr', '-r', script.replace(/^<\?php\n/, '')],
    {
      input: JSON.stringify(cases),
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    }
  );
  if (result.error) throw new Error(`php is needed for this test (Debian package php-cli): ${result.error.message}`);
  if (result.status !== 0 || result.stderr) throw new Error(`php failed (${result.status}):\n${result.stderr}`);
  return JSON.parse(result.stdout);
}

/** The render plans the build compiled (build/render-plans.json). */
export const renderData = () => JSON.parse(readFileSync('build/render-plans.json', 'utf8'));

/**
 * Renders a Shopify block through liquidjs as a storefront would, with `settings` over the schema's defaults.
 * Returns the block's HTML, trimmed.
 */
export async function renderBlock(engine, name, settings, {shopUrl = 'https://store.example'} = {}) {
  const {defaultSettings, EXTENSION} = await import('../../helpers/shopify.mjs');
  const source = readFileSync(`${EXTENSION}/blocks/${name}.liquid`, 'utf8');
  const context = {
    block: {id: 'b', type: name, settings: {...defaultSettings(name), ...settings}},
    shop: {url: shopUrl},
  };
  return (await engine.parseAndRender(source, context)).trim();
}

/** The attributes on an element's opening tag, unescaped: {name: value, or true for a bare one}. */
export function hostAttributes(html) {
  const tag = /^<[a-z-]+((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*>/.exec(html);
  if (!tag) throw new Error(`not an element: ${html.slice(0, 100)}`);
  const unescape = (text) =>
    text
      .replaceAll('&quot;', '"')
      .replaceAll('&#34;', '"')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&#39;', "'")
      .replaceAll('&#039;', "'")
      .replaceAll('&amp;', '&');
  return Object.fromEntries(
    [...tag[1].matchAll(/\s([a-z-]+)(?:="([^"]*)")?/g)].map(([, name, value]) => [
      name,
      value === undefined ? true : unescape(value),
    ])
  );
}
