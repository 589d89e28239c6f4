// The base of every SensIQ element: article choice, heading level, clinic mode and theme, each settable on
// the element or inherited from an enclosing <sensiq-provider> (the element's own attribute wins).
import {LitElement, type PropertyDeclarations, type PropertyValues} from 'lit';
import {ContextConsumer} from '@lit/context';
import {asText, parseHeadingLevel, parseKeyword, type HeadingLevel} from './attributes.js';
import {settingsContext, THEMES, type SensiqSettings, type Theme} from './context.js';
import {THEME_ATTRIBUTE} from './host-styles.js';
import {withoutPromotion} from './promotion.js';
import {VERSION} from './version.js';
import {quote, warnOnce} from './warn.js';
import {articleMeta, articleSlugs, DEFAULT_ARTICLE} from '../content/index.js';
import type {ArticleMeta} from '../content/types.js';

/**
 * @cssprop [--sensiq-accent=currentColor] - Links, focus rings, markers and control borders (light theme: #0b5f8a, dark theme: #6cbcec).
 * @cssprop [--sensiq-text=currentColor] - Body text (light theme: #1d2329, dark theme: #e8ecf0).
 * @cssprop [--sensiq-muted-text=currentColor] - Secondary text such as notes (light theme: #4d5660, dark theme: #aab4bf).
 * @cssprop [--sensiq-surface=transparent] - The painted background of a themed element and its boxes (light theme: #ffffff, dark theme: #15191e).
 * @cssprop [--sensiq-border=color-mix(in srgb, currentColor 30%, transparent)] - Borders and dividers (light theme: #c5ccd3, dark theme: #5b6672).
 * @cssprop [--sensiq-radius=0.5em] - Corner radius.
 * @cssprop [--sensiq-space=1em] - Spacing scale: paddings and gaps are multiples of it.
 * @cssprop [--sensiq-font-family=inherit] - Font; the page's font unless set.
 */
export class SensiqElement extends LitElement {
  /** Lets a second copy of the library tell which version defined an element first. */
  static readonly version = VERSION;

  // Declared here rather than with decorators (and the context consumed through a controller rather than
  // @consume): the decorator helpers cost bytes on every page that embeds us.
  static override properties: PropertyDeclarations = {
    article: {},
    headingLevel: {attribute: 'heading-level', type: Number},
    noPromo: {attribute: 'no-promo', type: Boolean},
    theme: {},
    settings: {state: true},
  };

  /** Slug of the bundled article to show (default `menopause-hip-leg-pain`). */
  declare article?: string;

  /** Level (1–6) of the element's top heading, so it fits the host page's outline (default 2). */
  declare headingLevel?: number;

  /** Clinic mode: leave out every block that promotes a SensIQ product. */
  noPromo = false;

  /**
   * Colour theme: `page` takes the page's text colour and paints no background; `light`, `dark` and `auto` paint
   * their own surface, `auto` following the reader's system setting (default `page`, or the provider's).
   * @type {'page' | 'light' | 'dark' | 'auto' | undefined}
   */
  declare theme?: Theme;

  /** Settings from an enclosing `<sensiq-provider>` or `<sensiq-article>`. */
  protected declare settings?: SensiqSettings;

  // What this update renders, worked out once per update in willUpdate (invalid values warn there, once each).
  /** The article to show; `undefined` for an unknown slug, which shows nothing. */
  protected meta?: ArticleMeta;
  protected level: HeadingLevel = 2;
  /** Clinic mode, from the element or its provider. */
  protected clinicMode = false;
  /** The theme in use: the element's own `theme`, else the provider's, else `page`. */
  protected themeInUse: Theme = 'page';

  constructor() {
    super();
    new ContextConsumer(this, {context: settingsContext, subscribe: true, callback: (value) => (this.settings = value)});
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const inherited = this.settings ?? {};
    this.meta = this.chooseArticle(asText(this.article ?? inherited.article ?? DEFAULT_ARTICLE));
    const level = inherited.headingLevel ?? 2;
    this.level = parseHeadingLevel(this, this.headingLevel, level) ?? level;
    this.clinicMode = this.noPromo || Boolean(inherited.noPromo);
    const theme = inherited.theme && THEMES.includes(inherited.theme) ? inherited.theme : 'page';
    this.themeInUse = parseKeyword(this, 'theme', this.theme, THEMES, theme) ?? theme;
    // The styles select on the theme in use. It goes to its own attribute, never back to `theme`: a value
    // inherited from a provider must not turn into the element's own choice and outlive the provider's.
    // Set here (not in updated) so server rendering writes it too.
    if (this.getAttribute(THEME_ATTRIBUTE) !== this.themeInUse) this.setAttribute(THEME_ATTRIBUTE, this.themeInUse);
  }

  /** `items` as this element shows them: without promotion in clinic mode. */
  protected shown<T extends object>(items: readonly T[]): readonly T[] {
    return withoutPromotion(items, this.clinicMode);
  }

  /** The bundled article `slug`, or `undefined` with one warning: an element with no article shows nothing. */
  protected chooseArticle(slug: string): ArticleMeta | undefined {
    const meta = articleMeta(slug);
    if (!meta) {
      const valid = articleSlugs.map((s) => `"${s}"`).join(', ');
      const shown = quote(slug);
      warnOnce(this, `article=${shown}`, `<${this.localName}> article=${shown} is not a bundled article: use one of ${valid}. Nothing is shown.`);
    }
    return meta;
  }
}
