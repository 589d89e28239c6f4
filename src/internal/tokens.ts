// Design tokens shared by every element. Public `--sensiq-*` properties are read, never set, inside the
// shadow root, so a value set on the page (`:root`, a container, or the element) always reaches us;
// each is read once here into a private `--_` property with its default.
//
// Themes: SensiqElement reflects the theme in use to the host's `data-sensiq-theme` attribute, which these
// rules select on; `auto` follows the reader's `prefers-color-scheme`. Colours that the page sets win over
// either palette.
import {css, unsafeCSS, type CSSResult} from 'lit';
import {palettes, paletteProperties, type Palette} from './palette.js';

/** The attribute SensiqElement writes the resolved theme to; the element's own `theme` stays the page's. */
export const THEME_ATTRIBUTE = 'data-sensiq-theme';

/**
 * `--_accent: var(--sensiq-accent, #…); …` for one palette, plus the matching UA colour scheme. Built from
 * palette.ts so the tested values are the shipped ones; `unsafeCSS` only ever sees those constants.
 */
function paletteRules(palette: Palette, scheme: string): CSSResult {
  const keys = Object.keys(paletteProperties) as (keyof Palette)[];
  return unsafeCSS(
    keys.map((key) => `--_${key}: var(${paletteProperties[key]}, ${palette[key]});`).join('') + `color-scheme: ${scheme};`
  );
}

const dark = paletteRules(palettes.dark, 'dark');

// In forced-colours mode the browser swaps every colour for the reader's system colours and drops shadows and
// background images: structure must live in borders, and focus in an outline, which we restore in the
// system's Highlight colour even where an element draws its own ring as a shadow. Readers who ask for reduced
// motion get none, whatever an element animates. (`!important` beats the element's own, later rules.)
export const hostStyles = css`
  :host {
    ${paletteRules(palettes.light, 'light')}
    --_radius: var(--sensiq-radius, 0.5em);
    --_space: var(--sensiq-space, 1em);
    --_font: var(--sensiq-font-family, inherit);

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font);
    /* Host pages set odd typography on body; we keep only the family and restore the rest. */
    font-size: max(1em, 14px);
    line-height: 1.5;
    letter-spacing: normal;
    text-transform: none;
    text-align: start;
    overflow-wrap: break-word;
  }

  :host([data-sensiq-theme='dark']) {
    ${dark}
  }

  @media (prefers-color-scheme: dark) {
    :host([data-sensiq-theme='auto']) {
      ${dark}
    }
  }

  :host([hidden]) {
    display: none;
  }

  /* Page rules that match the element itself (its tag name, *, all: unset) beat :host, so the readable
     baseline is restated on our top-level content, where only our styles reach. The content is English:
     left to right, whatever the page's direction. */
  :host > * {
    font-size: max(1em, 14px);
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-align: start;
    white-space: normal;
    direction: ltr;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-size: 1.25em;
    line-height: 1.25;
  }

  p,
  ul {
    margin: 0 0 calc(var(--_space) * 0.75);
  }

  a {
    color: var(--_accent);
  }

  :focus-visible {
    outline: 0.15em solid var(--_accent);
    outline-offset: 0.15em;
  }

  /* Secondary text is smaller, never below 14 px (the floor every text in our elements keeps). */
  small {
    font-size: max(0.875em, 14px);
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline: 0.15em solid Highlight !important;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    :host,
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
