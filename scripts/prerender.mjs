#!/usr/bin/env node
// Prerenders every element into dist/snippets/<tag>.html with @lit-labs/ssr: Declarative Shadow DOM markup
// that shows the content with JavaScript off (and to crawlers) and that dist/hydrate.js + the element
// script take over without re-rendering. Renders the type-checked output in build/ (run `tsc` first).
import {createHash} from 'node:crypto';
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {rollup} from 'rollup';
import {LitElementRenderer, render} from '@lit-labs/ssr';
import {collectResultSync} from '@lit-labs/ssr/lib/render-result.js';
// Build-time only: the tag names are our own folder names, never page input.
import {html, unsafeStatic} from 'lit/static-html.js';
import {minifyTemplates} from './lib/minify-templates.mjs';
import {elementsIn} from './lib/elements.mjs';

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
// The elements publish their version on `window`; in Node the global object stands in for it, with no events.
globalThis.window ??= globalThis;
globalThis.addEventListener ??= () => {};
globalThis.removeEventListener ??= () => {};
// Connected as in the browser, nested elements ask the enclosing <sensiq-article> for its settings (heading
// levels, clinic mode) through the context protocol; without it they would render other headings than the
// browser does, and hydration would fail.
LitElementRenderer.renderOptions.push((element) => (element.localName.startsWith('sensiq-') ? {connectedCallback: true} : undefined));
const {loadEverything} = await import('../build/ssr/sensiq.js');
await loadEverything();

const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
const tags = elementsIn().map((element) => element.tag);

/** The element's markup with its shadow root declared inline. */
function prerender(tag) {
  const markup = collectResultSync(render(html`<${unsafeStatic(tag)}></${unsafeStatic(tag)}>`));
  // Drop the markers of the one-element wrapper template above: only the element itself is pasted, and it
  // hydrates on its own. What remains starts and ends with the element.
  const element = markup.replace(/^<!--lit-part [^>]*-->/, '').replace(/<!--\/lit-part-->$/, '');
  if (!new RegExp(`^<${tag}[ >]`).test(element) || !element.endsWith(`</${tag}>`)) {
    throw new Error(`unexpected prerendered markup for <${tag}>: ${element.slice(0, 80)}...`);
  }
  return element;
}

/** CSP sources for the inline <style> elements, for hosts whose style-src forbids inline styles. */
function styleHashes(markup) {
  return [...markup.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    ([, css]) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`
  );
}

/** The text a reader would see, roughly: markup, comments and styles removed. */
const visibleText = (markup) =>
  markup.replace(/<style>[\s\S]*?<\/style>|<!--[\s\S]*?-->|<[^>]*>/g, '').trim();

rmSync(OUT, {recursive: true, force: true});
mkdirSync(OUT, {recursive: true});
for (const tag of tags) {
  const element = prerender(tag);
  if (!visibleText(element)) {
    // A wrapper such as <sensiq-provider> shows only what is put inside it: a snippet would show nothing.
    console.log(`<${tag}> shows nothing of its own: no snippet`);
    continue;
  }
  const hashes = [...new Set(styleHashes(element))].join(' ');
  const header =
    `<!-- SensIQ Embed ${version}: <${tag}> prerendered. Shows without JavaScript; to make it interactive, ` +
    `load dist/hydrate.js and then dist/sensiq.js (see README). Strict CSP: style-src ${hashes} -->`;
  writeFileSync(`${OUT}/${tag}.html`, `${header}\n${element}\n`);
  console.log(`${OUT}/${tag}.html`);
}
