// `npm run release` (issue 18): the npm tarball, the dist/ zip with INSTALL.txt and the WordPress plugin zip,
// versioned. The tarball is then served the way an npm CDN serves a published package (its files under
// /npm/@sensiq/embed@<version>/), and a page on another origin loads the pinned loader from there.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {unzipSync} from 'fflate';
import {release} from '../../scripts/release.mjs';
import {importMap} from '../../scripts/integrity.mjs';
import {launchChromium, openPage} from './helpers/browser.mjs';
import {hostPage} from './helpers/embed.mjs';
import {startServer} from './helpers/server.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const env = {};
before(() => {
  env.dir = mkdtempSync(join(tmpdir(), 'sensiq-release-'));
  env.files = release(join(env.dir, 'release'));
});
after(async () => {
  await env.browser?.close();
  await env.cdn?.close();
  await env.site?.close();
  rmSync(env.dir, {recursive: true, force: true});
});

test('the release holds the npm tarball, the dist/ zip and the WordPress plugin, each named with the version', () => {
  const v = pkg.version;
  assert.deepEqual(
    Object.values(env.files).map((path) => path.slice(env.dir.length + '/release/'.length)),
    [`sensiq-embed-${v}.tgz`, `sensiq-embed-${v}-dist.zip`, `sensiq-embed-wordpress-${v}.zip`]
  );
  assert.deepEqual(readFileSync(env.files.wordpress), readFileSync('dist/wordpress/sensiq-embed.zip'));

  const zip = unzipSync(readFileSync(env.files.zip));
  const folder = `sensiq-embed-${v}-dist/`;
  const names = Object.keys(zip);
  assert.ok(
    names.every((name) => name.startsWith(folder)),
    'one folder'
  );
  for (const file of [
    'loader.js',
    'sensiq.js',
    'reserve.css',
    'integrity.json',
    'components/sensiq-faq.js',
    'INSTALL.txt',
    '.htaccess',
    '_headers',
  ]) {
    assert.ok(names.includes(folder + file), file);
  }
  assert.deepEqual(
    names.filter((name) => name.startsWith(`${folder}wordpress/`)),
    [],
    'the plugin has a zip of its own'
  );
  assert.deepEqual(zip[`${folder}loader.js`], new Uint8Array(readFileSync('dist/loader.js')));
  const install = new TextDecoder().decode(zip[`${folder}INSTALL.txt`]);
  const integrity = JSON.parse(readFileSync('dist/integrity.json', 'utf8'));
  assert.match(install, new RegExp(`^SensIQ Embed ${v.replaceAll('.', '\\.')}\\n`));
  assert.ok(
    install.includes(`src="/sensiq/sensiq.js" integrity="${integrity['sensiq.js']}" crossorigin="anonymous"`),
    install
  );
  assert.ok(install.includes(`/npm/@sensiq/embed@${v}/dist/`), install);
  assert.match(install, /must send Access-Control-Allow-Origin/);
});

test('the packed tarball, served as an npm CDN serves it, runs the pinned loader on another site', async () => {
  // What a CDN does with a published version: unpack the tarball (npm's package/ folder) under its name@version.
  const base = `/npm/${pkg.name}@${pkg.version}/`;
  const root = join(env.dir, 'cdn');
  mkdirSync(join(root, base), {recursive: true});
  execFileSync('tar', ['-xzf', env.files.tarball, '-C', join(root, base), '--strip-components=1']);
  const packedDist = join(root, base, 'dist');

  // Its integrity.json is the build's, and holds true for every file the package carries.
  const integrity = JSON.parse(readFileSync(join(packedDist, 'integrity.json'), 'utf8'));
  assert.deepEqual(integrity, JSON.parse(readFileSync('dist/integrity.json', 'utf8')));
  for (const [file, value] of Object.entries(integrity)) {
    const path = join(packedDist, file);
    if (!existsSync(path)) continue; // snippets and the platform packages are not in the npm package
    assert.equal(`sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`, value, file);
  }
  for (const file of ['loader.js', 'reserve.css', 'sensiq.js', 'components/sensiq-faq.standalone.js']) {
    assert.ok(existsSync(join(packedDist, file)), `the package carries dist/${file}`);
  }

  env.cdn = await startServer({root, headers: {'access-control-allow-origin': '*'}});
  env.site = await startServer();
  env.browser = await launchChromium();
  const dist = `${env.cdn.origin}${base}dist/`;
  env.site.pages['/clinic.html'] = {
    body: hostPage(
      `<script type="importmap">${JSON.stringify(importMap(dist, integrity))}</script>
<link rel="stylesheet" href="${dist}reserve.css" integrity="${integrity['reserve.css']}" crossorigin="anonymous">
<script type="module" src="${dist}loader.js" integrity="${integrity['loader.js']}" crossorigin="anonymous"></script>`,
      '<sensiq-faq limit="3"></sensiq-faq>'
    ),
  };
  const {page, seen} = await openPage(env.browser, `${env.site.origin}/clinic.html`, {
    waitFor: () => document.querySelector('sensiq-faq').shadowRoot?.querySelector('[part="question"]'),
  });
  const questions = await page.evaluate(() =>
    [...document.querySelector('sensiq-faq').shadowRoot.querySelectorAll('[part="question"]')].map((b) =>
      b.textContent.trim()
    )
  );
  assert.equal(questions.length, 3);
  assert.equal(questions[0], 'Does menopause cause hip and leg pain?');
  assert.ok(env.cdn.requests.includes(`${base}dist/components/sensiq-faq.standalone.js`), env.cdn.requests.join());
  assert.deepEqual(seen, {errors: [], warnings: [], pageErrors: []});
  await page.close();
});
