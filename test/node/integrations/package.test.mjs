// The platform packages are their own downloads: npm users get the library, not a WordPress plugin or a Shopify
// extension.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {spawnSync} from 'node:child_process';

test('the npm package leaves out dist/wordpress/ and dist/shopify/', () => {
  assert.ok(
    existsSync('dist/wordpress/sensiq-embed.zip') && existsSync('dist/shopify/sensiq-embed'),
    'run the build first'
  );
  const run = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {encoding: 'utf8'});
  assert.equal(run.status, 0, run.stderr);
  const files = JSON.parse(run.stdout)[0].files.map((file) => file.path);
  assert.ok(files.includes('dist/loader.js'));
  assert.deepEqual(
    files.filter((file) => /^dist\/(wordpress|shopify)\//.test(file)),
    []
  );
});
