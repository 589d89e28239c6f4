// Placeholders for pages that keep only data-* attributes (WordPress posts by authors without
// `unfiltered_html`): <div data-sensiq="faq" data-limit="3"> becomes <sensiq-faq limit="3"> in place.
// Everything on the placeholder is untrusted page input: it only ever becomes attribute text, and only
// for attributes the element declares, so `data-onclick` can never become an event handler. Loaded by
// watch-page.ts only on pages that have a placeholder, alongside the element file.
import {quote} from './text.js';
import {warnOnce} from './warn.js';

/** Warns once that a placeholder names no SensIQ element, listing the names that do. */
export function unknownPlaceholder(name: string, tags: readonly string[]): void {
  warnOnce(
    document,
    `data-sensiq=${quote(name)}`, // shortened: a page full of long made-up names must not pile them up here
    `data-sensiq=${quote(name)} is not a SensIQ element: use one of ${tags
      .map((t) => `"${t.slice(7)}"`)
      .join(', ')}. The placeholder is left as it is.`
  );
}

/**
 * Replaces `placeholder` with a `tag` element (defined by now) carrying each `data-<name>` as `<name>`
 * where the element observes `<name>`; other settings are dropped with one warning each.
 */
export function upgradePlaceholder(placeholder: Element, tag: string): void {
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
