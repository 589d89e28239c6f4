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
  const result = spawnSync('php', ['-d', 'error_reporting=E_ALL', '-d', 'display_errors=stderr', '-r', script.replace(/^<\?php\n/, '')], {
    input: JSON.stringify(cases),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw new Error(`php is needed for this test (Debian package php-cli): ${result.error.message}`);
  if (result.status !== 0 || result.stderr) throw new Error(`php failed (${result.status}):\n${result.stderr}`);
  return JSON.parse(result.stdout);
}

/** The render plans the build compiled (build/render-plans.json). */
export const renderData = () => JSON.parse(readFileSync('build/render-plans.json', 'utf8'));
