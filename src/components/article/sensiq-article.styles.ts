import {css} from 'lit';

// Promotion (aside) is boxed and labelled, never mistaken for editorial text.
export const articleStyles = css`
  [part='heading'] {
    font-size: 1.75em;
  }

  [part='section-heading'] {
    margin-block-start: 1.2em;
    font-size: 1.4em;
  }

  nav,
  aside,
  footer,
  [part='takeaways'],
  [part='red-flags'] {
    margin-block: var(--_space);
  }

  .label {
    margin-block-end: 0.25em;
    color: var(--_muted);
    font-size: max(0.85em, 14px);
    font-weight: 700;
    text-transform: uppercase;
  }

  aside {
    padding: var(--_space);
    border: 0.1em dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  aside > :last-child {
    margin-block-end: 0;
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
