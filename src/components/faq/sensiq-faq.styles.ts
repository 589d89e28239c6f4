import {css} from 'lit';

export const faqStyles = css`
  :host {
    --_divider: var(--sensiq-faq-divider, var(--_border));
    --_icon: var(--sensiq-faq-icon, var(--_accent));
  }

  :host(:not([data-sensiq-theme='page'])) {
    padding: var(--_space);
  }

  .item {
    border-block-end: 0.0625em solid var(--_divider);
  }

  .item > :first-child {
    margin: 0;
    font-size: 1.125em;
  }

  [part='question'] {
    display: flex;
    gap: var(--_space);
    inline-size: 100%;
    margin: 0;
    padding: calc(var(--_space) * 0.75) 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }

  /*
   * A chevron drawn with borders: no icon font or image for the host's CSP to block. It sits at the end of the
   * question's first line, placed by nothing that comes after it in the HTML: a page streamed in parts may be
   * painted when only part of the button has arrived, and a chevron centred on the whole question, or pushed to
   * the end by the text beside it, would move as the rest arrives (a layout shift before any script ran).
   */
  [part='question']::after {
    content: '';
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    margin-block-start: calc(0.5lh - 0.25em);
    margin-inline: auto 0.25em;
    border-style: solid;
    border-width: 0 0.15em 0.15em 0;
    border-color: var(--_icon);
    rotate: 45deg;
  }

  [aria-expanded='true']::after {
    rotate: -135deg;
  }

  .note {
    margin: var(--_space) 0 0;
  }

  @media (prefers-reduced-motion: no-preference) {
    [part='question']::after {
      transition: rotate 0.2s;
    }
  }

  /* Print every answer, whatever the reader had open or filtered, each with its question on one page. */
  @media print {
    [hidden] {
      display: block !important;
      content-visibility: visible !important;
    }

    .item {
      break-inside: avoid;
    }

    .search,
    .status,
    .copy,
    [part='question']::after {
      display: none;
    }
  }
`;
