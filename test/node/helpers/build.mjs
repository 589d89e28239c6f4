// Builds of the library other than dist/, for page tests: with test-only elements, or dist/ copied as another
// release of the library on the same page. Same rollup options as `npm run build` (scripts/lib/sensiq-builds.mjs).
import {cpSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {rollup} from 'rollup';
import {sensiqBuilds} from '../../../scripts/lib/sensiq-builds.mjs';
import {elementsIn} from '../../../scripts/lib/elements.mjs';

/** The real elements plus the test-only ones in test/fixtures/components/. */
export const withFixtures = () => [...elementsIn(), ...elementsIn('test/fixtures/components')];

/**
 * Builds into build/test-dist/<name>/ and returns its URL path (e.g. `/build/test-dist/v2`). Only the outputs
 * `outputs` names (sensiqBuilds' keys: bundle, components, loader, hydrate) and the self-contained files of the
 * tags in `standalone`: each output is a rollup and terser run of its own, seconds of CPU on a 2-core machine,
 * and a test's pages load a few of them. A page that asks for one left out gets a 404, which the page tests
 * see as a console error.
 */
export async function buildVariant(name, {elements, outputs, standalone = []}) {
  const out = `build/test-dist/${name}`;
  rmSync(out, {recursive: true, force: true});
  const builds = sensiqBuilds({elements, out});
  const chosen = [
    ...outputs.map((output) => builds[output]),
    ...builds.standalone.filter((options) => standalone.some((tag) => `${tag}.standalone` in options.input)),
  ];
  if (chosen.length !== outputs.length + standalone.length)
    throw new Error(`no such output in ${outputs}, ${standalone}`);
  for (const options of chosen) {
    const bundle = await rollup(options);
    await bundle.write(options.output);
    await bundle.close();
  }
  return `/${out}`;
}

/**
 * dist/'s script files copied into build/test-dist/<name>/ as release `version` (the version string and the
 * banner rewritten): another release of the library, as far as a page can tell, without the CPU time of a
 * build. The internal member names are fixed for every build (scripts/lib/sensiq-builds.mjs), so a real
 * build as `version` differs from dist/ only in those two strings. Returns its URL path.
 */
export function copyAsVersion(name, version) {
  const out = `build/test-dist/${name}`;
  const {name: pkgName, version: ours} = JSON.parse(readFileSync('package.json', 'utf8'));
  rmSync(out, {recursive: true, force: true});
  cpSync('dist', out, {recursive: true, filter: (src) => !/\/(builder|shopify|snippets|wordpress)$/.test(src)});
  for (const file of readdirSync(out, {recursive: true}).filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(`${out}/${file}`, 'utf8');
    const other = code
      .replaceAll(`"${ours}"`, JSON.stringify(version))
      .replaceAll(`${pkgName} ${ours} |`, `${pkgName} ${version} |`);
    if (other !== code) writeFileSync(`${out}/${file}`, other);
  }
  if (!readFileSync(`${out}/sensiq.js`, 'utf8').includes(JSON.stringify(version)))
    throw new Error(`dist/sensiq.js no longer holds its version as "${ours}": copyAsVersion cannot rewrite it`);
  return `/${out}`;
}

/**
 * The relative modules `file` imports, transitively, as paths relative to `file`'s folder: statically only, or
 * with `{later: true}` also what they load later with import() (the chunks that arrive after a first paint).
 */
export function staticImports(file, {later = false} = {}) {
  const dir = file.slice(0, file.lastIndexOf('/') + 1);
  const found = new Set();
  // Minified static imports: import{a as b}from"./x.js" or import"./x.js"; import("./x.js") is dynamic.
  const pattern = later ? /\b(?:from\s*|import\s*\(?\s*)"(\.\.?\/[^"]+)"/g : /\b(?:from|import)\s*"(\.\.?\/[^"]+)"/g;
  const visit = (path) => {
    const code = readFileSync(dir + path, 'utf8');
    for (const [, specifier] of code.matchAll(pattern)) {
      const target = new URL(specifier, `file:///${path}`).pathname.slice(1);
      if (!found.has(target)) {
        found.add(target);
        visit(target);
      }
    }
  };
  visit(file.slice(dir.length));
  return [...found];
}
