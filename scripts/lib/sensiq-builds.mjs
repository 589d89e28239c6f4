// The rollup options of the library's builds, for rollup.config.mjs (`npm run build`), the platform packages
// (scripts/build-integrations.mjs), byte counting (scripts/byte-sources.mjs) and the tests that build variants
// (test-only elements) into other directories. What each output is: rollup.config.mjs.
import {existsSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {minifyTemplates} from './minify-templates.mjs';
import {elementsIn} from './elements.mjs';
import {RESERVED_HEIGHTS, reserveCss} from './reserve-css.mjs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const buildDir = fileURLToPath(new URL('../../build/', import.meta.url));

// The modules tsc wrote carry maps back to the TypeScript sources; rollup chains them when a load hook
// hands them over.
const tscSourcemaps = {
  name: 'tsc-sourcemaps',
  load(id) {
    if (!id.startsWith(buildDir) || !existsSync(`${id}.map`)) return null;
    return {code: readFileSync(id, 'utf8'), map: readFileSync(`${id}.map`, 'utf8')};
  },
};

// `sensiq:element-tags` (declared in src/internal/element-tags.d.ts): the tags the loader may import,
// fixed at build time so page input never names a module, and the folder their files sit in.
const elementTags = (elements, elementFolder) => ({
  name: 'sensiq-element-tags',
  resolveId: (id) => (id === 'sensiq:element-tags' ? '\0sensiq:element-tags' : null),
  load: (id) =>
    id === '\0sensiq:element-tags'
      ? `export const TAGS = ${JSON.stringify(elements.map((e) => e.tag))};\n` +
        `export const ELEMENT_FOLDER = ${JSON.stringify(elementFolder)};`
      : null,
});

// dist/reserve.css, beside the loader: from the heights the elements measured at (npm run measure-layout).
const reserveStylesheet = {
  name: 'sensiq-reserve-css',
  buildStart() {
    this.addWatchFile(RESERVED_HEIGHTS);
  },
  generateBundle() {
    this.emitFile({type: 'asset', fileName: 'reserve.css', source: reserveCss()});
  },
};

/**
 * Our elements' own members that no one outside the library reads: private or protected, in no event's detail
 * or exported name, never written as a string (Lit's `changed.has('…')` would miss a renamed property), and named
 * like no DOM or Lit property. Terser renames them to the same fixed short names in every file of every build, so
 * that two copies of one release on a page (a script tag and the WordPress plugin's) still agree: about 180 B
 * gzip off dist/sensiq.js. test/node/internal-members.test.mjs holds the list to these rules. Kept in alphabetical order.
 */
export const INTERNAL_MEMBERS = [
  'adopted',
  'announced',
  'answerFor',
  'answerMatches',
  'arrivalChecked',
  'arriving',
  'chooseArticle',
  'clinicMode',
  'contribution',
  'copyQuestionLink',
  'counts',
  'ctaAt',
  'ctaAtPlace',
  'ctaButton',
  'ctaUrl',
  'emergencyLine',
  'expanded',
  'finder',
  'followHash',
  'initiallyOpen',
  'jump',
  'leaveProvider',
  'levelInUse',
  'linked',
  'madeWhileLoading',
  'meta',
  'need',
  'openLinked',
  'partMissing',
  'partsForFirstRender',
  'pick',
  'printing',
  'publishStructuredData',
  'receive',
  'renderAgainAfter',
  'renderBlocks',
  'renderContents',
  'renderEnd',
  'renderInNextTask',
  'renderInStages',
  'schedule',
  'scrollToLinked',
  'setOpen',
  'settingsProvider',
  'settle',
  'settling',
  'showSection',
  'shown',
  'shownItems',
  'stage',
  'tail',
  'terms',
  'themeInUse',
];

// Each member's short name: `$` and one character, by its place in the list. No property of Lit's (whose own short
// names start with `_$`), the DOM's or ours has that shape; the list stays within the 62 names there are.
const SHORT = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
if (INTERNAL_MEMBERS.length > SHORT.length) throw new Error(`INTERNAL_MEMBERS: at most ${SHORT.length} names`);
const shortInternalMembers = {
  regex: new RegExp(`^(${INTERNAL_MEMBERS.join('|')})$`),
  // Terser's cache format: each name behind a `$`.
  cache: {props: Object.fromEntries(INTERNAL_MEMBERS.map((name, i) => [`$${name}`, `$${SHORT[i]}`]))},
};

const LIT = /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/;

/**
 * Our modules every element file needs: the base element and its helpers, the article index and strings.
 * Not the JSON-LD writer nor the controllers (structured data: the FAQ and the article; handing settings
 * down: <sensiq-provider> and <sensiq-article>), nor the dataLayer bridge (only where `analytics` is set).
 */
const SHARED =
  /[\\/]src[\\/](internal[\\/](?!json-ld|controllers|analytics)|content[\\/](index|strings|generated[\\/]meta)\.js)/;

/**
 * Rollup options for the outputs above, by name: {bundle, components, loader, hydrate, standalone: one per
 * element}, for the given elements and output directory, with the loader importing element files
 * from `elementFolder` (relative to itself).
 */
export function sensiqBuilds({elements = elementsIn(), out = 'dist', elementFolder = './components/'} = {}) {
  const notice = `${pkg.name} ${pkg.version} | (c) SensIQ | ${pkg.license}`;
  // Lit's licence asks for its notice wherever its code goes; files without Lit skip those bytes.
  const banner = (chunk) =>
    chunk.moduleIds.some((id) => LIT.test(id))
      ? `/*! ${notice} | includes Lit, (c) Google LLC, BSD-3-Clause */`
      : `/*! ${notice} */`;
  const plugins = [
    tscSourcemaps,
    elementTags(elements, elementFolder),
    minifyTemplates(),
    // The "production" condition picks Lit's production build: no dev-mode warnings on customers' pages.
    nodeResolve({exportConditions: ['production', 'browser', 'module', 'import', 'default']}),
    terser({
      ecma: 2021,
      module: true,
      compress: {passes: 2},
      mangle: {properties: shortInternalMembers},
      format: {comments: /^!/},
    }),
  ];
  const oneFile = (input, file) => ({
    input,
    output: {file: `${out}/${file}`, format: 'es', banner, sourcemap: true},
    plugins,
  });
  // An output folder: entry files named by `entryFileNames`, the chunks they load later by `chunkFileNames`.
  const folder = (dir, entryFileNames, chunkFileNames) => ({
    dir,
    format: 'es',
    banner,
    sourcemap: true,
    entryFileNames,
    chunkFileNames,
  });
  return {
    // Every element in one file. What no first paint needs (the FAQ's answers and search, the article's sections,
    // structured data, placeholder upgrading) waits in sensiq-*.js beside it, loaded on first need and importing
    // Lit from sensiq.js: issue 15's ceiling of 19,000 B gzip on sensiq.js (inlined, they made it about 20,400 B).
    bundle: {
      input: {sensiq: 'build/src/bundle.js'},
      preserveEntrySignatures: 'allow-extension',
      output: folder(out, 'sensiq.js', 'sensiq-[name]-[hash].js'),
      plugins,
    },
    components: {
      input: Object.fromEntries(elements.map(({tag, register}) => [tag, register])),
      output: {
        ...folder(`${out}/components`, '[name].js', 'chunks/[name]-[hash].js'),
        // Lit and our shared internals go into one chunk that every element loads anyway: each extra file
        // costs its own banner and compression window. Content stays with the elements that show it.
        manualChunks: (id) => (LIT.test(id) || SHARED.test(id) ? 'shared' : undefined),
      },
      plugins,
    },
    // Placeholder upgrading arrives in a chunk of its own, only on pages that have a placeholder; it sits with
    // the element files, so every copy of components/ (the WordPress plugin's too) carries it.
    // With it, reserve.css (scripts/lib/reserve-css.mjs): the space elements take, for the page to link in its
    // <head> (the loader runs too late to add it before the first paint).
    loader: {
      input: 'build/src/loader.js',
      output: folder(out, 'loader.js', 'components/chunks/loader-[name]-[hash].js'),
      plugins: [...plugins, reserveStylesheet],
    },
    // Loaded before the element script on pages with prerendered snippets only, so pages without them
    // do not pay for it in dist/sensiq.js.
    hydrate: oneFile('@lit-labs/ssr-client/lit-element-hydrate-support.js', 'hydrate.js'),
    // For a page with one kind of element (the loader's first choice): what its first paint needs in one file
    // and one request, compressed as a whole, rather than an element file and its shared chunks. What it loads
    // after the first paint comes in chunks of its own, which import Lit from this file.
    standalone: elements.map(({tag, register}) => ({
      input: {[`${tag}.standalone`]: register},
      // The chunks import from this file: let it export more than its module does, rather than move into a chunk.
      preserveEntrySignatures: 'allow-extension',
      output: folder(`${out}/components`, '[name].js', `chunks/${tag}.standalone-[name]-[hash].js`),
      plugins,
    })),
  };
}

/** Every build of a sensiqBuilds() result, as the list of rollup options a config file exports. */
export const everyBuild = ({standalone, ...single}) => [...Object.values(single), ...standalone];
