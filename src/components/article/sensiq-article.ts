import {html, isServer, nothing, type PropertyValues, type PropertyDeclarations} from 'lit';
import {CtaElement} from '../../internal/cta-element.js';
import {hostStyles} from '../../internal/host-styles.js';
import {heading, shiftLevel} from '../../internal/heading.js';
import {richText} from '../../internal/rich-text.js';
import {parseKeyword} from '../../internal/attributes.js';
import {ctaLink, promo, styles as promoStyles} from '../../internal/cta.js';
import {SettingsProvider} from '../../internal/controllers/settings-provider.js';
import {chooseAnalytics} from '../../internal/analytics-setting.js';
import {afterNextPaint, lazy, nextTask, type Lazy} from '../../internal/lazy.js';
import {outlines} from '../../content/generated/outline.js';
import {withAnswersText} from '../../content/answers-text.js';
import {redFlags} from '../../content/generated/red-flags.js';
import {revisions} from '../../content/generated/meta.js';
import * as strings from '../../content/strings.js';
import type {ArticleMeta, ArticleOutline, Block, Paragraph, Subsection} from '../../content/types.js';
import {articleStyles} from './sensiq-article.styles.js';

/** Every article element on the page shares one block per article; dates only when real ones exist. */
function structuredData([meta]: ArticleMeta[]): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    headline: meta.headline,
    name: meta.title,
    url: meta.url,
    inLanguage: meta.language,
    publisher: {'@type': 'Organization', name: meta.publisher},
    // Empty until the publisher supplies real dates; JSON leaves undefined keys out.
    datePublished: meta.published || undefined,
    lastReviewed: meta.reviewed || undefined,
    // The revision of the source text shown (CreativeWork `version`). Its retrieval date has no field here:
    // dateModified would claim the publisher changed the article then.
    version: revisions[meta.slug]?.revision,
  };
}

/**
 * A first render drawn in the browser over nothing comes in stages, each in a task of its own, the first after
 * the paint of the first screen (issue 24):
 *   0  the title and lede: the first screen, and the page's largest paint;
 *   1  the key takeaways (and the call to action after them, if it goes there);
 *   2  the contents;
 *   3… the sections, SECTIONS_PER_STAGE at a time; the last stage adds the closing call to action and note.
 * In one render, the whole article was one long task that kept the host page from answering input, and its first
 * paint waited for every section: at 4× CPU on slow 4G, the stages alone took LCP 928 → 844 ms and the longest
 * task 93 → 54 ms (bench/README.md has the runs). Two sections a stage, not three: a stage's render and layout of
 * three was a long task of its own (longest task 70 → 58 ms, 11 loads side by side). While the stages come, an
 * empty block a screen tall follows what is shown, so that nothing the host has after the article comes into view
 * and then moves.
 */
const TAKEAWAYS_STAGE = 1;
const CONTENTS_STAGE = 2;
const SECTIONS_PER_STAGE = 2;
const COMPLETE = Infinity;

/**
 * The sections' text, in a part of its own: 2 kB gzip less in the article's first file (16.7 → 14.7 kB). A first
 * render in stages draws the title and lede from the outline while it arrives.
 */
const body = lazy(() => withAnswersText(import('../../content/generated/body.js')));

/** How many sections stage `stage` shows. */
const sectionsAt = (stage: number) => Math.max(0, stage - CONTENTS_STAGE) * SECTIONS_PER_STAGE;

type CtaPlacement = 'end' | 'after-takeaways' | 'both';
const CTA_PLACEMENTS: readonly CtaPlacement[] = ['end', 'after-takeaways', 'both'];

/** The section an article showed because the page's address named it on arrival: one article does, once. */
let shownOnArrival: HTMLElement | null = null;

/**
 * The whole article: title, lede, key takeaways, contents, every section in source order, the warning signs that
 * call for a doctor, attribution and a medical disclaimer. Publishes the article's JSON-LD once per page.
 *
 * @tagname sensiq-article
 * @summary The whole article, verbatim, with contents navigation and attribution.
 *
 * @csspart box - The article container.
 * @csspart heading - The article's title.
 * @csspart lede - The opening paragraphs.
 * @csspart takeaways - The nested `<sensiq-takeaways>`.
 * @csspart contents - The contents navigation.
 * @csspart section-heading - The heading of a section.
 * @csspart subheading - The heading of a subsection.
 * @csspart red-flags - The nested `<sensiq-red-flags>` (the "When to See a Doctor" section).
 * @csspart promo - A block promoting a SensIQ product, with its "From SensIQ" label (neighbouring ones share one).
 * @csspart cta - The call-to-action link, styled as a button (in clinic mode your own button, with no "From SensIQ" block).
 * @csspart note - The closing lines: the source, and general information, not medical advice.
 * @csspart link - The link to the source article.
 */
