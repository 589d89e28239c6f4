// The base of every SensIQ element: article choice, heading level and clinic mode, each settable on the
// element or inherited from an enclosing <sensiq-provider> (the element's own attribute wins).
import {LitElement} from 'lit';
import {property, state} from 'lit/decorators.js';
import {consume} from '@lit/context';
import {parseHeadingLevel, type HeadingLevel} from './attributes.js';
import {settingsContext, type SensiqSettings} from './context.js';
import {VERSION} from './version.js';
import {DEFAULT_ARTICLE, findArticle} from '../content/index.js';
import type {ArticleMeta} from '../content/types.js';

export class SensiqElement extends LitElement {
  /** Lets a second copy of the library tell which version defined an element first. */
  static readonly version = VERSION;

  /** Slug of the bundled article to show (default `menopause-hip-leg-pain`). */
  @property() article?: string;

  /** Level (1–6) of the element's top heading, so it fits the host page's outline (default 2). */
  @property({attribute: 'heading-level', type: Number}) headingLevel?: number;

  /** Clinic mode: leave out every block that promotes a SensIQ product. */
  @property({attribute: 'no-promo', type: Boolean}) noPromo = false;

  /** Settings from an enclosing `<sensiq-provider>` or `<sensiq-article>`. */
  @consume({context: settingsContext, subscribe: true})
  @state()
  protected settings?: SensiqSettings;

  /** The article to render, or `undefined` (after a warning) for an unknown slug. */
  protected get articleMeta(): ArticleMeta | undefined {
    return findArticle(this, this.article ?? this.settings?.article ?? DEFAULT_ARTICLE);
  }

  protected get level(): HeadingLevel {
    const inherited = this.settings?.headingLevel ?? 2;
    return parseHeadingLevel(this, this.headingLevel, inherited) ?? inherited;
  }

  protected get promoHidden(): boolean {
    return this.noPromo || Boolean(this.settings?.noPromo);
  }
}
