#!/usr/bin/env node
// `npm run release` (after the build): the files of a release, versioned, in release/ (or --out <dir>):
//   sensiq-embed-<version>.tgz            the npm package, from `npm pack`, as `npm publish` would upload it
//   sensiq-embed-<version>-dist.zip       dist/ (without the WordPress plugin) in a folder of that name, with INSTALL.txt
//   sensiq-embed-wordpress-<version>.zip  the WordPress plugin (dist/wordpress/sensiq-embed.zip)
// Zipped with fflate, as the plugin zip is (scripts/build-integrations.mjs).
import {execFileSync} from 'node:child_process';
import {copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {zipSync} from 'fflate';
import {filesIn} from './lib/files-in.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const CDN = `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/`;

const stemOf = () => `sensiq-embed-${pkg.version}`;

/** What INSTALL.txt says: how to put the folder on a site, with the pinned script tags. */
function install(integrity) {
  return `SensIQ Embed ${pkg.version}

Copy this folder to your site or CDN, keeping its layout (loader.js finds components/ next to itself),
then add to any page:

  <link rel="stylesheet" href="/sensiq/reserve.css">
  <script type="module" src="/sensiq/loader.js"></script>

  <sensiq-faq></sensiq-faq>

(replace /sensiq/ with where you put the folder). If the folder is on another site than your pages (a CDN, a
second domain), that host must send Access-Control-Allow-Origin with the files, or browsers refuse them: the
folder's .htaccess does this on Apache (keep the hidden file when you upload) and _headers on Netlify and
Cloudflare Pages; README.md, "Getting the files", says more. One self-contained file instead of the loader:

  <script type="module" src="/sensiq/sensiq.js"></script>

Pinned with Subresource Integrity (hashes of every file: integrity.json):

  <script type="module" src="/sensiq/sensiq.js" integrity="${integrity['sensiq.js']}" crossorigin="anonymous"></script>

pins sensiq.js; the sensiq-*.js files it loads later are pinned by an import map with an "integrity" section
(README.md, "Pinned files").

Once the npm package is published, the same files are at ${CDN}
Elements, attributes and recipes: README.md in the npm package (${stemOf()}.tgz, or ${CDN.replace(/dist\/$/, '')}README.md once published).
`;
}

/** Every file under `dir` as {path inside `folder`: bytes}, leaving out paths `skip` matches. */
function filesOf(dir, folder, skip) {
  const out = {};
  for (const path of filesIn(dir)) if (!skip(path)) out[`${folder}/${path}`] = readFileSync(join(dir, path));
  return out;
}

/** Writes the three release files into `out` and returns their paths. */
export function release(out = 'release') {
  for (const needed of ['dist/loader.js', 'dist/integrity.json', 'dist/wordpress/sensiq-embed.zip']) {
    if (!existsSync(needed)) throw new Error(`${needed} is missing: run npm run build first`);
  }
  mkdirSync(out, {recursive: true});
  const stem = stemOf();

  // npm pack names the file after the package (@sensiq/embed -> sensiq-embed-<version>.tgz).
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', resolve(out)], {encoding: 'utf8'})
  );
  const tarball = join(out, `${stem}.tgz`);
  if (join(out, packed[0].filename) !== tarball) renameSync(join(out, packed[0].filename), tarball);

  const integrity = JSON.parse(readFileSync('dist/integrity.json', 'utf8'));
  const files = filesOf('dist', `${stem}-dist`, (path) => path.startsWith('wordpress/'));
  files[`${stem}-dist/INSTALL.txt`] = new TextEncoder().encode(install(integrity));
  // A fixed date (the package's files carry none of their own): the same build gives the same zip.
  const zip = join(out, `${stem}-dist.zip`);
  writeFileSync(zip, zipSync(files, {level: 9, mtime: new Date('2020-01-01T00:00:00Z')}));

  const wordpress = join(out, `sensiq-embed-wordpress-${pkg.version}.zip`);
  copyFileSync('dist/wordpress/sensiq-embed.zip', wordpress);
  return {tarball, zip, wordpress};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--out');
  const written = release(at > 0 ? process.argv[at + 1] : 'release');
  for (const path of Object.values(written)) console.log(`release: ${path}`);
}
