// Byte counts for the size budgets (test/node/size-budget.test.mjs) and the benchmark (bench/run.mjs):
// compressed sizes as a CDN would serve them, and the files a module loads before it can run.
import {readFileSync} from 'node:fs';
import {dirname, relative, resolve} from 'node:path';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import {parseAst} from 'rollup/parseAst';

/** gzip at level 9, the budgets' unit. */
export const gzipSize = (bytes) => gzipSync(bytes, {level: 9}).length;

/** brotli at quality 11, what most CDNs serve to browsers that accept it. */
export const brotliSize = (bytes) => brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;

/** Raw, gzip and brotli sizes of `bytes`. */
export function sizesOf(bytes) {
  return {raw: bytes.length, gzip: gzipSize(bytes), brotli: brotliSize(bytes)};
}

/** The relative specifiers `file` imports statically (import and export-from; never `import()`). */
export function staticImports(file) {
  const {body} = parseAst(readFileSync(file, 'utf8'));
  return body
    .filter(
      (node) => /^(ImportDeclaration|ExportNamedDeclaration|ExportAllDeclaration)$/.test(node.type) && node.source
    )
    .map((node) => node.source.value);
}

/**
 * `entries` and every file they import statically, transitively: what the browser must fetch and evaluate
 * before the entries run. Paths are returned relative to `root`, in the order first reached.
 */
export function staticClosure(entries, root = '.') {
  const seen = new Set();
  const visit = (file) => {
    const path = resolve(file);
    if (seen.has(path)) return;
    seen.add(path);
    for (const specifier of staticImports(path)) {
      if (!specifier.startsWith('./') && !specifier.startsWith('../')) {
        throw new Error(`${relative(root, path)} imports "${specifier}", which a browser cannot load as is`);
      }
      visit(resolve(dirname(path), specifier));
    }
  };
  entries.forEach(visit);
  return [...seen].map((path) => relative(root, path));
}

/** The sum of gzip sizes of `files`, each compressed on its own as a server sends it. */
export function totalGzip(files) {
  return files.reduce((sum, file) => sum + gzipSize(readFileSync(file)), 0);
}
