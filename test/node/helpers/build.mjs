// Builds of the library other than dist/, for page tests: with test-only elements, or as another version
// of the library on the same page. Same rollup options as `npm run build` (scripts/lib/sensiq-builds.mjs).
import {readFileSync, rmSync} from 'node:fs';
import {rollup} from 'rollup';
import {everyBuild, sensiqBuilds} from '../../../scripts/lib/sensiq-builds.mjs';
import {elementsIn} from '../../../scripts/lib/elements.mjs';

/** The real elements plus the test-only ones in test/fixtures/components/. */
export const withFixtures = () => [...elementsIn(), ...elementsIn('test/fixtures/components')];

/** Builds into build/test-dist/<name>/ and returns its URL path (e.g. `/build/test-dist/v2`). */
export async function buildVariant(name, {elements, version} = {}) {
  const out = `build/test-dist/${name}`;
  rmSync(out, {recursive: true, force: true});
  for (const options of everyBuild(sensiqBuilds({elements, out, version}))) {
    const bundle = await rollup(options);
    await bundle.write(options.output);
    await bundle.close();
  }
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
