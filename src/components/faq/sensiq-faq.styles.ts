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
    align-items: center;
    justify-content: space-between;
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

  /* A chevron drawn with borders: no icon font or image for the host's CSP to block. */
  [part='question']::after {
    content: '';
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    margin-inline-end: 0.25em;
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
