import {html, nothing, type PropertyValues, type PropertyDeclarations} from 'lit';
import {CtaElement} from '../../internal/cta-element.js';
import {emit, type SensiqFaqToggleDetail} from '../../internal/events.js';
import {hostStyles} from '../../internal/host-styles.js';
import {heading} from '../../internal/heading.js';
import {parseInteger, trimmedText, warnInvalid} from '../../internal/attributes.js';
import {lazy, nextTask, type Lazy} from '../../internal/lazy.js';
import {faqQuestions} from '../../content/generated/faq-questions.js';
import * as strings from '../../content/strings.js';
import type {FaqQuestion} from '../../content/types.js';
import {withAnswersText} from '../../content/answers-text.js';
import {faqStyles} from './sensiq-faq.styles.js';
import type {FaqSearch} from './search.js';

export type {SensiqFaqToggleDetail, SensiqFaqSearchDetail, SensiqFaqCopyLinkDetail} from '../../internal/events.js';

const answers = lazy(() => withAnswersText(import('./faq-answers.js')));

/**
 * An answer's `hidden` attribute while collapsed (none while open). Typed `any` because lit-analyzer knows `hidden`
 * only as a boolean attribute, not its "until-found" value, and has no inline ignore.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const UNTIL_FOUND: any = 'until-found';
const search = lazy(() => import('./search.js'));

const WINDOW_EVENTS = ['hashchange', 'beforeprint', 'afterprint'];

const ids = (questions: readonly FaqQuestion[]) => questions.map((question) => question.id);

/** The question `#faq-<id>` in the address names, if any. The fragment is untrusted: it is only ever compared. */
const linkedId = () => {
  const hash = globalThis.location?.hash ?? ''; // none when rendered on a server
  return hash.startsWith('#faq-') ? hash.slice(5) : undefined;
};

/**
 * The article's questions as an accordion (WAI-ARIA APG pattern): each question a button in a heading,
 * each answer verbatim from the source in the panel the button controls. Collapsed answers stay findable by
 * the browser's find-in-page, print in full, and open from links to `#faq-<id>`. Publishes a FAQPage JSON-LD
 * block, one per page and article however many widgets there are.
 *
 * The first paint needs only the questions: the answers (collapsed), the structured data and, unless
 * `searchable` is set, the search arrive after it, hidden until shown, so nothing on the page moves.
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
 * @csspart promo - The block around SensIQ's call to action, with its "From SensIQ" label (with `cta-href`, not in clinic mode).
 * @csspart cta - The call-to-action link, styled as a button (with `cta-href`; in clinic mode your own button).
 *
 * @cssprop [--sensiq-faq-divider=var(--sensiq-border)] - Colour of the rules between questions.
 * @cssprop [--sensiq-faq-icon=var(--sensiq-accent)] - Colour of the open/closed chevron.
 *
 * @fires sensiq-faq-toggle - A visitor opened or closed a question (click, keyboard, find-in-page or a
 * `#faq-<id>` link). `detail: {id, question, open}`; bubbles and crosses shadow roots.
 * @fires sensiq-faq-search - A visitor searched (with `searchable`): once they stop typing for a second, with
 * `detail: {matches, total}`, how many of the shown questions match; never the words typed. Bubbles and crosses shadow roots.
 * @fires sensiq-faq-copy-link - A visitor used "Copy link to this question". `detail: {id, question, copied}`,
 * `copied` false where the browser refused the clipboard; bubbles and crosses shadow roots.
 */
export class SensiqFaq extends CtaElement {
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
    copied: {state: true},
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

  /**
   * The open questions, kept here only: `true` for one the search opened (it closes again when its answer stops
   * matching), `false` for one the visitor, a link or `open` opened.
   */
  private expanded = new Map<string, boolean>();
  private query = '';
  private printing = false;
  /** The question whose link was just copied, and whether that worked (its status line says so). */
  private copied?: {id: string; ok: boolean};

  /** The questions this widget shows, in order. */
  private shownQuestions: readonly FaqQuestion[] = [];
  /** This widget's search, once its code has arrived (with `searchable`). */
  private finder?: FaqSearch;

