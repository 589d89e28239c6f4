// The stylesheet every element starts from: colour tokens, the readable baseline, focus, forced colours and
// reduced motion. Public `--sensiq-*` properties are read, never set, inside the shadow root, so a value set
// on the page (`:root`, a container, or the element) always reaches us; each is read once here into a private
// `--_` property with its default.
//
// Colours never go unreadable, whatever the page: an element either takes both its text colour and its
// background from the page, or paints both itself.
// - `page` (the default): no colour of our own. Text, links, markers and focus rings are the page's text
//   colour (`currentColor`); borders are that colour made faint; nothing paints a background. Our text
//   reads exactly as well as the page's own text around it.
// - `light`, `dark`, `auto`: the element paints its own surface, and our palette (palette.ts) sits on it. Both
//   palettes are written once with `light-dark()`; the host's `color-scheme` picks one, and `auto` lets the
//   reader's system choose. A browser without `light-dark()` drops those colours and shows page mode.
// SensiqElement reflects the theme in use to the host's `data-sensiq-theme` attribute, which these rules
// select on; every stylesheet names a painted host `:host(:not([data-sensiq-theme='page']))` (written out, not
// interpolated: the template minifier parses each css`` as a stylesheet). Colours that the page sets win in
// every mode.
import {css, unsafeCSS} from 'lit';
import {palettes, paletteProperties, type Palette} from './palette.js';

/** The attribute SensiqElement writes the theme in use to; the element's own `theme` stays the page's. */
export const THEME_ATTRIBUTE = 'data-sensiq-theme';

const keys = Object.keys(paletteProperties) as (keyof Palette)[];

/** Page mode: the page's colours, for every token a page has not set. */
const PAGE_COLOURS: Palette = {
  accent: 'currentColor',
  text: 'currentColor',
  muted: 'currentColor',
  surface: 'transparent',
  border: 'color-mix(in srgb, currentColor 30%, transparent)',
};

/**
 * `--_accent: var(--sensiq-accent, …); …` for every colour token. Built from palette.ts so the tested values
 * are the shipped ones; `unsafeCSS` only ever sees those constants.
 */
const tokens = (value: (key: keyof Palette) => string) =>
  unsafeCSS(keys.map((key) => `--_${key}: var(${paletteProperties[key]}, ${value(key)});`).join(''));

// In forced-colours mode the browser swaps every colour for the reader's system colours and drops shadows and
// background images: structure must live in borders, and focus in an outline, which we restore in the
// system's Highlight colour even where an element draws its own ring as a shadow. Readers who ask for reduced
// motion get none, whatever an element animates. (`!important` beats the element's own, later rules.)
export const hostStyles = css`
  :host {
    ${tokens((key) => PAGE_COLOURS[key])}
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

  :host(:not([data-sensiq-theme='page'])) {
    ${tokens((key) => `light-dark(${palettes.light[key]}, ${palettes.dark[key]})`)}
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  :host([data-sensiq-theme='light']) {
    color-scheme: light;
  }

  :host([data-sensiq-theme='dark']) {
    color-scheme: dark;
  }

  :host([data-sensiq-theme='auto']) {
    color-scheme: light dark;
  }

  /* Our own surface even where a page rule (* { background: ... }) beats the host's. */
  :host(:not([data-sensiq-theme='page'])) > * {
    color: var(--_text);
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

  /* Paper is light: a dark theme prints in the light palette (browsers leave backgrounds out). A printed
     source link shows where it goes. */
  @media print {
    :host {
      color-scheme: light !important;
    }

    a[part~='link']::after {
      content: ' (' attr(href) ')';
    }
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
