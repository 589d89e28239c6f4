import {html, nothing, type PropertyDeclarations, type PropertyValues} from 'lit';
import {CtaElement} from '../../internal/cta-element.js';
import {hostStyles} from '../../internal/host-styles.js';
import {heading} from '../../internal/heading.js';
import {parseInteger} from '../../internal/attributes.js';
import {richText} from '../../internal/rich-text.js';
import {takeaways} from '../../content/generated/takeaways.js';
import type {ListItem} from '../../content/types.js';
import {takeawaysStyles} from './sensiq-takeaways.styles.js';

/**
 * The article's key takeaways: a heading and the takeaways as a list, verbatim from the source.
 *
 * @tagname sensiq-takeaways
 * @summary The article's key takeaways as a list.
 *
 * @csspart box - The bordered container.
 * @csspart heading - The "Key Takeaways" heading.
 * @csspart list - The list of takeaways.
 * @csspart item - One takeaway.
 * @csspart promo - The block around SensIQ's call to action, with its "From SensIQ" label (with `cta-href`, not in clinic mode).
 * @csspart cta - The call-to-action link, styled as a button (with `cta-href`; in clinic mode your own button).
 *
 * @cssprop [--sensiq-takeaways-marker=var(--sensiq-accent)] - Colour of the side rule and list markers.
 */
export class SensiqTakeaways extends CtaElement {
  static override styles = [hostStyles, takeawaysStyles];
  static override properties: PropertyDeclarations = {limit: {type: Number}};

  /** Show only the first N takeaways (a whole number from 1; default: all). */
  declare limit?: number;

  /** The takeaways shown. */
  private shownItems: readonly ListItem[] = [];

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const limit = parseInteger(this, 'limit', this.limit, 1, Infinity, 'all takeaways');
    this.shownItems = this.meta ? this.shown(takeaways[this.meta.slug].items).slice(0, limit) : [];
  }

  override render() {
    if (!this.meta) return nothing;
    return html`
      <div class="takeaways" part="box">
        ${heading({level: this.levelInUse, content: takeaways[this.meta.slug].heading})}
        <ul part="list">
          ${this.shownItems.map((item) => html`<li part="item">${richText(item.text)}</li>`)}
        </ul>
      </div>
      ${this.ctaButton()}
    `;
  }
}
