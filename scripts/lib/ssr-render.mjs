// The built elements rendered in Node with @lit-labs/ssr: the one source of the platforms' server output and of
// the snippets (scripts/prerender.mjs).
// Renders build/ssr/sensiq.js, the bundle scripts/prerender.mjs writes (the same template transform as dist/),
// so whatever the elements' templates become, the render plans follow at the next build.
import {existsSync} from 'node:fs';
import {pathToFileURL} from 'node:url';
import {resolve} from 'node:path';
import {LitElementRenderer, render} from '@lit-labs/ssr';
import {collectResultSync} from '@lit-labs/ssr/lib/render-result.js';
// Build-time only: tags and attributes come from our own mappings and tests, escaped below.
import {html, unsafeStatic} from 'lit/static-html.js';
import {elementsIn} from './elements.mjs';

const BUNDLE = 'build/ssr/sensiq.js';
let loaded;
let warmed;

/** Defines the elements in this process once, with every lazy part loaded. */
async function loadElements() {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run prerender\` first`);
  // The elements publish their version on `window`; in Node the global object stands in for it, with no events.
  globalThis.window ??= globalThis;
  globalThis.addEventListener ??= () => {};
  globalThis.removeEventListener ??= () => {};
  // Connected as in the browser, so nested elements get the enclosing article's settings through context.
  LitElementRenderer.renderOptions.push((element) =>
    element.localName.startsWith('sensiq-') ? {connectedCallback: true} : undefined
  );
  // The parts a browser loads after the first paint (answers, search, call to action) all arrive first: a
  // synchronous render then shows what the element shows once everything is there (src/ssr.ts).
  const {loadEverything} = await import(pathToFileURL(resolve(BUNDLE)).href);
  await loadEverything();
}

// A part's styles join its element's class when an instance first uses the part (SensiqElement.adopt), and
// stay. One render with every part in use, before any other, gives each element its whole style sheet from
// the start: the server's <style> is then the same for every setting, instead of depending on which settings
// this process happened to render first.
const EVERY_PART = {searchable: true, 'cta-href': 'https://example.com/'};

const escapeAttribute = (value) => String(value).replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** `{name: value}` as HTML attributes; `true` writes a bare flag, `false`, null and undefined nothing. */
export const attributesHtml = (attributes) =>
  Object.entries(attributes)
    .filter(([, value]) => value !== false && value != null)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');

/**
 * Returns render(tag, attributes): the element's markup as @lit-labs/ssr writes it, Lit's markers included
 * (the render plan compiler aligns renders on them), starting and ending with the element.
 */
export async function ssrRenderer() {
  loaded ??= loadElements();
  await loaded;
  const renderElement = (tag, attributes = {}) => {
    if (!/^sensiq-[a-z-]+$/.test(tag)) throw new Error(`not one of our tags: ${tag}`);
    const markup = collectResultSync(render(html`${unsafeStatic(`<${tag}${attributesHtml(attributes)}></${tag}>`)}`));
    return markup.replace(/^<!--lit-part[^>]*-->/, '').replace(/<!--\/lit-part-->$/, '');
  };
  if (!warmed) for (const {tag} of elementsIn()) renderElement(tag, EVERY_PART);
  warmed = true;
  return renderElement;
}
