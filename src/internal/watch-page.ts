// Finds SensIQ elements and [data-sensiq] placeholders in the document (not inside shadow roots), now and as
// the page changes: the loader and dist/sensiq.js both start here. Turning a placeholder into its element is
// placeholders.ts, loaded only where a placeholder is found (most pages have none).

import {warnOnce} from './warn.js';

const PLACEHOLDER = '[data-sensiq]';

/** Calls `found` for each element matching `selector` in the document, now and whenever one is added. */
function observe(selector: string, found: (element: Element) => void): void {
  const scan = (root: Element | Document) => {
    if (root instanceof Element && root.matches(selector)) found(root);
    root.querySelectorAll(selector).forEach(found);
  };
  scan(document);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  }).observe(document, {childList: true, subtree: true});
}

/**
 * Watches the document (not shadow roots) for `tags` and placeholders, now and later: calls `load(tag, element)`
 * for each element in use (`element` is undefined for a placeholder), and upgrades each placeholder once its
 * `load` settles with the element defined.
 */
export function watchPage(tags: readonly string[], load: (tag: string, element?: Element) => Promise<unknown>): void {
  observe([...tags, PLACEHOLDER].join(), (element) => {
    if (tags.includes(element.localName)) {
      load(element.localName, element);
      return;
    }
    const name = (element.getAttribute('data-sensiq') ?? '')
      .trim()
      .toLowerCase()
      .replace(/^sensiq-/, '');
    const tag = `sensiq-${name}`;
    // In the same scan as the elements, so a page's first batch knows every kind it holds (loader.ts).
    const defined = tags.includes(tag) ? load(tag) : undefined;
    import('./placeholders.js').then(
      ({unknownPlaceholder, upgradePlaceholder}) =>
        defined ? defined.then(() => upgradePlaceholder(element, tag)) : unknownPlaceholder(name, tags),
      // Said once with the element's own failure to load (the loader's warning), which usually comes with it.
      (error: unknown) =>
        warnOnce(
          document,
          defined ? tag : 'placeholders',
          `could not load <${defined ? tag : 'placeholders'}>: ${error}`
        )
    );
  });
}
