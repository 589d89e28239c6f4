import {css} from 'lit';

export const articleStyles = css`
  :host(:not([data-sensiq-theme='page'])) {
    padding: var(--_space);
  }

  [part='heading'] {
    font-size: 1.75em;
  }

  [part='section-heading'] {
    margin-block-start: 1.2em;
    font-size: 1.4em;
  }

  nav,
  footer,
  [part='takeaways'],
  [part='red-flags'] {
    margin-block: var(--_space);
  }

  nav > .label {
    margin-block-end: 0.25em;
    color: var(--_muted);
    font-size: max(0.85em, 14px);
    font-weight: 700;
    text-transform: uppercase;
  }

  footer {
    padding-block-start: var(--_space);
    border-block-start: 0.0625em solid var(--_border);
  }

  @media print {
    nav {
      display: none;
    }
  }
`;
