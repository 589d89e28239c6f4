// FAQ search, loaded only where `searchable` is set: a query's words match the words of a question or its answer
// in any order, ignoring case, accents, simple English plurals and British or American spelling ("oestrogen"
// finds "estrogen"); a query word matches the start of a word ("pain" finds "painful", never "spain"), and an
// abbreviation the article defines matches its long form and back ("HRT", "hormone replacement therapy").
// Questions whose answer matches open while the search lasts.
import {css, html} from 'lit';
import {emit, type SensiqFaqSearchDetail} from '../../internal/events.js';
import * as strings from '../../content/part-strings.js';
import {abbreviations} from '../../content/generated/abbreviations.js';
import type {FaqQuestion} from '../../content/types.js';
import {americanSpelling} from './spelling.js';

/** The search box and the marks; the FAQ adopts them when this module arrives. */
export const styles = css`
  /* Fits any container: a 200 px sidebar, or a phone at 200% text size. */
  .search {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em;
  }

  /* The box's edge is a control boundary: at least 3:1 against what is behind it (WCAG 1.4.11), so it is drawn
     in the secondary text colour, never the faint divider colour. */
  input {
    padding: 0.4em 0.6em;
    border: 0.125em solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
    inline-size: 100%;
    min-inline-size: 0;
  }

  /* Matched words: the page's (or theme's) text colour on a highlighter yellow would be unreadable on a dark
     page, so a mark is shown by weight and an underline in the text colour, never by a fill. */
  mark {
    background: none;
    color: inherit;
    font-weight: 700;
    text-decoration: underline 0.15em;
    text-underline-offset: 0.15em;
  }

  /* Nothing matched: clear the search (the full article is the FAQ's own link, next under it). */
  .way-on button {
    min-block-size: max(2.75em, 44px);
    padding: 0.25em 1em;
    border: 0.125em solid currentColor;
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }

  /* A printout shows every question (the FAQ clears the filter while printing): no box to type into. */
  @media print {
    .search,
    .status,
    .way-on {
      display: none;
    }
  }
`;

