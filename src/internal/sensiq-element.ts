// The base of every SensIQ element: article choice, heading level, clinic mode and theme, each settable on
// the element or inherited from an enclosing <sensiq-provider> (the element's own attribute wins).
import {LitElement, type PropertyDeclarations, type PropertyValues} from 'lit';
import {ContextConsumer} from '@lit/context';
import {asText, parseHeadingLevel, parseKeyword, type HeadingLevel} from './attributes.js';
import {settingsContext, THEMES, type SensiqSettings, type Theme} from './context.js';
import {THEME_ATTRIBUTE} from './tokens.js';
import {VERSION} from './version.js';
import {DEFAULT_ARTICLE, findArticle} from '../content/index.js';
import type {ArticleMeta} from '../content/types.js';

/**
 * @cssprop [--sensiq-accent=#0b5f8a] - Links, focus rings and markers (dark theme: #6cbcec).
 * @cssprop [--sensiq-text=#1d2329] - Body text (dark theme: #e8ecf0).
 * @cssprop [--sensiq-muted-text=#4d5660] - Secondary text such as notes (dark theme: #aab4bf).
 * @cssprop [--sensiq-surface=#ffffff] - Backgrounds of boxes and panels (dark theme: #15191e).
 * @cssprop [--sensiq-border=#c5ccd3] - Borders and dividers (dark theme: #5b6672).
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
   * Colour theme; `auto` follows the reader's system setting (default `light`, or the provider's).
   * @type {'light' | 'dark' | 'auto' | undefined}
   */
  declare theme?: Theme;

  /** Settings from an enclosing `<sensiq-provider>` or `<sensiq-article>`. */
  protected declare settings?: SensiqSettings;

  constructor() {
    super();
    new ContextConsumer(this, {context: settingsContext, subscribe: true, callback: (value) => (this.settings = value)});
  }

  /** The article to render, or `undefined` (after a warning) for an unknown slug. */
  protected get articleMeta(): ArticleMeta | undefined {
    return findArticle(this, asText(this.article ?? this.settings?.article ?? DEFAULT_ARTICLE));
  }

  protected get level(): HeadingLevel {
    const inherited = this.settings?.headingLevel ?? 2;
    return parseHeadingLevel(this, this.headingLevel, inherited) ?? inherited;
  }

  protected get promoHidden(): boolean {
    return this.noPromo || Boolean(this.settings?.noPromo);
  }

  /** The theme in use: the element's own `theme`, else the provider's, else light. */
  protected get resolvedTheme(): Theme {
    const provided = this.settings?.theme;
    const inherited = provided && THEMES.includes(provided) ? provided : 'light';
    return parseKeyword(this, 'theme', this.theme, THEMES, inherited) ?? inherited;
  }

  // The styles select on the resolved theme. It goes to its own attribute, never back to `theme`: a value
  // inherited from a provider must not turn into the element's own choice and outlive the provider's.
  // Set in willUpdate (not updated) so server rendering writes it too.
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const theme = this.resolvedTheme;
    if (this.getAttribute(THEME_ATTRIBUTE) !== theme) this.setAttribute(THEME_ATTRIBUTE, theme);
  }
}