export class SensiqArticle extends CtaElement {
  static override styles = [hostStyles, promoStyles, articleStyles];
  static override properties: PropertyDeclarations = {ctaPlacement: {attribute: 'cta-placement'}};

  /**
   * Where the call-to-action appears: `end` (after the last section), `after-takeaways`, or `both` (default `end`).
   * @type {'end' | 'after-takeaways' | 'both' | undefined}
   */
  declare ctaPlacement?: CtaPlacement;

  private readonly settingsProvider = new SettingsProvider(this);

  private ctaAt: CtaPlacement = 'end';

  /** The call to action at the end while a render has not put it into the article's closing promotion block. */
  private tail?: unknown;

  /** Whether this article has looked for the section the page's address names (once it has rendered whole). */
  private arrivalChecked = false;

  /** How much of the article renders: all of it, except while a first render comes in stages (SECTIONS_PER_STAGE). */
  private stage = COMPLETE;

  /**
   * Whether the page was still loading when this article was made. Asked then, not at its first render: the page's
   * load event may come between the two (the builder's code evaluates, then renders a task later).
   */
  private readonly madeWhileLoading = !isServer && document.readyState !== 'complete';

  constructor() {
    super();
    this.publishStructuredData(
      () => this.meta && {key: 'article:' + this.meta.slug, build: structuredData, part: this.meta}
    );
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The nested elements show this article in its clinic mode and theme, headings one level below the title.
    this.settingsProvider.set({
      article: this.meta?.slug,
      headingLevel: shiftLevel(this.levelInUse, 1),
      noPromo: this.clinicMode,
      theme: this.themeInUse,
      analytics: chooseAnalytics(this, this.analytics, this.settings?.analytics),
    });
    this.ctaAt = parseKeyword(this, 'cta-placement', this.ctaPlacement, CTA_PLACEMENTS, 'end') ?? 'end';
    ctaLink(this); // for its warnings: with only cta-placement set, the element never loads the part that warns
    // Server-rendered content is already all there: replacing it with less would move the page.
    if (!this.hasUpdated && !isServer && !this.renderRoot?.firstChild) {
      this.stage = 0;
      this.renderAgainAfter(this.renderInStages());
    }
  }

  /**
   * Moves on a stage at a time, the sections' stages once their text has arrived; renderAgainAfter renders the
   * last, with every section and the note. Without the sections' text (offline, blocked), it says so and ends.
   * While the page loads, each stage waits for the paint of the one before: the first screen's is then the page's
   * largest, and each frame lays out only what its stage added (stages in tasks alone may meet in one frame, whose
   * layout is then one long task). Once the page has loaded, a task each is enough to let input in, and costs no
   * frame per stage where a script makes articles one after another.
   */
  private async renderInStages(): Promise<void> {
    const next = this.madeWhileLoading ? afterNextPaint : nextTask;
    try {
      for (let stage = 1; ; stage++) {
        await next();
        // Asked for only once the first screen, the takeaways and the contents have painted. Lighthouse's simulation
        // counts every request that ended before the page's largest paint reached the screen as holding it back,
        // and the screen can show a paint well after the frame's work: asked for right after the first screen's
        // paint, the sections' text still ended first in 3 of 4 runs (Lighthouse's LCP up to 1.8× the plain
        // page's; 1.3× now).
        if (stage > CONTENTS_STAGE) await body.load();
        const sections = this.meta ? outlines[this.meta.slug].sections.length : 0;
        if (sectionsAt(stage) >= sections) break;
        this.stage = stage;
        this.requestUpdate();
      }
    } catch (error) {
      this.partMissing(error);
    }
    this.stage = COMPLETE;
  }

  // A first render over the server's markup shows everything at once, so it waits for the sections' text.
  protected override partsForFirstRender(): Lazy<unknown>[] {
    const parts = super.partsForFirstRender();
    return this.renderRoot?.firstChild ? [...parts, body] : parts;
  }

  /**
   * Contents links stay inside the shadow root (a browser cannot find an id there): show the section, move focus to
   * its heading, and put the section's address (#<id>) in the page's, so that it can be shared. Written into the
   * history rather than followed: a host whose router reads the address on `hashchange` must not take it for a
   * route of its own. A link followed while the first render still comes in stages waits for its section.
   */
  private async jump(event: MouseEvent): Promise<void> {
    const {hash} = event.currentTarget as HTMLAnchorElement;
    event.preventDefault();
    history.pushState(history.state, '', hash);
    if (this.stage !== COMPLETE) await this.updateComplete;
    this.showSection(hash.slice(1))?.focus({preventScroll: true});
  }

  /**
   * Scrolls section `id` to the middle of the window, clear of whatever header the host keeps fixed at the top
   * (measuring it would cost every page bytes), and returns it; nothing when this article has no such section.
   */
  private showSection(id: string): HTMLElement | null {
    const target = (this.renderRoot as ShadowRoot).getElementById(id);
    target?.scrollIntoView({block: 'center'});
    return target;
  }

