import {html, nothing, type PropertyDeclarations} from 'lit';
import {SensiqElement} from '../../internal/sensiq-element.js';
import {hostStyles} from '../../internal/tokens.js';
import {heading} from '../../internal/heading.js';
import {parseInteger} from '../../internal/attributes.js';
import {richText} from '../../internal/rich-text.js';
import {takeaways} from '../../content/generated/takeaways.js';
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
 *
 * @cssprop [--sensiq-takeaways-marker=var(--sensiq-accent)] - Colour of the side rule and list markers.
 */
export class SensiqTakeaways extends SensiqElement {
  static override styles = [hostStyles, takeawaysStyles];
  static override properties: PropertyDeclarations = {limit: {type: Number}};

  /** Show only the first N takeaways (a whole number from 1; default: all). */
  declare limit?: number;

  override render() {
    const meta = this.articleMeta;
    if (!meta) return nothing;
    const {heading: title, items} = takeaways[meta.slug];
    const limit = parseInteger(this, 'limit', this.limit, 1, Infinity, 'all takeaways');
    const shown = items.filter((item) => !(item.promo && this.promoHidden)).slice(0, limit);
    return html`
      <div class="takeaways" part="box">
        ${heading(this.level, title)}
        <ul part="list">
          ${shown.map((item) => html`<li part="item">${richText(item.text)}</li>`)}
        </ul>
      </div>
    `;
  }
}
