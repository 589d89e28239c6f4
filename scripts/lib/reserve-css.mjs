// dist/reserve.css: the space SensIQ elements will take, held before they render, from the heights
// scripts/measure-layout.mjs measured (src/internal/generated/reserved-heights.json). A stylesheet rather than
// rules the loader injects: a module script runs after the page's first paint, and space that appears then
// moves the host's text as much as the element would (measured: CLS 0.46 for a FAQ above a phone page's text,
// with the estimate exact to the pixel). Linked in the <head>, it is there for the first paint.
//
// Per element: a box (`::before` of the element while it has not written its theme, i.e. not rendered yet) as
// tall as base + n × per item + what its attributes add, where base and per item come from a container query
// on the element's own width, and n from `limit` and `questions`.
import {readFileSync} from 'node:fs';

export const RESERVED_HEIGHTS = 'src/internal/generated/reserved-heights.json';

/**
 * The CSS for `table` ({name: {most?, ids?, bands: [[from px, base px, per item px]], extras: {attribute: [[from
 * px, height px]]}}}).
 * Items shown: `limit` (--_sq-l), capped by how many of the `ids` a `questions` list names (each id found in
 * the attribute counts one; no id is part of another, which reserveCss checks).
 */
export function reserveCss(table = JSON.parse(readFileSync(RESERVED_HEIGHTS, 'utf8'))) {
  const rules = [];
  for (const [name, {most = 0, ids = [], bands, extras}] of Object.entries(table)) {
    const tag = `sensiq-${name}`;
    const box = `${tag}:not([data-sensiq-theme])`;
    const added = Object.keys(extras)
      .map((_, i) => ` + var(--_sq-x${i}, 0px)`)
      .join('');
    rules.push(
      `${box}{display:block;container-type:inline-size;--_sq-n:var(--_sq-l, ${most})}`,
      `${box}::before{content:"";display:block;height:calc(var(--_sq-a) + var(--_sq-n) * var(--_sq-b)${added})}`
    );
    // The element shows all items for a limit it does not accept (and says so), as the box assumes.
    for (let n = 1; n < most; n++) rules.push(`${box}[limit="${n}"]{--_sq-l:${n}}`);
    if (ids.length) {
      const overlapping = ids.find((id) => ids.some((other) => other !== id && other.includes(id)));
      if (overlapping) throw new Error(`reserve.css cannot count questions: "${overlapping}" is part of another id`);
      const count = ids.map((_, i) => `var(--_sq-q${i}, 0)`).join(' + ');
      rules.push(`${box}[questions]{--_sq-n:min(var(--_sq-l, ${most}), ${count})}`);
      ids.forEach((id, i) => rules.push(`${box}[questions*="${id}"]{--_sq-q${i}:1}`));
    }
    for (const [from, base, perItem] of bands) {
      rules.push(`@container (min-width:${from}px){${box}::before{--_sq-a:${base}px;--_sq-b:${perItem}px}}`);
    }
    // What an attribute adds, by width: set on the box itself, so a container query on the element applies.
    Object.entries(extras).forEach(([attribute, extraBands], i) => {
      for (const [from, height] of extraBands) {
        rules.push(`@container (min-width:${from}px){${box}[${attribute}]::before{--_sq-x${i}:${height}px}}`);
      }
    });
  }
  const any = `:is(${Object.keys(table)
    .map((name) => `sensiq-${name}`)
    .join(',')})`;
  // Fallback content written inside an element (a link to the article) shows at the top of the held space while
  // the element has not rendered, or never will (our script blocked), and moves nothing.
  rules.push(
    `${any}:not([data-sensiq-theme]){position:relative}`,
    `${any}:not([data-sensiq-theme])>:not([slot]){position:absolute;inset-block-start:0;inset-inline:0;margin:0}`
  );
  // Elements pasted one after another get a gap, before and after they render alike (--sensiq-gap changes it).
  // Never under 1.5 × 14 px: a rendered element's text is at least 14 px, so on a page with smaller text its em
  // would otherwise grow when it renders, and move what follows.
  rules.push(`${any}+${any}{margin-block-start:var(--sensiq-gap,max(1.5em,21px))}`);
  return `/* SensIQ Embed: space held for elements until they render (no layout shift). Generated; see README. */\n${rules.join('\n')}\n`;
}
