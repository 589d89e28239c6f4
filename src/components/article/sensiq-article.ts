import {html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations} from 'lit';
import {SensiqElement} from '../../internal/sensiq-element.js';
import {hostStyles} from '../../internal/tokens.js';
import {heading, shiftLevel} from '../../internal/heading.js';
import {richText} from '../../internal/rich-text.js';
import {asText, trimmedText, warnInvalid} from '../../internal/attributes.js';
import {SettingsProvider} from '../../internal/provide.js';
import {JsonLdBlock} from '../../internal/json-ld.js';
import {bodies} from '../../content/generated/body.js';
import {redFlags} from '../../content/generated/red-flags.js';
import {strings} from '../../content/strings.js';
import type {ArticleMeta, Block} from '../../content/types.js';
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
  };
}

/** The value as an absolute http(s) URL, or `undefined` after a warning: no `javascript:`, `data:` or relative links. */
function httpUrl(host: Element, attribute: string, value: string): string | undefined {
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  } catch {
    // not a URL at all: warned below
  }
  warnInvalid(host, attribute, value, 'an absolute http:// or https:// URL', 'no link');
  return undefined;
}

/** Product promotion never passes for editorial text: it sits in its own labelled box. */
const promo = (content: TemplateResult) =>
  html`<aside part="promo"><p class="label">${strings.promo}</p>${content}</aside>`;

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
 * @csspart promo - A block promoting a SensIQ product, with its "From SensIQ" label.
 * @csspart cta - The call-to-action link.
 * @csspart note - The closing lines: the source, and general information, not medical advice.
 * @csspart link - The link to the source article.
 */
export class SensiqArticle extends SensiqElement {
  static override styles = [hostStyles, articleStyles];
  static override properties: PropertyDeclarations = {ctaHref: {attribute: 'cta-href'}, ctaLabel: {attribute: 'cta-label'}};

  /** Absolute http(s) URL of a product page for the call-to-action; anything else is ignored with a warning. */
  declare ctaHref?: string;

  /** Text of the call-to-action link (default "Learn more from SensIQ"). */
  declare ctaLabel?: string;

  private readonly provider = new SettingsProvider(this);

  private jsonLd?: JsonLdBlock<ArticleMeta>;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.updated(); // moved in the page: contribute the JSON-LD again
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.jsonLd?.delete(this);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The nested elements show this article in its clinic mode and theme, headings one level below the title.
    this.provider.set({
      ...this.settings,
      article: this.articleMeta?.slug,
      headingLevel: shiftLevel(this.level, 1),
      noPromo: this.promoHidden,
      theme: this.resolvedTheme,
    });
  }

  override updated(): void {
    const meta = this.articleMeta;
    this.jsonLd?.delete(this);
    this.jsonLd = meta && JsonLdBlock.for('article:' + meta.slug, structuredData);
    this.jsonLd?.set(this, meta!);
  }

  /** Contents links stay inside the shadow root: scroll to the section and move focus to its heading. */
  private jump(event: MouseEvent): void {
    const target = (this.renderRoot as ShadowRoot).getElementById((event.currentTarget as HTMLAnchorElement).hash.slice(1));
    if (!target) return;
    event.preventDefault(); // the host page's URL and router stay untouched
    target.scrollIntoView();
    target.focus({preventScroll: true});
  }

  private blocks(blocks: readonly Block[]): unknown[] {
    const hidden = this.promoHidden;
    return blocks.map((block) => {
      if (block.kind === 'ul') {
        return html`<ul>
          ${block.items.map((item) => (item.promo && hidden ? nothing : html`<li>${richText(item.text)}</li>`))}
        </ul>`;
      }
      const paragraph = html`<p>${richText(block.text)}</p>`;
      return !block.promo ? paragraph : hidden ? nothing : promo(paragraph);
    });
  }

  private cta(): unknown {
    const href = this.ctaHref == null || this.promoHidden ? undefined : httpUrl(this, 'cta-href', asText(this.ctaHref));
    return href ? promo(html`<p><a part="cta" href=${href}>${trimmedText(this.ctaLabel) || strings.ctaLabel}</a></p>`) : nothing;
  }

  override render() {
    const meta = this.articleMeta;
    if (!meta) return nothing;
    const {lede, sections} = bodies[meta.slug];
    const flagsId = redFlags[meta.slug]?.sectionId;
    const level = this.level;
    return html`
      <article part="box" lang=${meta.language}>
        ${heading(level, meta.headline)}
        <div part="lede">${this.blocks(lede)}</div>
        <sensiq-takeaways part="takeaways"></sensiq-takeaways>
        <nav part="contents" aria-labelledby="contents">
          <p class="label" id="contents">${strings.contents}</p>
          <ul>
            ${sections.map((s) => html`<li><a href="#${s.id}" @click=${this.jump}>${s.heading}</a></li>`)}
          </ul>
        </nav>
        ${sections.map(
          (s) => html`<section>
            ${s.id === flagsId
              ? html`<sensiq-red-flags id=${s.id} part="red-flags">
                  <div slot="source">${this.blocks(s.blocks)}</div>
                </sensiq-red-flags>`
              : [heading(shiftLevel(level, 1), s.heading, 'section-heading', s.id, true), this.blocks(s.blocks)]}
            ${s.subsections.map((sub) => [
              heading(shiftLevel(level, 2), sub.heading, 'subheading', sub.id),
              this.blocks(sub.blocks),
            ])}
          </section>`
        )}
        ${this.cta()}
        <footer part="note">
          <p>
            <small>
              ${strings.sourcePrefix} ${meta.publisher}, <cite><a part="link" href=${meta.url}>${meta.title}</a></cite>
            </small>
          </p>
          <p><small>${strings.disclaimer}</small></p>
        </footer>
      </article>
    `;
  }
}
