// Runs in a page (added with addScriptTag): window.contrastReport(root) reads what a person sees inside the
// SensIQ elements under `root`, through shadow roots, and measures WCAG contrast against the colour actually
// painted behind each piece: every visible text, and the edges of controls (text boxes, the CTA button).
(() => {
  /** Any CSS colour as [r, g, b, a] (0–255, alpha 0–1): rgb(), rgba(), color(srgb ...) or a hex. */
  function parse(value) {
    let m = /^rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:,? \/? ?([\d.]+))?\)$/.exec(value);
    if (m) return [+m[1], +m[2], +m[3], m[4] === undefined ? 1 : +m[4]];
    m = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.]+))?\)$/.exec(value);
    if (m) return [m[1] * 255, m[2] * 255, m[3] * 255, m[4] === undefined ? 1 : +m[4]];
    throw new Error(`unparsed colour ${value}`);
  }

  /** `top` painted over the opaque `bottom`. */
  const over = ([r, g, b, a], [R, G, B]) => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a), 1];

  const luminance = ([r, g, b]) => {
    const [R, G, B] = [r, g, b].map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * R + 0.7152 * G + 0.0722 * B;
  };
  const ratio = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };

  /** The element's parent in the flat tree: its slot, its parent, or its shadow host. */
  const flatParent = (el) => el.assignedSlot ?? el.parentElement ?? el.parentNode?.host ?? null;

  /** The opaque colour painted behind `el`'s content: its own and its ancestors' backgrounds, composited. */
  function behind(el) {
    const layers = [];
    for (let node = el; node; node = flatParent(node)) {
      const colour = parse(getComputedStyle(node).backgroundColor);
      if (colour[3] > 0) layers.push(colour);
      if (colour[3] >= 1) break;
    }
    let painted = [255, 255, 255, 1]; // the canvas: our pages paint <html> themselves
    for (const layer of layers.reverse()) painted = over(layer, painted);
    return painted;
  }

  const visible = (el) => {
    if (!el.getClientRects().length) return false;
    const style = getComputedStyle(el);
    return style.visibility === 'visible' && style.opacity !== '0';
  };

  /** Every text node under `root`, through open shadow roots and into slotted content. */
  function* texts(root) {
    const walk = function* (node) {
      if (node.nodeType === Node.TEXT_NODE) {
        if (node.data.trim()) yield node;
        return;
      }
      if (node.localName === 'style' || node.localName === 'script' || node.localName === 'template') return;
      if (node.shadowRoot) yield* walk(node.shadowRoot);
      for (const child of node.childNodes) yield* walk(child);
    };
    yield* walk(root);
  }

  /** WCAG "large text": 24 px, or 18.66 px bold. */
  const large = (style) => {
    const size = parseFloat(style.fontSize);
    return size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
  };

  /** `root`: the SensIQ element to judge (the page's own text around it is not ours). */
  window.contrastReport = (root) => {
    const failures = [];
    let checked = 0;
    for (const text of texts(root)) {
      const el = text.parentElement ?? text.parentNode?.host;
      if (!el || !visible(el)) continue;
      const style = getComputedStyle(el);
      const background = behind(el);
      const colour = over(parse(style.color), background);
      const needed = large(style) ? 3 : 4.5;
      const measured = ratio(colour, background);
      checked++;
      if (measured < needed)
        failures.push({
          text: text.data.trim().slice(0, 40),
          measured: +measured.toFixed(2),
          needed,
          colour: style.color,
          background: `rgb(${background.slice(0, 3).map(Math.round)})`,
        });
    }
    // Control edges (WCAG 1.4.11): a text box's border, and the CTA button's border or fill, against the
    // colour behind the control.
    const controls = [];
    const collect = (node) => {
      node.querySelectorAll('input, [part~="cta"]').forEach((el) => controls.push(el));
      node.querySelectorAll('*').forEach((el) => el.shadowRoot && collect(el.shadowRoot));
    };
    collect(root);
    for (const control of controls.filter(visible)) {
      const style = getComputedStyle(control);
      const around = behind(flatParent(control));
      const edge = parse(style.borderTopWidth === '0px' ? style.backgroundColor : style.borderTopColor);
      const fill = over(parse(style.backgroundColor), around);
      // The edge shows against the surroundings, or a fill that does carries the boundary.
      const measured = Math.max(ratio(over(edge, around), around), ratio(fill, around));
      checked++;
      if (measured < 3) failures.push({control: control.localName, measured: +measured.toFixed(2), needed: 3});
    }
    return {checked, failures};
  };
})();