  // A page opened at a section's address shows it once an article has rendered whole, in the task after, when its
  // nested elements have rendered too (the red flags grow as they do): the first article that has it, unless the
  // page has an element of its own with that id, which the browser showed. Each article looks once; a section id is
  // plain ASCII, compared as written (decoding a stray % would throw).
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (shownOnArrival || this.arrivalChecked || this.stage !== COMPLETE) return;
    this.arrivalChecked = true;
    const id = location.hash.slice(1);
    if (id && !document.getElementById(id)) void nextTask().then(() => (shownOnArrival ||= this.showSection(id)));
  }

  /**
   * The blocks in source order, neighbouring promotional ones in one block with one label. With `closing`, the
   * call to action in `tail` ends the last block when that one is promotional, and leaves `tail` then.
   */
  private renderBlocks(blocks: readonly Block[], closing?: boolean): unknown[] {
    const out: unknown[] = [];
    let panel: unknown[] | undefined; // the promotional block open at the end of `out`
    for (const block of this.shown(blocks)) {
      const content =
        block.kind === 'ul'
          ? html`<ul>
              ${this.shown(block.items).map((item) => html`<li>${richText(item.text)}</li>`)}
            </ul>`
          : html`<p>${richText(block.text)}</p>`;
      if (!(block as Paragraph).promo) {
        panel = undefined;
        out.push(content);
      } else if (panel) panel.push(content);
      else out.push(promo((panel = [content]))); // Lit reads the array when it renders: later blocks join it
    }
    if (panel && closing) {
      panel.push(this.tail);
      this.tail = undefined;
    }
    return out;
  }

  /** The call to action, if it goes at `placement`; `joined`: it ends the promotional block before it. */
  private ctaAtPlace(placement: Exclude<CtaPlacement, 'both'>, joined?: boolean): unknown {
    return this.ctaAt === placement || this.ctaAt === 'both' ? this.ctaButton(joined) : undefined;
  }

  override render() {
    const meta = this.meta;
    if (!meta) return nothing;
    const {lede, sections: outline} = outlines[meta.slug];
    const sections = body.value?.bodies[meta.slug].sections ?? [];
    const flagsId = redFlags[meta.slug]?.sectionId;
    const level = this.levelInUse;
    // The article's last words, when they promote us, and SensIQ's button after them are one promotion block.
    const last = sections.at(-1);
    const closing = last && (last.subsections.at(-1) ?? last);
    this.tail = this.ctaAtPlace('end', true);
    const blocks = (of: Subsection) => this.renderBlocks(of.blocks, of === closing);
    const stage = this.stage;
    return html`
      <article part="box" lang=${meta.language}>
        ${heading({level, content: meta.headline})}
        <div part="lede">${this.renderBlocks(lede)}</div>
        ${
          stage >= TAKEAWAYS_STAGE
            ? html`<sensiq-takeaways part="takeaways"></sensiq-takeaways>${this.ctaAtPlace('after-takeaways')}`
            : nothing
        }
        ${stage >= CONTENTS_STAGE ? this.renderContents(outline) : nothing}
        ${sections.slice(0, sectionsAt(stage)).map(
          (s) =>
            html`<section>
              ${
                s.id === flagsId
                  ? html`<sensiq-red-flags id=${s.id} part="red-flags">
                      <div slot="source">${this.renderBlocks(s.blocks)}</div>
                    </sensiq-red-flags>`
                  : [
                      heading({
                        level: shiftLevel(level, 1),
                        content: s.heading,
                        part: 'section-heading',
                        id: s.id,
                        focusable: true,
                      }),
                      blocks(s),
                    ]
              }
              ${s.subsections.map((sub) => [
                heading({level: shiftLevel(level, 2), content: sub.heading, part: 'subheading', id: sub.id}),
                blocks(sub),
              ])}
            </section>`
        )}
        ${stage === COMPLETE ? this.renderEnd(meta) : html`<div class="coming"></div>`}
      </article>
    `;
  }

  /** The contents: a link to each section. */
  private renderContents(sections: ArticleOutline['sections']) {
    return html`
      <nav part="contents" aria-labelledby="contents">
        <p class="label" id="contents">${strings.contents}</p>
        <ul>
          ${sections.map((s) => html`<li><a href="#${s.id}" @click=${this.jump}>${s.heading}</a></li>`)}
        </ul>
      </nav>
    `;
  }

  /** The call to action at the end, unless the closing section's promotion block took it, and the closing note. */
  private renderEnd(meta: ArticleMeta) {
    return html`
      ${this.tail && this.ctaAtPlace('end')}
      <footer part="note">
        <p>
          <small>
            ${strings.sourcePrefix} ${meta.publisher}, <cite><a part="link" href=${meta.url}>${meta.title}</a></cite>
          </small>
        </p>
        <p><small>${strings.disclaimer}</small></p>
      </footer>
    `;
  }
}
