// The base of the elements that may end with a call to action (<sensiq-takeaways>, <sensiq-faq>,
// <sensiq-article>): its two attributes, and its code (cta.ts), which arrives only where `cta-href` is set and
// clinic mode is off. The first render waits for it, so the button never appears late and pushes anything down.
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

  /** Absolute http(s) URL of a product page for a call-to-action button; anything else is ignored with a warning. */
  declare ctaHref?: string;

  /** Text of the call-to-action button (default "Learn more from SensIQ"). */
  declare ctaLabel?: string;

  /** The call to action's link, when set, valid and not in clinic mode. */
  protected ctaLink?: string;

  // Only the element's own no-promo here: the first render is scheduled before willUpdate works out clinic mode.
  protected override partsForFirstRender(): Lazy<unknown>[] {
    return this.ctaHref != null && !this.noPromo ? [cta] : [];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const module = cta.value;
    if (this.ctaHref != null && !this.clinicMode) this.need(cta); // set after the first render (need() skips a part that is here)
    if (module) (this.constructor as typeof SensiqElement).adopt(module.styles);
    this.ctaLink = module?.ctaLink(this, this.ctaHref, this.clinicMode);
  }

  /** The call to action, or nothing: no link, or its code has not arrived. */
  protected callToAction(): unknown {
    return cta.value?.callToAction(this.ctaLink, this.ctaLabel) ?? nothing;
  }
}
