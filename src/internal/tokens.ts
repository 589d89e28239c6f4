// Design tokens shared by every element. Public `--sensiq-*` properties are read, never set, inside the
// shadow root, so a value set on the page (`:root`, a container, or the element) always reaches us;
// each is read once here into a private `--_` property with its default.
import {css} from 'lit';

export const hostStyles = css`
  :host {
    --_accent: var(--sensiq-accent, #0b5f8a);
    --_text: var(--sensiq-text, #1d2329);
    --_muted: var(--sensiq-muted-text, #4d5660);
    --_surface: var(--sensiq-surface, #ffffff);
    --_border: var(--sensiq-border, #c5ccd3);
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
`;