/** A run of text, marked when it is a matched word. */
export interface Run {
  text: string;
  match?: true;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case, accents dropped: "Estrógeno" → "estrogeno". */
const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** A folded word without a simple plural ending: hips → hip, aches → ache, injuries → injury, glass stays. */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (/(?:ss|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** The query's words, folded and stemmed, without repeats; none for an empty query. */
export const queryTerms = (query: string): string[] => [
  ...new Set((query.match(WORD) ?? []).map((word) => stem(fold(word)))),
];

/**
 * A query term in American spelling; a term that stops at -is or -ys may be an -ise word being typed
 * ("recognis"), so it looks for the -iz form as well.
 */
const spelledTerm = (term: string) => americanSpelling(term).replace(/([a-z]{2}[iy])s$/, '$1z');

const matchesWord = (terms: readonly string[], word: string) => {
  const folded = fold(word);
  const stemmed = stem(folded);
  const spelled = americanSpelling(stemmed);
  return terms.some(
    (term) => folded.startsWith(term) || stemmed.startsWith(term) || spelled.startsWith(spelledTerm(term))
  );
};

/** The abbreviations the bundled article defines, folded: {short: 'hrt', long: ['hormone', 'replacement', 'therapy']}. */
const ABBREVIATIONS = Object.values(abbreviations)
  .flat()
  .map(({short, long}) => ({short: fold(short), long: long.split(' ').map(fold)}));

const hasPhrase = (words: readonly string[], phrase: readonly string[]) =>
  words.some((_, at) => phrase.every((word, i) => words[at + i] === word));

/** The words of `text`, and the other form of each abbreviation it holds (its long form, or the letters). */
function wordsOf(text: string): string[] {
  const words = text.match(WORD) ?? [];
  const folded = words.map(fold);
  const other = ABBREVIATIONS.flatMap(({short, long}) => [
    ...(folded.includes(short) ? long : []),
    ...(hasPhrase(folded, long) ? [short] : []),
  ]);
  return [...words, ...other];
}

/** Whether every term matches some word of `text`. */
export function matchesAll(terms: readonly string[], text: string): boolean {
  const words = wordsOf(text);
  return terms.every((term) => words.some((word) => matchesWord([term], word)));
}

/** The terms to mark words by: the query's, and the other form of an abbreviation the query names. */
function termsToMark(terms: readonly string[]): string[] {
  const named = (words: readonly string[]) => words.every((word) => terms.some((term) => word.startsWith(term)));
  return [
    ...terms,
    ...ABBREVIATIONS.flatMap(({short, long}) => [...(named([short]) ? long : []), ...(named(long) ? [short] : [])]),
  ];
}

/** `text` as runs, each word that matches a term marked. */
export function marked(terms: readonly string[], text: string): Run[] {
  if (!terms.length) return [{text}];
  const marking = termsToMark(terms);
  const runs: Run[] = [];
  let last = 0;
  for (const found of text.matchAll(WORD)) {
    if (!matchesWord(marking, found[0])) continue;
    if (found.index > last) runs.push({text: text.slice(last, found.index)});
    runs.push({text: found[0], match: true});
    last = found.index + found[0].length;
  }
  if (last < text.length) runs.push({text: text.slice(last)});
  return runs;
}

/** A search counts as done when the visitor has stopped typing for this long (ms): one event, not one a key. */
export const SEARCH_SETTLED = 1000;

/** One widget's search: what the query matches. Which questions are open stays with the widget. */
export class FaqSearch {
  private terms: string[] = [];
  private answerMatches = new Set<string>();
  /** What the last update found, out of how many. */
  private counts: SensiqFaqSearchDetail = {matches: 0, total: 0};
  /** The terms last announced as a search, so pausing twice on one query announces it once. */
  private announced = '';
  private settling?: ReturnType<typeof setTimeout>;

  /**
   * Takes a new query over `questions` (answer text by `answerText`) and returns which questions are open after it,
   * from the widget's `expanded` (`true`: the search opened it): those the visitor opened stay as they are, those
   * whose answer now matches open (marked as the search's), those the search opened that no longer match close.
   */
  update(
    query: string,
    questions: readonly FaqQuestion[],
    answerText: (id: string) => string,
    expanded: ReadonlyMap<string, boolean>
  ): Map<string, boolean> {
    this.terms = queryTerms(query);
    this.answerMatches = new Set(
      this.terms.length ? questions.filter((q) => matchesAll(this.terms, answerText(q.id))).map((q) => q.id) : []
    );
    const open = new Map(expanded);
    for (const [id, bySearch] of expanded) if (bySearch && !this.answerMatches.has(id)) open.delete(id);
    for (const id of this.answerMatches) if (!open.has(id)) open.set(id, true);
    this.counts = {matches: questions.filter((q) => this.found(q)).length, total: questions.length};
    return open;
  }

  /**
   * The visitor typed in `box`: once they pause, it announces `sensiq-faq-search` with the match count (the
   * dataLayer bridge and the page's own scripts hear it). The query stays out of it: it is the visitor's text.
   */
  private settle(box: HTMLInputElement): void {
    clearTimeout(this.settling);
    this.settling = setTimeout(() => {
      const said = this.terms.join(' ');
      if (!said || said === this.announced || !box.isConnected) return;
      this.announced = said;
      emit(box, 'sensiq-faq-search', this.counts);
    }, SEARCH_SETTLED);
  }

  get active(): boolean {
    return this.terms.length > 0;
  }

  /** Whether `question` shows: no query, or it or its answer matches. */
  found(question: FaqQuestion): boolean {
    return !this.active || this.answerMatches.has(question.id) || matchesAll(this.terms, question.heading);
  }

  /** Plain text with the matched words marked. */
  words = (text: string): unknown =>
    this.active
      ? marked(this.terms, text).map((run) => (run.match ? html`<mark part="match">${run.text}</mark>` : run.text))
      : text;

  /**
   * The search box and the polite status line that announces how many questions match; when none do, a way on:
   * a button that clears the search (and puts the visitor back in the box). The other way on, the full article,
   * is the FAQ's own source link right under it: a second link there would say the same thing twice.
   */
  box(query: string, shown: number, total: number, onInput: (query: string) => void): unknown {
    return html`<div class="search" part="search">
        <label for="search">${strings.faqSearch}</label>
        <input
          id="search"
          type="search"
          part="search-input"
          .value=${query}
          @input=${(event: Event) => {
            const box = event.target as HTMLInputElement;
            onInput(box.value);
            this.settle(box);
          }}
        />
      </div>
      <p class="status" part="status" role="status" aria-live="polite">
        ${this.active ? (shown ? strings.faqShown(shown, total) : strings.faqNoMatch) : ''}
      </p>
      ${
        this.active && !shown
          ? html`<p class="way-on">
              <button
                type="button"
                @click=${(event: Event) => {
                  onInput('');
                  ((event.target as Element).getRootNode() as ShadowRoot).getElementById('search')?.focus();
                }}
              >
                ${strings.faqClearSearch}
              </button>
            </p>`
          : ''
      }`;
  }
}
