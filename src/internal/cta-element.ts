// The base of the elements that may end with a call to action (<sensiq-takeaways>, <sensiq-faq>,
// <sensiq-article>): its two attributes, and its code (cta.ts), which arrives only where they are set (to show
// the button, or to say why it cannot). The first render waits for it where `cta-href` is set, so the button
// never appears late and pushes anything down.
import {nothing, type PropertyDeclarations, type PropertyValues} from 'lit';
import {lazy, type Lazy} from './lazy.js';
import {SensiqElement} from './sensiq-element.js';

const cta = lazy(() => import('./cta.js'));

/**
 * @cssprop [--sensiq-cta-background=transparent] - Fill of the call-to-action button; in page mode it is outlined in the text colour (themes: the accent).
 * @cssprop [--sensiq-cta-text=currentColor] - Text of the call-to-action button (themes: the surface colour).
 */
export class CtaElement extends SensiqElement {
  static override properties: PropertyDeclarations = {
    ctaHref: {attribute: 'cta-href'},
    ctaLabel: {attribute: 'cta-label'},
  };

  /**
   * Absolute http(s) URL for a call-to-action button: a SensIQ product page, shown as promotion; in clinic mode
   * your own page (say, booking), shown as your own button. Anything else is ignored with a warning.
   */
  declare ctaHref?: string;

  /** Text of the call-to-action button (default "Learn more from SensIQ"; in clinic mode "Learn more"). */
  declare ctaLabel?: string;

  /** The call to action's link, when set and valid. */
  protected ctaUrl?: string;

  protected override partsForFirstRender(): Lazy<unknown>[] {
    return this.ctaHref != null ? [cta] : [];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const module = cta.value;
    if ((this.ctaHref ?? this.ctaLabel) != null) this.need(cta); // set after the first render (need() skips a part that is here)
    if (module) (this.constructor as typeof SensiqElement).adopt(module.styles);
    this.ctaUrl = module?.ctaLink(this);
  }

  /** The call to action, or nothing: no link, or its code has not arrived. `joined`: it ends a promotion block. */
  protected ctaButton(joined?: boolean): unknown {
    return cta.value?.callToAction(this.ctaUrl, this.ctaLabel, this.clinicMode, joined) ?? nothing;
  }
}
