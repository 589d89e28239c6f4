// Production bundles from the type-checked output in build/ (run `tsc` first; `npm run build` does).
//   dist/sensiq.js               every element plus placeholder upgrading; later parts in dist/sensiq-*.js
//   dist/components/<tag>.js     one element each, sharing chunks under dist/components/chunks/
//   dist/components/<tag>.standalone.js  one element with what its first paint needs (Lit included); what it
//                                loads later in chunks/<tag>.standalone-*.js
//   dist/loader.js               imports ./components/<tag>.js for the tags a page uses
//   dist/reserve.css             the space elements take, held before they render (linked in the <head>)
//   dist/hydrate.js              Lit's hydration support for the prerendered snippets (scripts/prerender.mjs)
// Every folder in src/components/ with a register.ts is an element (scripts/lib/elements.mjs); adding one
// needs no edit here.
// Sourcemaps follow tsc's maps back to src/*.ts. The options themselves are in scripts/lib/sensiq-builds.mjs,
// which the tools and tests that build variants import instead of this file.
import {everyBuild, sensiqBuilds} from './scripts/lib/sensiq-builds.mjs';

export default everyBuild(sensiqBuilds());