  constructor() {
    super();
    this.publishStructuredData(() => {
      const slug = this.meta?.slug;
      if (!slug || this.noStructuredData || !answers.value) return undefined;
      return {key: 'faq:' + slug, build: answers.value.faqPage(slug), part: ids(this.shownQuestions)};
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

  // Settings that show an answer or the search at once wait for that code, so the first render is whole
  // and nothing moves after it. Without them, the first render has the questions only.
  protected override partsForFirstRender(): Lazy<unknown>[] {
    const parts = super.partsForFirstRender();
    if (this.searchable) parts.push(search, answers);
    // Server-rendered content (a snippet, WordPress or Shopify) already shows the answers: render them at once.
    if (trimmedText(this.open) || linkedId() || this.shadowRoot?.firstChild) parts.push(answers);
    return parts;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const all = (this.meta && faqQuestions[this.meta.slug]) || [];
    this.shownQuestions = this.pick(all);
    if (changed.has('open')) this.expanded = this.initiallyOpen(all);
    if (this.searchable && !search.value) this.need(search); // set after the first render
    if (this.searchable && search.value) {
      this.finder ??= new search.value.FaqSearch();
      SensiqFaq.adopt(search.value.styles);
    }
    if (answers.value) SensiqFaq.adopt(answers.value.styles);
    // A deep link on arrival opens its question in the first render (not after it: no second update).
    if (!this.hasUpdated) this.openLinked();
    if (changed.has('query' as keyof SensiqFaq) && this.finder && answers.value) {
      const {answerText} = answers.value;
      const slug = this.meta?.slug ?? '';
      this.expanded = this.finder.update(this.query, this.shownQuestions, (id) => answerText(slug, id), this.expanded);
    }
  }

  protected override firstUpdated(): void {
    this.scrollToLinked();
    // The collapsed answers, from a later task: the first paint has the questions, and input is never blocked
    // for long. Hidden until opened, so nothing moves when they arrive. Rendered again even when another FAQ
    // on the page brought them in the meantime: this one's first render went without them.
    if (!answers.value) this.renderAgainAfter(nextTask().then(answers.load));
  }

  private pick(all: readonly FaqQuestion[]): readonly FaqQuestion[] {
    let shown = all;
    const wanted = trimmedText(this.questions)
      ?.split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    if (wanted?.length) {
      const known = [...new Set(wanted)].map((id) => all.find((question) => question.id === id));
      shown = known.filter(Boolean) as FaqQuestion[];
      if (shown.length < known.length) {
        const fallback = shown.length ? 'only the ids that exist' : 'all questions';
        warnInvalid(this, 'questions', this.questions, `comma-separated ids from: ${ids(all).join(', ')}`, fallback);
      }
      if (!shown.length) shown = all;
    }
    return shown.slice(0, parseInteger(this, 'limit', this.limit, 1, Infinity, 'all questions'));
  }

  private initiallyOpen(all: readonly FaqQuestion[]): Map<string, boolean> {
    const open = trimmedText(this.open)?.toLowerCase();
    if (!open) return new Map();
    if (open === 'all') return new Map(all.map((question) => [question.id, false]));
    if (all.some((question) => question.id === open)) return new Map([[open, false]]);
    warnInvalid(this, 'open', this.open, `"all" or a question id: ${ids(all).join(', ')}`, 'all collapsed');
    return new Map();
  }

  /** Opens or closes question `id` as the visitor did: it is theirs now, whoever opened it. */
  private setOpen(id: string, open: boolean): void {
    const next = new Map<string, boolean>();
    const changes: SensiqFaqToggleDetail[] = [];
    for (const {id: other, heading: question} of this.shownQuestions) {
      const was = this.expanded.has(other);
      const now = other === id ? open : was && !(open && this.single);
      if (now) next.set(other, other !== id && this.expanded.get(other)!);
      if (now !== was) changes.push({id: other, question, open: now});
    }
    this.expanded = next;
    for (const detail of changes) emit(this, 'sensiq-faq-toggle', detail);
  }

  /** The linked question, if this widget is the first on the page to show it: only an exact id acts. */
  private linked(): string | undefined {
    const id = linkedId();
    return id && answers.value?.firstShowing(id, this) ? id : undefined;
  }

  /** Opens the linked question, clearing a search that would hide it. */
  private openLinked(): void {
    const id = this.linked();
    if (!id) return;
    this.query = '';
    if (!this.expanded.has(id)) this.setOpen(id, true);
  }

  private scrollToLinked(): void {
    const id = this.linked();
    if (id) this.shadowRoot?.getElementById('q-' + id)?.scrollIntoView();
  }

  /** The address changed: open and show the question it links to. */
  private async followHash(): Promise<void> {
    if (!linkedId()) return;
    await answers.load().catch(() => undefined); // which FAQ opens it is decided there
    this.openLinked();
    await this.updateComplete;
    this.scrollToLinked();
  }

  private async copyQuestionLink(question: FaqQuestion): Promise<void> {
    this.copied = {id: question.id, ok: await answers.value!.copyLink(this, question)};
  }

  /** An answer panel's content, once the answers have arrived. */
  private answerFor(question: FaqQuestion): unknown {
    const module = answers.value;
    if (!module || !this.meta) return nothing;
    return module.answer({
      question,
      paragraphs: this.shown(module.answerOf(this.meta.slug, question.id)),
      words: this.finder?.words,
      copied: this.copied?.id === question.id ? this.copied.ok : undefined,
      copy: () => this.copyQuestionLink(question),
    });
  }

  override render() {
    const meta = this.meta;
    if (!meta) return nothing;
    const finder = this.finder;
    const found = this.shownQuestions.filter((question) => !finder || finder.found(question));
    return html`
      ${
        finder
          ? finder.box(this.query, found.length, this.shownQuestions.length, (query) => (this.query = query))
          : nothing
      }
      ${this.shownQuestions.map((question) => {
        // hidden="until-found" keeps a collapsed answer reachable by find-in-page, opening on a match;
        // browsers that lack it read any hidden value as plain hidden. The server writes the same, so a
        // hydrated snippet stays findable.
        const open = this.printing || this.expanded.has(question.id);
        const button = html`<button
          id="q-${question.id}"
          part="question"
          aria-expanded=${open}
          aria-controls="a-${question.id}"
          @click=${() => this.setOpen(question.id, !this.expanded.has(question.id))}
        >
          <span>${finder ? finder.words(question.heading) : question.heading}</span>
        </button>`;
        // No role="region" on the answers: with more than a few panels open at once the APG advises against
        // it (a page of landmarks), and two FAQs on a page would repeat every one of them.
        return html`<div class="item" part="item" ?hidden=${!this.printing && !found.includes(question)}>
          ${heading({level: this.levelInUse, content: button})}
          <div
            id="a-${question.id}"
            class="answer"
            part="answer"
            hidden=${open ? nothing : UNTIL_FOUND}
            @beforematch=${() => this.setOpen(question.id, true)}
          >
            ${this.answerFor(question)}
          </div>
        </div>`;
      })}
      ${this.ctaButton()}
      <p class="note" part="note">
        <small>${strings.disclaimer} <a part="link" href=${meta.url}>${strings.sourceLink}</a></small>
      </p>
    `;
  }
}
