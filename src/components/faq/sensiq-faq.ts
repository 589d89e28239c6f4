import {html, nothing, type PropertyValues, type PropertyDeclarations} from 'lit';
import {SensiqElement} from '../../internal/sensiq-element.js';
import {hostStyles} from '../../internal/host-styles.js';
import {callToAction, ctaLink, promoStyles} from '../../internal/cta.js';
import {heading} from '../../internal/heading.js';
import {parseInteger, trimmedText, warnInvalid} from '../../internal/attributes.js';
import {plainText, richText} from '../../internal/rich-text.js';
import {withoutPromotion} from '../../internal/promotion.js';
import {StructuredDataController} from '../../internal/controllers/structured-data.js';
import {faqs} from '../../content/generated/faq.js';
import {strings} from '../../content/strings.js';
import type {FaqItem} from '../../content/types.js';
import {faqStyles} from './sensiq-faq.styles.js';
import {marked, matchesAll, queryTerms} from './search.js';

export interface SensiqFaqToggleDetail {
  id: string;
  question: string;
  open: boolean;
}

// Structured data never carries promotion (search engines refuse FAQ markup used as advertising).
const answerText = (item: FaqItem) =>
  withoutPromotion(item.blocks)
    .map((block) => plainText(block.text))
    .join('\n\n');

/** Builds the page's FAQPage from every widget's rendered ids: their union, in article order. */
const faqPage = (items: readonly FaqItem[]) => (parts: string[][]) => {
  const ids = new Set(parts.flat());
  const mainEntity = items
    .filter((item) => ids.has(item.id))
    .map((item) => ({
      '@type': 'Question',
      name: item.heading,
      acceptedAnswer: {'@type': 'Answer', text: answerText(item)},
    }));
  return mainEntity.length ? {'@context': 'https://schema.org', '@type': 'FAQPage', mainEntity} : undefined;
};

const WINDOW_EVENTS = ['hashchange', 'beforeprint', 'afterprint'];

const ids = (items: readonly FaqItem[]) => items.map((item) => item.id);

/**
 * The article's questions as an accordion (WAI-ARIA APG pattern): each question a button in a heading,
 * each answer verbatim from the source in a region labelled by its question. Collapsed answers stay
 * findable by the browser's find-in-page, print in full, and open from links to `#faq-<id>`. Publishes a
 * FAQPage JSON-LD block, one per page and article however many widgets there are.
 *
 * @tagname sensiq-faq
 * @summary The article's questions and answers as an accessible, linkable, searchable accordion.
 *
 * @csspart item - One question with its answer.
 * @csspart heading - The heading that holds a question.
 * @csspart question - The button that shows or hides an answer.
 * @csspart answer - The answer panel.
 * @csspart copy-link - The "Copy link to this question" button at the end of each answer.
 * @csspart match - A word the search matched, in a question or an answer (with `searchable`).
 * @csspart search - The search label and box (with `searchable`).
 * @csspart search-input - The search box.
 * @csspart status - How many questions match the search, or that none do.
 * @csspart note - The closing line: general information, not medical advice, with the source link.
 * @csspart link - The link to the source article.
 * @csspart promo - The block around the call to action, with its "From SensIQ" label (with `cta-href`).
 * @csspart cta - The call-to-action link, styled as a button (with `cta-href`).
 *
 * @cssprop [--sensiq-cta-background=transparent] - Fill of the call-to-action button; in page mode it is outlined in the text colour (themes: the accent).
 * @cssprop [--sensiq-cta-text=currentColor] - Text of the call-to-action button (themes: the surface colour).
 *
 * @cssprop [--sensiq-faq-divider=var(--sensiq-border)] - Colour of the rules between questions.
 * @cssprop [--sensiq-faq-icon=var(--sensiq-accent)] - Colour of the open/closed chevron.
 *
 * @fires sensiq-faq-toggle - A visitor opened or closed a question (click, keyboard, find-in-page or a
 * `#faq-<id>` link). `detail: {id, question, open}`; bubbles and crosses shadow roots.
 */
export class SensiqFaq extends SensiqElement {
  static override styles = [hostStyles, promoStyles, faqStyles];
  // Declared here rather than with decorators: the decorator helpers cost bytes on every page.
  static override properties: PropertyDeclarations = {
    questions: {},
    limit: {type: Number},
    open: {},
    single: {type: Boolean},
    searchable: {type: Boolean},
    noStructuredData: {attribute: 'no-structured-data', type: Boolean},
    ctaHref: {attribute: 'cta-href'},
    ctaLabel: {attribute: 'cta-label'},
    expanded: {state: true},
    query: {state: true},
    printing: {state: true},
  };

  /** Comma-separated question ids to show, in this order (default: all, in article order). */
  declare questions?: string;

