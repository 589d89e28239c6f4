// The embed code for each platform, from the chosen element, its settings and its custom properties.
import {styleSources} from './csp.js';
import {htmlAttribute, liquidAttribute, wordpressAttribute} from './escape.js';
import type {Prerendered} from './prerender.js';

/** What the person chose: the element, its attributes that are set (`true` for a boolean), its custom properties. */
export interface Embed {
  tag: string;
  attributes: ReadonlyArray<readonly [string, string | true]>;
  properties: ReadonlyArray<readonly [string, string]>;
}

/** What the code needs besides the settings. */
export interface CodeContext {
  /** URL of the folder holding loader.js (the builder's parent folder), ending in `/`. */
  scripts: string;
  /** The WordPress plugin's shortcode for the element, if it has one. */
  shortcode?: string;
  /** For the prerendered snippet: what the element rendered (see prerender.ts). */
  prerendered?: Prerendered;
  version: string;
  /** The article the fallback link names: what readers see where the page cannot run our script. */
  fallback?: {title: string; url: string};
}

export const FORMATS = [
  {id: 'script', label: 'Script tag'},
  {id: 'shortcode', label: 'WordPress shortcode'},
  {id: 'placeholder', label: 'WordPress placeholder'},
  {id: 'shopify', label: 'Shopify Custom Liquid'},
  {id: 'snippet', label: 'Prerendered snippet'},
] as const;

export type FormatId = (typeof FORMATS)[number]['id'];

/** `--a: 1; --b: 2`, for a style attribute; the values were checked when they were set (isSafeCssValue). */
const declarations = (embed: Embed): string => embed.properties.map(([name, value]) => `${name}: ${value}`).join('; ');

/** ` name="value" boolean` for the element's attributes, each name written through `name` and value through `escape`. */
function attributeList(
  embed: Embed,
  escape: (value: string) => string,
  name = (attribute: string) => attribute
): string {
  return embed.attributes
    .map(([attribute, value]) => (value === true ? ` ${name(attribute)}` : ` ${name(attribute)}="${escape(value)}"`))
    .join('');
}

/**
 * The element's start tag with its settings, its custom properties in a style attribute, and `own`: attributes
 * already written out (those a prerendered element wrote on itself).
 */
function startTag(embed: Embed, escape: (value: string) => string, own = ''): string {
  const style = embed.properties.length ? ` style="${escape(declarations(embed))}"` : '';
  return `<${embed.tag}${attributeList(embed, escape)}${style}${own}>`;
}

const moduleScript = (src: string, escape: (value: string) => string, async = false) =>
  `<script type="module"${async ? ' async' : ''} src="${escape(src)}"></script>`;

/**
 * WordPress gives neither a shortcode nor a placeholder a style of its own (the placeholder is replaced by the
 * element), so custom properties go on a block around it; WordPress keeps `style` with custom properties in
 * authors' posts, and the element inherits them.
 */
function withWordPressStyle(embed: Embed, code: string): string {
  return embed.properties.length ? `<div style="${wordpressAttribute(declarations(embed))}">\n${code}\n</div>` : code;
}

/**
 * What shows where the host blocks our script (a missing CORS header, a strict policy, an ad blocker, a failed
 * CDN): a line saying what the element is and a link to the full article, inside the element. reserve.css shows
 * it in the space held for the element; the element's shadow root hides it once it renders.
 */
function fallbackContent(context: CodeContext, escape: (value: string) => string): string {
  const article = context.fallback;
  if (!article) return '';
  const title = article.title.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  return `\n  <p>A health article from SensIQ: <a href="${escape(article.url)}">${title}</a></p>\n`;
}

/**
 * The code for one element drawn by script (the script tag and Shopify formats): reserve.css, as README's "Above
 * the fold" recipe links it, for the element's space before its script runs (a Custom Liquid section is drawn by
 * script too, and would otherwise move the page); then the element's own file (src/loader.ts: the element with
 * Lit in one file; what it needs later comes from components/chunks/). That file is loaded directly, not through
 * loader.js: the loader's round trip and its import put the element's first render a frame or two after the
 * host's first paint, and on pages where the element is the largest text that is the page's LCP (issue 24).
 * `async`: evaluated as soon as it arrives, in a task of its own, without waiting for the end of the parse or for
 * stylesheets. Pasted twice, both lines name one module: one request, one evaluation.
 */
function scriptedElement(embed: Embed, context: CodeContext, escape: (value: string) => string): string {
  return [
    `<link rel="stylesheet" href="${escape(`${context.scripts}reserve.css`)}">`,
    moduleScript(`${context.scripts}components/${embed.tag}.standalone.js`, escape, true),
    `${startTag(embed, escape)}${fallbackContent(context, escape)}</${embed.tag}>`,
  ].join('\n');
}

/** The code to paste for `format`. */
export function embedCode(format: FormatId, embed: Embed, context: CodeContext): string {
  switch (format) {
    case 'script':
      return scriptedElement(embed, context, htmlAttribute);
    case 'shopify':
      return scriptedElement(embed, context, liquidAttribute);
    case 'shortcode': {
      if (!context.shortcode) return `<${embed.tag}> has no WordPress shortcode: use the placeholder.`;
      // Shortcode attributes are written with their element names; the plugin reads them the same way.
      return withWordPressStyle(embed, `[${context.shortcode}${attributeList(embed, wordpressAttribute)}]`);
    }
    case 'placeholder': {
      const name = embed.tag.replace(/^sensiq-/, '');
      const placeholder = `<div data-sensiq="${name}"${attributeList(embed, wordpressAttribute, (a) => `data-${a}`)}>${fallbackContent(context, wordpressAttribute)}</div>`;
      return withWordPressStyle(embed, placeholder);
    }
    case 'snippet': {
      const shadow = context.prerendered?.shadow ?? '';
      const csp = styleSources(shadow, embed.properties.length ? declarations(embed) : undefined);
      return [
        `<!-- SensIQ Embed ${htmlAttribute(context.version)}: <${embed.tag}> prerendered by the embed builder; the loader.js line makes it interactive (hydrate.js cannot take it over). Strict CSP: style-src ${csp} -->`,
        `${startTag(embed, htmlAttribute, context.prerendered?.own)}${shadow}</${embed.tag}>`,
        moduleScript(`${context.scripts}loader.js`, htmlAttribute),
      ].join('\n');
    }
  }
}
