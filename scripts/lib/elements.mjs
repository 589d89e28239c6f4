// Which elements the library has: every folder in src/components/ with a register.ts is one. The build
// (rollup.config.mjs), the snippets (scripts/prerender.mjs) and the tests all ask here.
import {existsSync, readdirSync} from 'node:fs';

/**
 * The elements in `dir` (a source folder of element folders), sorted by tag, each as {folder, tag,
 * register}: `register` is the compiled registration module under `compiled`.
 */
export function elementsIn(dir = 'src/components', compiled = `build/${dir}`) {
  return readdirSync(dir, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && existsSync(`${dir}/${entry.name}/register.ts`))
    .map(({name}) => ({folder: name, tag: `sensiq-${name}`, register: `${compiled}/${name}/register.js`}))
    .sort((a, b) => a.tag.localeCompare(b.tag));
}
