// The call to action: a link styled as a button. By default it leads to a SensIQ product page, in a block
// labelled as promotion so it never passes for editorial text. In clinic mode it is the embedder's own button
// (a clinic's "Book an appointment"), shown alone: no label and no promotion frame, since it promotes nothing of
// ours. <sensiq-article>, <sensiq-takeaways> and <sensiq-faq> offer it. The article shows promotional blocks
// anyway and imports this module; the others load it (lazy.ts) only when a call-to-action setting is there.
import {css, html, type TemplateResult} from 'lit';
import {trimmedText, warnInvalid} from './attributes.js';
import {asText} from './text.js';
import {warnOnce} from './warn.js';
import * as strings from '../content/part-strings.js';

/** An element offering the call to action: its settings, as the page set them. */
interface CtaHost extends Element {
  ctaHref?: unknown;
  ctaLabel?: unknown;
  ctaPlacement?: unknown;
}

/**
 * The page's `cta-href` as an absolute http(s) URL, or `undefined` (after a warning for anything else, and for
 * the button's other settings when there is no `cta-href` for them to apply to).
 */
export function ctaLink(host: CtaHost): string | undefined {
  const href = host.ctaHref;
  if (href == null) {
    // One at a time (bytes: this is on every page with an article): the next shows once the first is fixed.
    const unused = host.ctaLabel != null ? 'cta-label' : host.ctaPlacement != null ? 'cta-placement' : '';
    if (unused)
      warnOnce(
        host,
        unused,
        `<${host.localName}> ${unused} is ignored: there is no button without cta-href. Add it, or remove ${unused}.`
      );
    return undefined;
  }
  try {
    const url = new URL(asText(href));
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  } catch {
    // not a URL at all: warned below
  }
  // No javascript:, data: or relative links: the page's base URL may not be where the embedder thinks.
  warnInvalid(host, 'cta-href', href, 'an absolute http:// or https:// URL', 'no call to action');
  return undefined;
}

/** A block promoting a SensIQ product, with its "From SensIQ" label. */
export const promo = (content: unknown): TemplateResult =>
  html`<div class="promo" part="promo">
    <p class="label">${strings.promo}</p>
    ${content}
  </div>`;

/**
 * The call to action for `href` (from ctaLink), or nothing. In clinic mode the embedder's own button, alone;
 * else SensIQ's, in a promotion block of its own unless `joined` (it ends one already there).
 */
export const callToAction = (
  href: string | undefined,
  label: unknown,
  clinicMode: boolean,
  joined?: boolean
): TemplateResult | undefined => {
  if (!href) return;
  // A clinic that gives no text gets a neutral one: it may lead anywhere (booking, a phone page, a shop), and
  // "from SensIQ" would credit us with the clinic's own page.
  const text = trimmedText(label) || (clinicMode ? strings.ownCtaLabel : strings.ctaLabel);
  const button = html`<p><a class="cta" part="cta" href=${href}>${text}</a></p>`;
  return clinicMode || joined ? button : promo(button);
};

// In page mode the button is outlined in the page's text colour (we cannot know a fill that reads on the
// page's background); a themed element fills it with its accent. Either way a target at least 44 px tall.
export const styles = css`
  :host {
    --_cta-background: var(--sensiq-cta-background, transparent);
    --_cta-text: var(--sensiq-cta-text, currentColor);
    --_cta-border: var(--sensiq-cta-background, currentColor);
    --_promo-surface: transparent;
  }

  :host(:not([data-sensiq-theme='page'])) {
    --_cta-background: var(--sensiq-cta-background, var(--_accent));
    --_cta-text: var(--sensiq-cta-text, var(--_surface));
    --_cta-border: var(--_cta-background);
    --_promo-surface: color-mix(in srgb, var(--_accent) 6%, var(--_surface));
  }

  .promo {
    margin-block: var(--_space);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 0.0625em solid var(--_border);
    border-inline-start: 0.3em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_promo-surface);
  }

  .promo > :last-child {
    margin-block-end: 0;
  }

  .promo > .label {
    margin-block-end: 0.25em;
    color: var(--_muted);
    font-size: max(0.8em, 14px);
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }

  /* The clinic's own button, alone under the element's box, keeps the gap a promotion block keeps. */
  p:has(> .cta):not(.promo > *) {
    margin-block-start: var(--_space);
  }

  .cta {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: max(2.75em, 44px);
    padding: 0.4em 1.25em;
    border: 0.125em solid var(--_cta-border);
    border-radius: var(--_radius);
    background: var(--_cta-background);
    color: var(--_cta-text);
    font-weight: 700;
    text-align: center;
    text-decoration: none;
  }

  .cta:hover {
    text-decoration: underline;
  }

  @media print {
    .promo {
      break-inside: avoid;
    }
  }
`;
