// The prerendered snippet's content, from the live preview: the element's shadow root written out as
// Declarative Shadow DOM, with its adopted stylesheets as a <style> inside it, nested SensIQ elements the same way.
//
// Why in the browser: the snippet must be exactly these settings, and only the live element knows what they
// render; the build can prerender only the defaults (dist/snippets/).
//
// The markup carries none of the markers Lit's hydration reads, and needs none: an element that finds a
// declarative shadow root renders its own content into it in the same task as its first render (see
// SensiqElement.update), as it does for the build's snippets, so nothing is painted in between and nothing
// moves. Only hydrate.js, which adopts server-rendered nodes by those markers, cannot take it over.
import {htmlAttribute, htmlText} from './escape.js';

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const RAW_TEXT = new Set(['style', 'script']);

function attributes(element: Element, skip: ReadonlySet<string> = new Set()): string {
  return [...element.attributes]
    .filter((attribute) => !skip.has(attribute.name))
    .map(({name, value}) => (value === '' ? ` ${name}` : ` ${name}="${htmlAttribute(value)}"`))
    .join('');
}

/** The rules of the root's adopted stylesheets; `</` is escaped so the text cannot end its <style>. */
function adoptedStyles(root: ShadowRoot): string {
  const css = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
  return css ? `<style>${css.replaceAll('</', '<\\/')}</style>` : '';
}

function shadowTemplate(root: ShadowRoot): string {
  const focus = root.delegatesFocus ? ' shadowrootdelegatesfocus' : '';
  return `<template shadowrootmode="${root.mode}"${focus}>${adoptedStyles(root)}${children(root)}</template>`;
}

function children(parent: ParentNode): string {
  return [...parent.childNodes].map(serialize).join('');
}

function serialize(node: Node): string {
  if (node instanceof Text) {
    return node.parentElement && RAW_TEXT.has(node.parentElement.localName) ? node.data : htmlText(node.data);
  }
  if (!(node instanceof Element)) return ''; // comments (Lit's markers): nothing a reader sees
  const name = node.localName;
  const inside =
    (node.shadowRoot ? shadowTemplate(node.shadowRoot) : '') +
    (node instanceof HTMLTemplateElement ? children(node.content) : children(node));
  return VOID.has(name) ? `<${name}${attributes(node)}>` : `<${name}${attributes(node)}>${inside}</${name}>`;
}

/** The element's rendered state, as the snippet writes it on and in the element. */
export interface Prerendered {
  /** ` name="value"` for each attribute the element wrote on itself (the theme in use, which its styles select on). */
  own: string;
  /** Its shadow root, as a `<template shadowrootmode>`. */
  shadow: string;
}

/**
 * What `element` rendered, apart from the page's settings (`settings`) and its style, which the snippet writes
 * from the person's choices. Undefined for an element with no shadow root.
 */
export function prerendered(element: Element, settings: ReadonlySet<string>): Prerendered | undefined {
  if (!element.shadowRoot) return undefined;
  return {own: attributes(element, new Set([...settings, 'style'])), shadow: shadowTemplate(element.shadowRoot)};
}
