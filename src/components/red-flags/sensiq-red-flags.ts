import {html, nothing, type PropertyDeclarations, type PropertyValues} from 'lit';
import {SensiqElement} from '../../internal/sensiq-element.js';
import {hostStyles} from '../../internal/host-styles.js';
import {heading} from '../../internal/heading.js';
import {trimmedText, warnInvalid} from '../../internal/attributes.js';
import {redFlags} from '../../content/generated/red-flags.js';
import * as strings from '../../content/strings.js';
import {redFlagsStyles} from './sensiq-red-flags.styles.js';

// A phone number as people write it: at least one digit, nothing that could carry markup or a URL scheme.
// A leading + (international form) and then digits, spaces, ( ) and -: what a tel: link can dial.
const PHONE = /^(?=.*\d)\+?[\d ()-]{1,19}$/;

/**
 * When to see a doctor: the article's warning signs as a list, each restating one source sentence, then those
 * sentences verbatim behind a closed "In the words of the article" disclosure (the list's traceability, without
 * reading everything twice) and the medical-advice disclaimer.
 *
 * @tagname sensiq-red-flags
 * @summary Warning signs that call for a doctor, traced to the article's own sentences.
 *
 * @slot source - Replaces the quoted source sentences; `<sensiq-article>` puts the section's prose here.
 *
 * @csspart box - The bordered container.
 * @csspart heading - The "When to See a Doctor" heading.
 * @csspart list - The list of warning signs.
 * @csspart item - One warning sign.
 * @csspart source - The disclosure holding the source sentences (or the slotted prose).
 * @csspart emergency - The "In an emergency, call …" line.
 * @csspart note - The medical-advice disclaimer.
 *
 * @cssprop [--sensiq-red-flags-accent=#d93a3a] - Colour of the border and the warning mark (both themes).
 */
export class SensiqRedFlags extends SensiqElement {
  static override styles = [hostStyles, redFlagsStyles];
  static override properties: PropertyDeclarations = {emergencyNumber: {attribute: 'emergency-number'}};

  /** Emergency phone number for the visitor's region (an optional leading +, then digits, spaces and ( ) -, up to 20); no default. */
  declare emergencyNumber?: string;

  /** Moves focus to the heading, so a contents link can land on this section. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('[tabindex]')?.focus(options);
  }

  /** The emergency number shown, if set and valid. */
  private emergencyLine?: string;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.emergencyLine = undefined;
    const number = trimmedText(this.emergencyNumber);
    if (!number) return; // unset, or left empty by a page template: nothing to show
    if (PHONE.test(number)) this.emergencyLine = number;
    else
      warnInvalid(
        this,
        'emergency-number',
        this.emergencyNumber,
        'an optional leading + then digits, spaces and ( ) -, up to 20 characters',
        'no emergency line'
      );
  }

  override render() {
    const meta = this.meta;
    const flags = meta && redFlags[meta.slug];
    if (!flags) return nothing;
    const number = this.emergencyLine;
    // Several signs come from one sentence: quote each sentence once, in the order of the list.
    const sources = [...new Set(flags.items.map((item) => item.source))];
    return html`
      <div class="box" part="box">
        ${heading({level: this.levelInUse, content: flags.heading, focusable: true})}
        <ul part="list">
          ${flags.items.map((item) => html`<li part="item">${item.text}</li>`)}
        </ul>
        <div part="source">
          <slot name="source">
            <details>
              <summary>${strings.redFlagsSource}</summary>
              <blockquote cite=${meta.url}>${sources.map((sentence) => html`<p>${sentence}</p>`)}</blockquote>
            </details>
          </slot>
        </div>
        ${
          number
            ? html`<p part="emergency">
                ${strings.emergency} <a href="tel:${number.replace(/[^\d+]/g, '')}">${number}</a>
              </p>`
            : nothing
        }
        <p part="note"><small>${strings.disclaimer}</small></p>
      </div>
    `;
  }
}
