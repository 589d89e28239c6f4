import {css} from 'lit';

export const articleStyles = css`
  :host(:not([data-sensiq-theme='page'])) {
    padding: var(--_space);
  }

  [part='heading'] {
    font-size: 1.75em;
  }

  /* Sections and their subsections must look apart on a phone, in whatever font the page has: a step in size,
     a rule above each section and more space before it than before a subsection. */
  [part='section-heading'] {
    margin-block-start: 1.4em;
    padding-block-start: 0.5em;
    border-block-start: 0.0625em solid var(--_border);
    font-size: 1.5em;
  }

  [part='subheading'] {
    margin-block-start: 1.1em;
    font-size: 1.1em;
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

  /* Holds the space of what a first render in stages has still to show: a screen, so that nothing after the
     article comes into view and moves when it arrives. */
  .coming {
    height: 100vh;
  }

  @media print {
    nav {
      display: none;
    }
  }
`;
