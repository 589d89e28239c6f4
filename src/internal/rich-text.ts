// Renders compiled inline content. Bold is structure in the data, so no markup string ever reaches the DOM.
import {html, nothing, type TemplateResult} from 'lit';
import type {Inline, RichText} from '../content/types.js';

function inline(run: Inline): string | TemplateResult | typeof nothing {
  if (typeof run === 'string') return run;
  if ('strong' in run) return html`<strong>${run.strong}</strong>`;
  // Footnote markers stay in the data but render nothing until the article has a reference list.
  return nothing;
}

export function richText(text: RichText): unknown[] {
  return text.map(inline);
}

/** The text a reader sees, for search and structured data. */
export function plainText(text: RichText): string {
  return text.map((run) => (typeof run === 'string' ? run : 'strong' in run ? run.strong : '')).join('');
}
