// The prerendered snippet's content, from the live preview: each shadow root written out as Declarative Shadow
// DOM, with the element's adopted stylesheets as a <style> inside it, nested SensIQ elements the same way.
//
// Why in the browser: the snippet must be exactly these settings, and only the live element knows what they
// render; the build can prerender only the defaults (dist/snippets/).
//
// Why inside a <div> in the element rather than on the element itself: markup rendered in the browser carries
// none of the markers Lit's hydration needs, and an element finding a declarative shadow root it cannot
// hydrate renders into it a second time (its content shows twice). A <div> child with its own declarative
// root shows the content without JavaScript; once loader.js defines the element, the element renders its
// own shadow root and hides what is inside it, the <div> included.
import {htmlAttribute, htmlText} from './escape.js';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
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

/**
 * A `<div>` holding `element`'s rendered shadow root as Declarative Shadow DOM. It carries the attributes the
 * element wrote on itself (such as the theme in use, which its styles select on), not the page's settings
 * (`settings`) nor its style, which stay on the element around it.
 */
export function prerenderedContent(element: Element, settings: ReadonlySet<string>): string {
  if (!element.shadowRoot) return '';
  const own = attributes(element, new Set([...settings, 'style']));
  return `<div${own}>${shadowTemplate(element.shadowRoot)}</div>`;
}
