import {css} from 'lit';

// Set apart by shape as well as colour: a heavy border, a warning mark before the heading, a bold emergency line.
// One red for both themes (4.5:1 on the light surface, 3.9:1 on the dark one); in page mode, whose background
// we do not know, the mark is drawn in the text colour and only the border is red.
export const redFlagsStyles = css`
  :host {
    --_flag: var(--sensiq-red-flags-accent, #d93a3a);
    --_mark: var(--sensiq-red-flags-accent, currentColor);
  }

  :host(:not([data-sensiq-theme='page'])) {
    --_mark: var(--_flag);
  }

  .box {
    padding: var(--_space);
    border: 0.15em solid var(--_flag);
    border-inline-start-width: 0.5em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  [part='heading']::before {
    content: '!';
    content: '!' / '';
    display: inline-block;
    width: 1.2em;
    margin-inline-end: 0.4em;
    border: 0.12em solid;
    border-radius: 50%;
    color: var(--_mark);
    text-align: center;
  }

  blockquote {
    margin: 0.5em 0 0.75em;
    font-style: italic;
  }

  summary {
    margin-block-end: 0.75em;
    color: var(--_accent);
    cursor: pointer;
  }

  @media print {
    .box {
      break-inside: avoid;
    }
  }

  [part='note'] {
    margin: 0;
  }

  [part='emergency'] {
    font-weight: 700;
  }
`;
