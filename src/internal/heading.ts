// Headings at a level chosen by the embedder, so an element fits the host page's outline.
import {html, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {HeadingLevel} from './attributes.js';

/** Clamps `level + offset` into 1–6 (a heading below h6 stays an h6). */
export function shiftLevel(level: HeadingLevel, offset: number): HeadingLevel {
  return Math.min(6, Math.max(1, level + offset)) as HeadingLevel;
}

export interface HeadingOptions {
  level: HeadingLevel;
  content: unknown;
  /** The `part` name (default `heading`). */
  part?: string;
  id?: string;
  /** Adds tabindex="-1", so an in-page link can move focus to the heading. */
  focusable?: boolean;
}

/**
 * An `<h1>`–`<h6>`. One literal template per level rather than Lit's static `literal` tag: lit/static-html
 * would add its own template cache to every element file, for six short templates.
 */
export function heading({level, content, part = 'heading', id, focusable}: HeadingOptions): TemplateResult {
  const tabindex = focusable ? '-1' : undefined;
  switch (level) {
    case 1:
      return html`<h1 part=${part} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)}>${content}</h6>`;
  }
}
