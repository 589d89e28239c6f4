// The built elements rendered in Node with @lit-labs/ssr: the one source of the platforms' server output.
// Renders build/ssr/sensiq.js, the bundle scripts/prerender.mjs writes (the same template transform as dist/),
// so whatever the elements' templates become, the render plans follow at the next build.
import {existsSync} from 'node:fs';
import {pathToFileURL} from 'node:url';
import {resolve} from 'node:path';
import {LitElementRenderer, render} from '@lit-labs/ssr';
import {collectResultSync} from '@lit-labs/ssr/lib/render-result.js';
// Build-time only: tags and attributes come from our own mappings and tests, escaped below.
import {html, unsafeStatic} from 'lit/static-html.js';

const BUNDLE = 'build/ssr/sensiq.js';
let loaded;

/** Defines the elements in this process once, as scripts/prerender.mjs does. */
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
  await import(pathToFileURL(resolve(BUNDLE)).href);
}

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
  return (tag, attributes = {}) => {
    if (!/^sensiq-[a-z-]+$/.test(tag)) throw new Error(`not one of our tags: ${tag}`);
    const markup = collectResultSync(render(html`${unsafeStatic(`<${tag}${attributesHtml(attributes)}></${tag}>`)}`));
    return markup.replace(/^<!--lit-part[^>]*-->/, '').replace(/<!--\/lit-part-->$/, '');
  };
}
