import {css} from 'lit';

// Set apart by shape as well as colour: a heavy border, a warning mark before the heading, a bold emergency line.
export const redFlagsStyles = css`
  .box {
    --_flag: var(--sensiq-red-flags-accent, #a4262c);
    padding: var(--_space);
    border: 0.15em solid var(--_flag);
    border-inline-start-width: 0.5em;
    border-radius: var(--_radius);
  }

  [part='heading']::before {
    content: '!';
    content: '!' / '';
    display: inline-block;
    width: 1.2em;
    margin-inline-end: 0.4em;
    border: 0.12em solid;
    border-radius: 50%;
    color: var(--_flag);
    text-align: center;
  }

  blockquote {
    margin: 0 0 0.75em;
    font-style: italic;
  }

  .label,
  [part='disclaimer'] {
    color: var(--_muted);
  }

  [part='emergency'] {
    font-weight: 700;
  }
`;
