// Renders compiled inline content. Bold is structure in the data, so no markup string ever reaches the DOM.
import {html, nothing} from 'lit';
import type {Inline, RichText} from '../content/types.js';

/** How a run of plain text renders; the FAQ's search marks matched words through this. */
type Words = (text: string) => unknown;

function inline(run: Inline, words: Words): unknown {
  if (typeof run === 'string') return words(run);
  if ('strong' in run) return html`<strong>${words(run.strong)}</strong>`;
  // Footnote markers stay in the data but render nothing until the article has a reference list.
  return nothing;
}

export function richText(text: RichText, words: Words = (text) => text): unknown[] {
  return text.map((run) => inline(run, words));
}

/** The text a reader sees, for search and structured data. */
export function plainText(text: RichText): string {
  return text.map((run) => (typeof run === 'string' ? run : 'strong' in run ? run.strong : '')).join('');
}
