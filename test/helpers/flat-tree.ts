// What a reader meets across shadow roots: the flat tree (shadow roots in place of their hosts' children,
// slots replaced by what is assigned to them), without elements that are not displayed.

/** Every displayed element and text node under `root`, in reading order through shadow roots and slots. */
function flatNodes(root: Node): Node[] {
  const found: Node[] = [];
  const walk = (node: Node): void => {
    if (node instanceof Element) {
      if (node.matches('style, script, template') || getComputedStyle(node).display === 'none') return;
      if (node !== root) found.push(node);
      const assigned = node instanceof HTMLSlotElement ? node.assignedNodes({flatten: true}) : [];
      if (assigned.length) return assigned.forEach(walk);
      if (node.shadowRoot) return walk(node.shadowRoot);
    } else if (node.nodeType === Node.TEXT_NODE) {
      found.push(node);
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return found;
}

/** Every displayed element under `root`, in reading order. */
export function flatElements(root: Node): Element[] {
  return flatNodes(root).filter((node): node is Element => node instanceof Element);
}

/** The text of every displayed node under `root`, in reading order, with whitespace collapsed. */
export function flatText(root: Node): string {
  return flatNodes(root)
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The headings under `root` as [level, text] pairs, in reading order. */
export function outline(root: Node): [number, string][] {
  return flatElements(root)
    .filter((el) => /^h[1-6]$/.test(el.localName))
    .map((h) => [Number(h.localName[1]), flatText(h)]);
}

/** The focused element, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
