import {html, nothing, type PropertyValues, type PropertyDeclarations} from 'lit';
import {SensiqElement} from '../../internal/sensiq-element.js';
import {hostStyles} from '../../internal/tokens.js';
import {heading} from '../../internal/heading.js';
import {parseInteger, trimmedText, warnInvalid} from '../../internal/attributes.js';
import {plainText, richText} from '../../internal/rich-text.js';
import {JsonLdBlock} from '../../internal/json-ld.js';
import {faqs} from '../../content/generated/faq.js';
import {strings} from '../../content/strings.js';
import type {ArticleMeta, FaqItem} from '../../content/types.js';
import {faqStyles} from './sensiq-faq.styles.js';

export interface SensiqFaqToggleDetail {
  id: string;
  question: string;
  open: boolean;
}

// Structured data never carries promotion (search engines refuse FAQ markup used as advertising).
const answerText = (item: FaqItem) =>
  item.blocks
    .filter((block) => !block.promo)
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
 * @csspart search - The search label and box (with `searchable`).
 * @csspart search-input - The search box.
 * @csspart status - How many questions match the search, or that none do.
 * @csspart note - The closing line: general information, not medical advice, with the source link.
 * @csspart link - The link to the source article.
 *
 * @cssprop [--sensiq-faq-divider=var(--sensiq-border)] - Colour of the rules between questions.
 * @cssprop [--sensiq-faq-icon=var(--sensiq-accent)] - Colour of the open/closed chevron.
 *
 * @fires sensiq-faq-toggle - A visitor opened or closed a question (click, keyboard, find-in-page or a
 * `#faq-<id>` link). `detail: {id, question, open}`; bubbles and crosses shadow roots.
 */
export class SensiqFaq extends SensiqElement {
  static override styles = [hostStyles, faqStyles];
  // Declared here rather than with decorators: the decorator helpers cost bytes on every page.
  static override properties: PropertyDeclarations = {
    questions: {},
    limit: {type: Number},
    open: {},
    single: {type: Boolean},
    searchable: {type: Boolean},
    noStructuredData: {attribute: 'no-structured-data', type: Boolean},
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

  private expanded = new Set<string>();
  private query = '';
  private printing = false;

  private meta?: ArticleMeta;
  private items: readonly FaqItem[] = [];
  private contribution?: {block: JsonLdBlock<string[]>; ids: string};

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of WINDOW_EVENTS) addEventListener(type, this);
    this.requestUpdate(); // a reconnected widget contributes its structured data again
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of WINDOW_EVENTS) removeEventListener(type, this);
    this.contribution?.block.delete(this);
    this.contribution = undefined;
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
    this.meta = this.articleMeta;
    const all = (this.meta && faqs[this.meta.slug]) || [];
    this.items = this.pick(all);
    if (changed.has('open')) this.expanded = this.initiallyOpen(all);
  }

  protected override firstUpdated(): void {
    this.followHash();
  }

  protected override updated(): void {
    const slug = this.meta?.slug;
    const block =
      slug && !this.noStructuredData ? JsonLdBlock.for('faq:' + slug, faqPage(faqs[slug] || [])) : undefined;
    const shown = ids(this.items);
    if (this.contribution?.block === block && this.contribution?.ids === String(shown)) return;
    this.contribution?.block.delete(this);
    block?.set(this, shown);
    this.contribution = block && {block, ids: String(shown)};
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
    for (const detail of changes) {
      this.dispatchEvent(new CustomEvent('sensiq-faq-toggle', {bubbles: true, composed: true, detail}));
    }
  }

  /** Opens the question named by `#faq-<id>`. The fragment is untrusted: only an exact shown id acts. */
  private async followHash(): Promise<void> {
    const hash = location.hash;
    const id = hash.startsWith('#faq-') ? hash.slice(5) : '';
    if (!ids(this.items).includes(id)) return;
    this.query = '';
    if (!this.expanded.has(id)) this.toggle(id, true);
    await this.updateComplete;
    this.shadowRoot?.getElementById('q-' + id)?.scrollIntoView();
  }

  override render() {
    const meta = this.meta;
    if (!meta) return nothing;
    const query = this.query.trim().toLowerCase();
    // Without a query every question matches: no need to assemble and lower-case each answer per render.
    const matches = (item: FaqItem) =>
      this.printing || !query || `${item.heading}\n${answerText(item)}`.toLowerCase().includes(query);
    const count = this.items.filter(matches).length;
    return html`
      ${this.searchable
        ? html`<div class="search" part="search">
              <label for="search">${strings.faqSearch}</label>
              <input id="search" type="search" part="search-input" .value=${this.query}
                @input=${(event: Event) => (this.query = (event.target as HTMLInputElement).value)} />
            </div>
            <p class="status" part="status" role="status" aria-live="polite">${query
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
          ${item.heading}</button>`;
        return html`<div class="item" part="item" ?hidden=${!matches(item)}>
          ${heading(this.level, question)}
          <div id="a-${item.id}" class="answer" part="answer" role="region" aria-labelledby="q-${item.id}"
            hidden=${open ? nothing : 'until-found'} @beforematch=${() => this.toggle(item.id, true)}>
            ${item.blocks
              .filter((block) => !(block.promo && this.promoHidden))
              .map((block) => html`<p>${richText(block.text)}</p>`)}
          </div>
        </div>`;
      })}
      <p class="note" part="note">
        <small>${strings.disclaimer} <a part="link" href=${meta.url}>${strings.sourceLink}</a></small>
      </p>
    `;
  }
}
