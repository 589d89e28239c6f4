#!/usr/bin/env node
// Subresource Integrity for dist/ (issue 18): dist/integrity.json maps every file in dist/ (but itself), by its
// path inside dist/, to `sha384-<base64>`, the value of an `integrity` attribute. Written by `npm run build`
// after every step that writes into dist/.
//
//   node scripts/integrity.mjs                      writes dist/integrity.json
//   node scripts/integrity.mjs --import-map <url>   prints the import map that pins every module the loader or
//                                                   sensiq.js may import from <url> (where dist/ is served, e.g.
//                                                   https://cdn.jsdelivr.net/npm/@sensiq/embed@0.1.0/dist/)
import {createHash} from 'node:crypto';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {filesIn} from './lib/files-in.mjs';

export const INTEGRITY_FILE = 'integrity.json';

/** The `integrity` value of `bytes`. */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** {path inside `dir` (with /): sha384-…} for every file under `dir` but integrity.json, sorted by path. */
export function integrityOf(dir = 'dist') {
  const files = filesIn(dir).filter((path) => path !== INTEGRITY_FILE);
  return Object.fromEntries(files.map((path) => [path, sri(readFileSync(join(dir, path)))]));
}

/** The modules a page's script tag does not name but gets through it: element files and chunks, sensiq.js's parts. */
const IMPORTED = /^(components\/.+|sensiq-[^/]+)\.js$/;

/**
 * The import map that pins the modules the loader, sensiq.js or an element file import: every JavaScript file
 * under components/ and every sensiq-*.js, at `base` (the URL dist/ is served from). Browsers that support
 * `integrity` in import maps (Chromium 127+, Safari 18+, Firefox 138+) refuse a module whose bytes differ;
 * others ignore the map.
 */
export function importMap(base, integrity) {
  const root = new URL(base.endsWith('/') ? base : `${base}/`);
  const modules = Object.entries(integrity).filter(([path]) => IMPORTED.test(path));
  return {integrity: Object.fromEntries(modules.map(([path, hash]) => [new URL(path, root).href, hash]))};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--import-map');
  if (at > 0) {
    const integrity = JSON.parse(readFileSync(join('dist', INTEGRITY_FILE), 'utf8'));
    const map = importMap(process.argv[at + 1], integrity);
    process.stdout.write(`<script type="importmap">\n${JSON.stringify(map, null, 2)}\n</script>\n`);
  } else {
    const integrity = integrityOf('dist');
    writeFileSync(join('dist', INTEGRITY_FILE), `${JSON.stringify(integrity, null, 2)}\n`);
    console.log(`integrity: ${Object.keys(integrity).length} files in dist/${INTEGRITY_FILE}`);
  }
}