  /** Show only the first N questions (a whole number from 1; default: all). */
  declare limit?: number;

  /** The id of a question to show open at first, or `all` (default: all collapsed). */
  declare open?: string;

  /** Opening a question closes the others. */
  single = false;

  /** Show a search box that filters the questions by question and answer text. */
  searchable = false;

  /** Leave this widget's questions out of the page's FAQPage JSON-LD. */
  noStructuredData = false;

  /** Absolute http(s) URL of a product page for a call-to-action button after the questions; anything else is ignored with a warning. */
  declare ctaHref?: string;

  /** Text of the call-to-action button (default "Learn more from SensIQ"). */
  declare ctaLabel?: string;

  private ctaLink?: string;

  private expanded = new Set<string>();
  private query = '';
  private printing = false;
  /** The question whose link was just copied, and whether that worked (the status line says so). */
  private copied?: {id: string; ok: boolean};

  /** The questions this widget shows, in order. */
  private items: readonly FaqItem[] = [];
  /** The search's words (none without a query), and the questions whose answer matches them. */
  private terms: string[] = [];
  private answerMatches = new Set<string>();
  /** Questions the search opened (their answer matches) that the visitor has not toggled since. */
  private openedBySearch = new Set<string>();

  constructor() {
    super();
    new StructuredDataController(this, () => {
      const slug = this.meta?.slug;
      if (!slug || this.noStructuredData) return undefined;
      return {key: 'faq:' + slug, build: faqPage(faqs[slug] || []), part: ids(this.items)};
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of WINDOW_EVENTS) addEventListener(type, this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of WINDOW_EVENTS) removeEventListener(type, this);
  }

  /** @internal Window events: the address changed, or printing starts or ends. */
  handleEvent(event: Event): void {
    if (event.type === 'hashchange') return void this.followHash();
    this.printing = event.type === 'beforeprint';
    // window.print() lays the page out before any microtask runs, so render now.
    this.performUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const all = (this.meta && faqs[this.meta.slug]) || [];
    this.items = this.pick(all);
    if (changed.has('open')) this.expanded = this.initiallyOpen(all);
    this.ctaLink = ctaLink(this, this.ctaHref, this.clinicMode);
    // A deep link on arrival opens its question in the first render (not after it: no second update).
    if (!this.hasUpdated) this.openLinked();
    if (changed.has('query' as keyof SensiqFaq)) this.search();
  }

  protected override firstUpdated(): void {
    this.scrollToLinked();
  }

  private pick(all: readonly FaqItem[]): readonly FaqItem[] {
    let items = all;
    const wanted = trimmedText(this.questions)?.split(',').map((id) => id.trim()).filter(Boolean);
    if (wanted?.length) {
      const known = [...new Set(wanted)].map((id) => all.find((item) => item.id === id));
      items = known.filter((item): item is FaqItem => !!item);
      if (items.length < known.length) {
        const fallback = items.length ? 'only the ids that exist' : 'all questions';
        warnInvalid(this, 'questions', this.questions, `comma-separated ids from: ${ids(all).join(', ')}`, fallback);
      }
      if (!items.length) items = all;
    }
    return items.slice(0, parseInteger(this, 'limit', this.limit, 1, Infinity, 'all questions'));
  }

  private initiallyOpen(all: readonly FaqItem[]): Set<string> {
    const open = trimmedText(this.open)?.toLowerCase();
    if (!open) return new Set();
    if (open === 'all') return new Set(ids(all));
    if (all.some((item) => item.id === open)) return new Set([open]);
    warnInvalid(this, 'open', this.open, `"all" or a question id: ${ids(all).join(', ')}`, 'all collapsed');
    return new Set();
  }

  /** Works out what the query matches, and opens the questions whose answer it matches (closing those it opened before). */
  private search(): void {
    this.terms = queryTerms(this.query);
    const answers = (item: FaqItem) => matchesAll(this.terms, answerText(item));
    this.answerMatches = new Set(this.terms.length ? ids(this.items.filter(answers)) : []);
    const expanded = new Set(this.expanded);
    for (const id of this.openedBySearch) if (!this.answerMatches.has(id)) expanded.delete(id);
    this.openedBySearch = new Set([...this.openedBySearch].filter((id) => this.answerMatches.has(id)));
    for (const id of this.answerMatches) {
      if (!expanded.has(id)) this.openedBySearch.add(id);
      expanded.add(id);
    }
    this.expanded = expanded;
  }

  private found(item: FaqItem): boolean {
    return !this.terms.length || this.answerMatches.has(item.id) || matchesAll(this.terms, item.heading);
  }

  private toggle(id: string, open: boolean): void {
    const next = new Set<string>();
    const changes: SensiqFaqToggleDetail[] = [];
    for (const {id: other, heading: question} of this.items) {
      const was = this.expanded.has(other);
      const now = other === id ? open : was && !(open && this.single);
      if (now) next.add(other);
      if (now !== was) changes.push({id: other, question, open: now});
    }
    this.expanded = next;
    this.openedBySearch.delete(id); // the visitor's choice now
    for (const detail of changes) {
      this.dispatchEvent(new CustomEvent('sensiq-faq-toggle', {bubbles: true, composed: true, detail}));
    }
  }

  /** The question `#faq-<id>` names, if this widget shows it. The fragment is untrusted: only an exact id acts. */
  private linked(): string | undefined {
    const hash = globalThis.location?.hash ?? ''; // none when rendered on a server
    const id = hash.startsWith('#faq-') ? hash.slice(5) : '';
    return ids(this.items).includes(id) ? id : undefined;
  }

  /** Opens the linked question, clearing a search that would hide it. */
  private openLinked(): void {
    const id = this.linked();
    if (!id) return;
    this.query = '';
    if (!this.expanded.has(id)) this.toggle(id, true);
  }

  private scrollToLinked(): void {
    const id = this.linked();
    if (id) this.shadowRoot?.getElementById('q-' + id)?.scrollIntoView();
  }

  /** The address changed: open and show the question it links to. */
  private async followHash(): Promise<void> {
    this.openLinked();
    await this.updateComplete;
    this.scrollToLinked();
  }

  /** Copies this page's address with `#faq-<id>`, which opens the question for whoever follows it. */
  private async copyLink(id: string): Promise<void> {
    const url = new URL(location.href);
    url.hash = 'faq-' + id;
    try {
      await navigator.clipboard.writeText(url.href);
      this.copied = {id, ok: true};
    } catch {
      // No clipboard (an http: page, or the visitor refused): say where the link goes instead.
      this.copied = {id, ok: false};
    }
    this.requestUpdate();
  }

  /** Plain text with the search's matched words marked. */
  private marked = (text: string): unknown =>
    this.terms.length
      ? marked(this.terms, text).map((run) => (run.match ? html`<mark part="match">${run.text}</mark>` : run.text))
      : text;

  override render() {
    const meta = this.meta;
    if (!meta) return nothing;
    const count = this.items.filter((item) => this.found(item)).length;
    const copied = this.copied;
    return html`
      ${this.searchable
        ? html`<div class="search" part="search">
              <label for="search">${strings.faqSearch}</label>
              <input id="search" type="search" part="search-input" .value=${this.query}
                @input=${(event: Event) => (this.query = (event.target as HTMLInputElement).value)} />
            </div>
            <p class="status" part="status" role="status" aria-live="polite">${this.terms.length
              ? count
                ? strings.faqShown(count, this.items.length)
                : strings.faqNoMatch
              : ''}</p>`
        : nothing}
      ${this.items.map((item) => {
        // hidden="until-found" keeps a collapsed answer reachable by find-in-page, opening on a match;
        // browsers that lack it read any hidden value as plain hidden. The server writes the same, so a
        // hydrated snippet stays findable.
        const open = this.printing || this.expanded.has(item.id);
        const question = html`<button id="q-${item.id}" part="question" aria-expanded=${open}
          aria-controls="a-${item.id}" @click=${() => this.toggle(item.id, !this.expanded.has(item.id))}>
          <span>${this.marked(item.heading)}</span></button>`;
        // No role="region" on the answers: with more than a few panels open at once the APG advises against
        // it (a page of landmarks), and two FAQs on a page would repeat every one of them.
        return html`<div class="item" part="item" ?hidden=${!this.printing && !this.found(item)}>
          ${heading({level: this.level, content: question})}
          <div id="a-${item.id}" class="answer" part="answer" hidden=${open ? nothing : 'until-found'}
            @beforematch=${() => this.toggle(item.id, true)}>
            ${this.shown(item.blocks).map((block) => html`<p>${richText(block.text, this.marked)}</p>`)}
            <p class="copy">
              <button class="copy-link" part="copy-link" aria-describedby="q-${item.id}"
                @click=${() => this.copyLink(item.id)}>${strings.faqCopyLink}</button>
              <span role="status">${copied?.id === item.id
                ? copied.ok
                  ? strings.faqLinkCopied
                  : strings.faqLinkNotCopied(`#faq-${item.id}`)
                : ''}</span>
            </p>
          </div>
        </div>`;
      })}
      ${callToAction(this.ctaLink, this.ctaLabel)}
      <p class="note" part="note">
        <small>${strings.disclaimer} <a part="link" href=${meta.url}>${strings.sourceLink}</a></small>
      </p>
    `;
  }
}
