// The FAQ's answers: their text, how a panel shows one, its "Copy link" button, and the FAQPage structured
// data built from them. Loaded after the first paint (the answers start collapsed), or before it when a setting
// shows an answer at once (`open`, a `#faq-<id>` link, `searchable`).
import {css, html, nothing} from 'lit';
import {plainText, richText} from '../../internal/rich-text.js';
import {withoutPromotion} from '../../internal/promotion.js';
import {emit} from '../../internal/events.js';
import {faqs} from '../../content/generated/faq.js';
import {revisions} from '../../content/generated/meta.js';
import * as strings from '../../content/part-strings.js';
import type {FaqItem, FaqQuestion, Paragraph} from '../../content/types.js';

/** The "Copy link" line under each answer; the FAQ adopts this when the answers arrive. */
export const styles = css`
  .copy {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }

  .copy-link {
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-size: max(0.875em, 14px);
    text-decoration: underline;
    cursor: pointer;
  }

  /* Paper has nothing to click: the buttons and what the last copy did stay on screen. */
  @media print {
    .copy {
      display: none;
    }
  }
`;

const itemsBySlug = (slug: string): readonly FaqItem[] => faqs[slug] ?? [];

/**
 * Whether `faq` is the first FAQ on the page that shows question `id`: with two FAQs on a page, a link to a question
 * opens it once, in the first, where the reader lands. Here rather than in the FAQ itself because a link always
 * waits for this module (the first paint of a page without one does not pay for it). FAQs earlier in the page have
 * picked their questions by now: elements upgrade in document order.
 */
export function firstShowing(id: string, faq: Element): boolean {
  // The questions a FAQ shows are its own (private) state: read here, never changed.
  const shows = (other: Element) =>
    !!(other as {shownQuestions?: readonly FaqQuestion[]}).shownQuestions?.some((question) => question.id === id);
  // A FAQ inside another component's shadow root is not in the page's list: it is first if it shows the question.
  return shows(faq) && ([...document.querySelectorAll<Element>('sensiq-faq')].find(shows) ?? faq) == faq;
}

/** The answer paragraphs of question `id` in article `slug`. */
export const answerOf = (slug: string, id: string): readonly Paragraph[] =>
  itemsBySlug(slug).find((item) => item.id === id)?.blocks ?? [];

/** An answer's text as a reader sees it, without promotion: for search and structured data. */
export const answerText = (slug: string, id: string): string =>
  withoutPromotion(answerOf(slug, id))
    .map((block) => plainText(block.text))
    .join('\n\n');

/** Builds the page's FAQPage from every widget's shown ids: their union, in article order. */
export const faqPage = (slug: string) => (parts: string[][]) => {
  const ids = new Set(parts.flat());
  const mainEntity = itemsBySlug(slug)
    .filter((item) => ids.has(item.id))
    .map((item) => ({
      '@type': 'Question',
      name: item.heading,
      acceptedAnswer: {'@type': 'Answer', text: answerText(slug, item.id)},
    }));
  // schema.org's CreativeWork `version`: the revision of the source text the answers are quoted from.
  const version = revisions[slug]?.revision;
  return mainEntity.length ? {'@context': 'https://schema.org', '@type': 'FAQPage', version, mainEntity} : undefined;
};

/** What a panel needs to show one answer. */
export interface AnswerView {
  question: FaqQuestion;
  paragraphs: readonly Paragraph[];
  /** How plain text renders: the search marks matched words through this. */
  words?: (text: string) => unknown;
  /** Whether this question's link was just copied (true), could not be (false), or neither. */
  copied?: boolean;
  copy(): void;
}

/** The answer's paragraphs, then its "Copy link to this question" button and what became of the last copy. */
export const answer = ({question, paragraphs, words, copied, copy}: AnswerView) => html`
  ${paragraphs.map((block) => html`<p>${richText(block.text, words)}</p>`)}
  <p class="copy">
    <button class="copy-link" part="copy-link" aria-describedby="q-${question.id}" @click=${copy}>
      ${strings.faqCopyLink}
    </button>
    <span role="status"
      >${copied === undefined ? nothing : copied ? strings.faqLinkCopied : strings.faqLinkNotCopied(`#faq-${question.id}`)}</span
    >
  </p>
`;

/**
 * Copies this page's address with `#faq-<id>`, which opens the question for whoever follows it, then `host`
 * announces `sensiq-faq-copy-link`.
 */
export async function copyLink(host: Element, {id, heading: question}: FaqQuestion): Promise<boolean> {
  const url = new URL(location.href);
  url.hash = 'faq-' + id;
  let copied = true;
  try {
    await navigator.clipboard.writeText(url.href);
  } catch {
    copied = false; // no clipboard (an http: page, or the visitor refused): the status names the fragment instead
  }
  emit(host, 'sensiq-faq-copy-link', {id, question, copied});
  return copied;
}
