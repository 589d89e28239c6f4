// What a visitor meets in the SensIQ elements of a host page (WordPress, Shopify), and what the elements document.
import {readFileSync} from 'node:fs';

/** Each element's documented attributes, from custom-elements.json: tag => attribute names. */
export function documentedAttributes() {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  return new Map(
    manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.tagName)
      .map((declaration) => [declaration.tagName, (declaration.attributes ?? []).map((a) => a.name)])
  );
}

/**
 * Waits until the page shows SensIQ elements inside `scope` (a selector), every placeholder has been replaced, every
 * element has rendered its heading and every element is defined: a server-rendered element shows its heading before
 * its code arrives, so a test reading what the page loaded must wait for the definitions too.
 */
export function waitForElements(page, scope) {
  return page.waitForFunction((scope) => {
    const elements = [...document.querySelectorAll(`${scope} *`)].filter((e) => e.localName.startsWith('sensiq-'));
    return (
      elements.length > 0 &&
      !document.querySelector('[data-sensiq]') &&
      elements.every((e) => customElements.get(e.localName) && e.shadowRoot?.querySelector('h1,h2,h3,h4,h5,h6'))
    );
  }, scope);
}

/** Each SensIQ element inside `scope`, in page order: attributes, theme in use, heading level, items, questions, text. */
export function shownElements(page, scope) {
  return page.evaluate(
    (scope) =>
      [...document.querySelectorAll(`${scope} *`)]
        .filter((element) => element.localName.startsWith('sensiq-'))
        .map((element) => {
          const root = element.shadowRoot;
          const text = (node) => node.textContent.replace(/\s+/g, ' ').trim();
          return {
            tag: element.localName,
            // What the page set; the theme in use is the element's own state, read apart.
            attributes: Object.fromEntries(
              [...element.attributes].filter((a) => a.name !== 'data-sensiq-theme').map((a) => [a.name, a.value])
            ),
            theme: element.getAttribute('data-sensiq-theme'),
            heading: root.querySelector('h1,h2,h3,h4,h5,h6')?.localName,
            items: [...root.querySelectorAll('li')].map(text),
            questions: [...root.querySelectorAll('button[aria-expanded]')].map(text),
            searchboxes: root.querySelectorAll('input[type="search"], [role="searchbox"]').length,
            links: [...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
            text: text(root),
          };
        }),
    scope
  );
}

/** The FAQ id rule: the question lower-cased, runs of other characters as one hyphen, trimmed. */
export const faqId = (question) =>
  question
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
