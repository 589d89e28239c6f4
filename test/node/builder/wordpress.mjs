// A post as WordPress would show it, without a site: wordpress-post.php runs WordPress's own save filter and
// content filters (Debian's `wordpress` package) with the built plugin's shortcodes.
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const HARNESS = fileURLToPath(new URL('./wordpress-post.php', import.meta.url));

/** The HTML WordPress renders for `content` saved by an Author. Fails (never skips) without WordPress or PHP. */
export function wordpressPost(content) {
  if (!existsSync('/usr/share/wordpress/wp-includes/shortcodes.php')) {
    throw new Error(
      "Debian's wordpress package is missing: apt-get install -y --no-install-recommends wordpress php-cli"
    );
  }
  const run = spawnSync('php', [HARNESS], {input: content, encoding: 'utf8', timeout: 60_000});
  if (run.status !== 0 || run.stderr)
    throw new Error(`php ${HARNESS} failed (${run.status ?? run.signal}):\n${run.stderr}${run.stdout}`);
  return run.stdout;
}

/** The plugin's own loader, which it adds to a page that shows SensIQ content. */
export const PLUGIN_LOADER = '/dist/wordpress/sensiq-embed/assets/loader.js';
