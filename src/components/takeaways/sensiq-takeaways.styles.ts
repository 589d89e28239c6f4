import {css} from 'lit';

export const takeawaysStyles = css`
  :host {
    --_marker: var(--sensiq-takeaways-marker, var(--_accent));
  }

  .takeaways {
    padding: var(--_space);
    border: 0.0625em solid var(--_border);
    border-inline-start: 0.35em solid var(--_marker);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  li + li {
    margin-block-start: calc(var(--_space) * 0.5);
  }

  li::marker {
    color: var(--_marker);
  }

  @media print {
    .takeaways {
      border-color: currentColor;
      background: none;
      break-inside: avoid;
    }
  }
`;
