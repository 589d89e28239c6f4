// Placeholders for pages that keep only data-* attributes (WordPress posts by authors without
// `unfiltered_html`): <div data-sensiq="faq" data-limit="3"> becomes <sensiq-faq limit="3"> in place.
// Everything on the placeholder is untrusted page input: it only ever becomes attribute text, and only
// for attributes the element declares, so `data-onclick` can never become an event handler.
import {quote, warnOnce} from './warn.js';

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

/** The tag a placeholder names, or `undefined` (after one warning listing the valid names) if none. */
function placeholderTag(placeholder: Element, tags: readonly string[]): string | undefined {
  const name = (placeholder.getAttribute('data-sensiq') ?? '').trim().toLowerCase().replace(/^sensiq-/, '');
  const tag = `sensiq-${name}`;
  if (tags.includes(tag)) return tag;
  warnOnce(
    document,
    `data-sensiq=${quote(name)}`, // shortened: a page full of long made-up names must not pile them up here
    `data-sensiq=${quote(name)} is not a SensIQ element: use one of ${tags
      .map((t) => `"${t.slice(7)}"`)
      .join(', ')}. The placeholder is left as it is.`
  );
  return undefined;
}

/**
 * Replaces `placeholder` with a `tag` element (defined by now) carrying each `data-<name>` as `<name>`
 * where the element observes `<name>`; other settings are dropped with one warning each.
 */
function upgradePlaceholder(placeholder: Element, tag: string): void {
  // Another copy of the library, or the host, got there first.
  if (!placeholder.isConnected || !placeholder.hasAttribute('data-sensiq')) return;
  const accepted: readonly string[] =
    (customElements.get(tag) as {observedAttributes?: string[]} | undefined)?.observedAttributes ?? [];
  const element = document.createElement(tag);
  for (const {name, value} of placeholder.attributes) {
    const setting = name.slice(5);
    if (!name.startsWith('data-') || setting === 'sensiq') continue;
    if (accepted.includes(setting)) element.setAttribute(setting, value);
    else
      warnOnce(
        document,
        `${tag} ${name}`,
        `<${tag}> has no attribute ${quote(setting)} (from ${quote(name)}): use ${accepted
          .map((a) => `data-${a}`)
          .join(', ')}. It is ignored.`
      );
  }
  element.append(...placeholder.childNodes);
  placeholder.replaceWith(element);
}

/**
 * Watches the document (not shadow roots) for `tags` and placeholders, now and later: calls `load(tag)`
 * for each tag in use, and upgrades each placeholder once its `load` settles with the element defined.
 */
export function watchPage(tags: readonly string[], load: (tag: string) => Promise<unknown>): void {
  observe([...tags, PLACEHOLDER].join(), (element) => {
    if (tags.includes(element.localName)) {
      load(element.localName);
      return;
    }
    const tag = placeholderTag(element, tags);
    if (tag) load(tag).then(() => upgradePlaceholder(element, tag));
  });
}
