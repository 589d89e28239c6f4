#!/usr/bin/env node
// Prerenders every element into dist/snippets/<tag>.html with @lit-labs/ssr: Declarative Shadow DOM markup
// that shows the content with JavaScript off (and to crawlers); the element script (the loader or sensiq.js)
// renders it again in the same task without moving it, or dist/hydrate.js loaded first keeps its nodes. Renders the type-checked output in build/ (run `tsc` first).
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {rollup} from 'rollup';
import {minifyTemplates} from './lib/minify-templates.mjs';
import {elementsIn} from './lib/elements.mjs';
import {ssrRenderer} from './lib/ssr-render.mjs';
// The same style-src sources the embed builder names for its snippets.
import {styleSources} from '../build/src/builder/csp.js';

const OUT = 'dist/snippets';

// The elements as the browser gets them: the same template transform as dist/ (hydration needs identical
// template strings), with Lit left to Node's resolution so that @lit-labs/ssr and the elements share it.
const bundle = await rollup({
  input: 'build/src/ssr.js',
  external: (id) => !/^[./\0]/.test(id),
  plugins: [minifyTemplates()],
});
// One file: the chunks a browser loads after the first paint are inlined, ready once loadEverything settles.
await bundle.write({file: 'build/ssr/sensiq.js', format: 'es', inlineDynamicImports: true});
// Every lazy part loaded, every part's styles in each element's <style>: the same markup as the platforms'
// server output (scripts/lib/ssr-render.mjs).
const render = await ssrRenderer();

const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
const tags = elementsIn().map((element) => element.tag);

/** The element's markup with its shadow root declared inline, hydration markers included. */
function prerender(tag) {
  const element = render(tag);
  if (!new RegExp(`^<${tag}[ >]`).test(element) || !element.endsWith(`</${tag}>`)) {
    throw new Error(`unexpected prerendered markup for <${tag}>: ${element.slice(0, 80)}...`);
  }
  return element;
}

/** The text a reader would see, roughly: markup, comments and styles removed. */
const visibleText = (markup) => markup.replace(/<style>[\s\S]*?<\/style>|<!--[\s\S]*?-->|<[^>]*>/g, '').trim();

rmSync(OUT, {recursive: true, force: true});
mkdirSync(OUT, {recursive: true});
for (const tag of tags) {
  const element = prerender(tag);
  if (!visibleText(element)) {
    // A wrapper such as <sensiq-provider> shows only what is put inside it: a snippet would show nothing.
    console.log(`<${tag}> shows nothing of its own: no snippet`);
    continue;
  }
  const header =
    `<!-- SensIQ Embed ${version}: <${tag}> prerendered. Shows without JavaScript; to make it interactive, ` +
    `load dist/loader.js (see README). Strict CSP: style-src ${styleSources(element)} -->`;
  writeFileSync(`${OUT}/${tag}.html`, `${header}\n${element}\n`);
  console.log(`${OUT}/${tag}.html`);
}
