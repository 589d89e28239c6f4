#!/usr/bin/env node
// Builds the embed builder page into dist/builder/: index.html with every content element's documented
// attributes and custom properties (custom-elements.json) and the FAQ's question ids (the compiled content)
// written into it as data, its script bundled from tsc's output in build/src/builder/, and its stylesheet.
// The page is its own files: nothing here touches what pages that embed the elements load.
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync} from 'node:fs';
import {rollup} from 'rollup';
import terser from '@rollup/plugin-terser';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import {manifestElements} from './lib/manifest-elements.mjs';
import {shortcodeTable} from './lib/wordpress-elements.mjs';
import {builderData} from './lib/builder-data.mjs';

const OUT = 'dist/builder';
const SOURCE = 'src/builder';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const {DEFAULT_ARTICLE, articleSlugs, articleMeta} = await import('../build/src/content/index.js');
const {faqs} = await import('../build/src/content/generated/faq.js');
const {SETTINGS, SETTING_GROUPS, ELEMENT_LABELS, ELEMENT_DESCRIPTIONS} =
  await import('../build/src/internal/settings.js');

const data = builderData({
  version: pkg.version,
  manifest,
  elements: manifestElements(),
  shortcodes: shortcodeTable(manifestElements()),
  // The elements that show content of their own are those the build prerenders (scripts/prerender.mjs
  // leaves out a wrapper such as <sensiq-provider>).
  showsContent: (tag) => existsSync(`dist/snippets/${tag}.html`),
  questions: faqs[DEFAULT_ARTICLE] ?? [],
  articles: articleSlugs.map((slug) => ({slug, title: articleMeta(slug)?.title ?? slug})),
  fallback: {title: articleMeta(DEFAULT_ARTICLE).title, url: articleMeta(DEFAULT_ARTICLE).url},
  settings: SETTINGS,
  groups: SETTING_GROUPS,
  labels: ELEMENT_LABELS,
  descriptions: ELEMENT_DESCRIPTIONS,
});

rmSync(OUT, {recursive: true, force: true});
mkdirSync(OUT, {recursive: true});

// In a <script type="application/json"> only `</script` could end the block: `<` is written as \u003c.
const json = JSON.stringify(data).replaceAll('<', '\\u003c');
const page = readFileSync(`${SOURCE}/index.html`, 'utf8');
if (!page.includes('<!-- builder-data -->'))
  throw new Error(`${SOURCE}/index.html lost its <!-- builder-data --> marker`);
writeFileSync(
  `${OUT}/index.html`,
  page.replace(
    '<!-- builder-data -->',
    () => `<script type="application/json" id="sensiq-builder-data">${json}</script>`
  )
);
copyFileSync(`${SOURCE}/builder.css`, `${OUT}/builder.css`);

const bundle = await rollup({
  input: 'build/src/builder/main.js',
  plugins: [nodeResolve(), terser({ecma: 2021, module: true})],
});
await bundle.write({file: `${OUT}/builder.js`, format: 'es'});
await bundle.close();
console.log(`${OUT}/index.html: ${data.elements.map((e) => `<${e.tag}>`).join(', ')}`);
