// Theming facts that need Chromium's media emulation or a whole-repository view, for every element
// src/sensiq.ts registers: palette contrast, `auto`, forced colours, reduced motion, and that every
// documented custom property and part is real (used by the shipped styles, rendered, documented).
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {startServer} from './helpers/server.mjs';
import {launchChromium, openPage} from './helpers/browser.mjs';
import {palettes, paletteProperties} from '../../build/src/internal/palette.js';

const tags = [...readFileSync('src/sensiq.ts', 'utf8').matchAll(/components\/([\w-]+)\/register\.js/g)].map(
  (m) => `sensiq-${m[1]}`
);
const readme = readFileSync('README.md', 'utf8');

/** Every .ts file under `dir`. */
const sources = (dir) =>
  readdirSync(dir, {recursive: true})
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f));

// WCAG 2.x relative luminance and contrast ratio.
function luminance(hex) {
  const n = parseInt(hex.slice(1), 16);
  const [r, g, b] = [n >> 16, (n >> 8) & 255, n & 255].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a, b) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

test('contrast is computed as WCAG defines it', () => {
  assert.equal(contrast('#000000', '#ffffff'), 21);
  assert.equal(contrast('#777777', '#ffffff').toFixed(2), '4.48');
});

for (const [name, palette] of Object.entries(palettes)) {
  test(`the ${name} palette passes WCAG AA: text, muted text and accent on the surface`, () => {
    for (const key of ['text', 'muted', 'accent']) {
      const ratio = contrast(palette[key], palette.surface);
      assert.ok(ratio >= 4.5, `${name} ${key} ${palette[key]} on ${palette.surface}: ${ratio.toFixed(2)} < 4.5`);
    }
  });
}

let server;
let browser;
before(async () => {
  const body = (extra = '') =>
    `<!doctype html><html lang="en"><title>Themes</title><script type="module" src="/dist/sensiq.js"></script>
<main>${tags.map((tag) => `<${tag} ${extra}></${tag}>`).join('\n')}</main>`;
  server = await startServer({pages: {'/all.html': {body: body()}, '/auto.html': {body: body('theme="auto"')}}});
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

// Runs in the page: the elements that draw content of their own (a provider that only passes children
// through has nothing to theme).
function themed() {
  return [...document.querySelectorAll('main > *')].filter(
    (el) => el.hasAttribute('data-sensiq-theme') && el.shadowRoot?.querySelector(':not(slot):not(style)')
  );
}

const allUpdated = () =>
  Promise.all(
    [...document.querySelectorAll('main > *')].map((el) =>
      customElements.whenDefined(el.localName).then(() => el.updateComplete)
    )
  ).then(() => true);

async function open(path, media = {}) {
  const {page, seen} = await openPage(browser, `${server.origin}${path}`);
  await page.emulateMedia(media);
  await page.waitForFunction(allUpdated);
  await page.evaluate(`window.probeOf = ${probeOf}; window.themed = ${themed}`);
  const shown = await page.evaluate(() => window.themed().map((el) => el.localName));
  assert.ok(shown.includes('sensiq-takeaways'), `themed elements: ${shown}`);
  return {page, seen};
}

test('theme="auto" follows the reader\'s colour scheme on every element', async () => {
  const {page, seen} = await open('/auto.html');
  const textColours = (palette) =>
    page.evaluate(
      (expected) => window.themed().map((el) => `${el.localName}: ${getComputedStyle(el).color === expected}`),
      `rgb(${[1, 3, 5].map((i) => parseInt(palette.text.slice(i, i + 2), 16)).join(', ')})`
    );
  await page.emulateMedia({colorScheme: 'dark'});
  for (const line of await textColours(palettes.dark)) assert.match(line, /true$/, `dark: ${line}`);
  await page.emulateMedia({colorScheme: 'light'});
  for (const line of await textColours(palettes.light)) assert.match(line, /true$/, `light: ${line}`);
  assert.deepEqual(seen, {errors: [], warnings: [], pageErrors: []});
  await page.close();
});

// Runs in the page: a shadow root with `el`'s own stylesheets and focusable, moving content, so rules every
// element ships (focus ring, reduced motion) are checked even on elements that have no link or animation.
function probeOf(el) {
  const probe = document.createElement('div');
  probe.setAttribute('data-sensiq-theme', el.getAttribute('data-sensiq-theme'));
  const root = probe.attachShadow({mode: 'open'});
  root.adoptedStyleSheets = el.shadowRoot.adoptedStyleSheets;
  // The link draws its own focus ring as a shadow, which forced colours drop; the moving text animates.
  root.innerHTML = `<a href="#probe" style="outline: none; box-shadow: 0 0 0 0.2em blue">link</a>
    <p style="transition: opacity 1s; animation: probe 2s infinite">moving</p>`;
  document.body.append(probe);
  return root;
}

test('readers who ask for reduced motion get no transitions or animations from any element', async () => {
  const motion = async (reducedMotion) => {
    const {page} = await open('/all.html', {reducedMotion});
    const seen = await page.evaluate(() =>
      window.themed().map((el) => {
        const style = getComputedStyle(window.probeOf(el).querySelector('p'));
        return `${style.transitionDuration} ${style.animationName}`;
      })
    );
    await page.close();
    return seen;
  };
  for (const line of await motion('no-preference')) assert.equal(line, '1s probe');
  for (const line of await motion('reduce')) assert.equal(line, '0s none');
});

// Runs in the page: the colour a system colour keyword computes to.
const systemColour = (keyword) => {
  const swatch = document.createElement('i');
  swatch.style.color = keyword;
  document.body.append(swatch);
  const colour = getComputedStyle(swatch).color;
  swatch.remove();
  return colour;
};

// Runs in the page: each element's visible borders (which piece, which side, what colour) and how a focused
// link looks in its styles.
function structure() {
  const sides = ['Top', 'Right', 'Bottom', 'Left'];
  const visible = (style, side) =>
    parseFloat(style[`border${side}Width`]) > 0 &&
    !['none', 'hidden'].includes(style[`border${side}Style`]) &&
    !/rgba\(.*, 0\)$|transparent/.test(style[`border${side}Color`]);
  return window.themed().map((el) => {
    const borders = [...el.shadowRoot.querySelectorAll('*')].flatMap((piece, index) => {
      const style = getComputedStyle(piece);
      return sides
        .filter((side) => visible(style, side))
        .map((side) => ({at: `${index} ${side}`, colour: style[`border${side}Color`]}));
    });
    const link = window.probeOf(el).querySelector('a');
    link.focus();
    const ring = getComputedStyle(link);
    return {
      tag: el.localName,
      borders,
      focus: {
        visible: link.matches(':focus-visible'),
        style: ring.outlineStyle,
        width: parseFloat(ring.outlineWidth),
        colour: ring.outlineColor,
      },
    };
  });
}

test("forced colours keep every element's borders and focus ring visible", async () => {
  const normal = await open('/all.html', {forcedColors: 'none'});
  const before = await normal.page.evaluate(structure);
  await normal.page.close();
  const forced = await open('/all.html', {forcedColors: 'active'});
  const after = await forced.page.evaluate(structure);
  const [highlight, canvas] = await Promise.all(
    ['Highlight', 'Canvas'].map((k) => forced.page.evaluate(systemColour, k))
  );
  await forced.page.close();

  assert.ok(
    before.some((element) => element.borders.length),
    'some element has borders to keep'
  );
  for (const [i, element] of after.entries()) {
    const at = (borders) => borders.map((border) => border.at);
    assert.deepEqual(at(element.borders), at(before[i].borders), `${element.tag}: the same borders stay visible`);
    for (const {at: where, colour} of element.borders)
      assert.notEqual(colour, canvas, `${element.tag}: border ${where} vanishes into the background`);
    const {visible, style, width, colour} = element.focus;
    assert.deepEqual(
      {visible, style, colour},
      {visible: true, style: 'solid', colour: highlight},
      `${element.tag}: focus ring`
    );
    assert.ok(width >= 1, `${element.tag}: focus ring width ${width}`);
  }
});

/** The README theming table: property → its row's cells. */
const readmeProperties = new Map(
  [...readme.matchAll(/^\| `(--sensiq-[\w-]+)` \|(.*)\|$/gm)].map(([, name, cells]) => [
    name,
    cells.split('|').map((c) => c.trim()),
  ])
);
const jsdocProperties = new Set(
  sources('src').flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/@cssprop\s+\[?(--sensiq-[\w-]+)/g)].map((m) => m[1])
  )
);

test("the README and the class JSDoc document the same custom properties, with the palettes' values", () => {
  assert.deepEqual([...readmeProperties.keys()].sort(), [...jsdocProperties].sort());
  const base = readFileSync('src/internal/sensiq-element.ts', 'utf8');
  for (const [key, name] of Object.entries(paletteProperties)) {
    // Columns: page (default), light, dark, used for.
    assert.deepEqual(
      readmeProperties.get(name)?.slice(1, 3),
      [`\`${palettes.light[key]}\``, `\`${palettes.dark[key]}\``],
      name
    );
    const jsdoc = base.match(
      new RegExp(`@cssprop \\[${name}=[^\\]]+\\].*\\(light theme: (#\\w+), dark theme: (#\\w+)\\)`)
    );
    assert.deepEqual(jsdoc?.slice(1), [palettes.light[key], palettes.dark[key]], `${name} in SensiqElement's JSDoc`);
  }
});

test('every documented custom property is used by the shipped styles, and every one they read is documented', async () => {
  const {page} = await open('/all.html');
  const css = await page.evaluate(() =>
    window
      .themed()
      .flatMap((el) =>
        [...el.shadowRoot.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
      )
      .join('\n')
  );
  await page.close();
  const declarations = [...css.matchAll(/([\w-]+)\s*:\s*([^;{}]+)/g)].map(([, property, value]) => ({
    property,
    reads: [...value.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]),
  }));
  // Used: read by a real property, or by a private custom property that is itself used.
  const checked = new Set();
  const used = (name) => {
    if (checked.has(name)) return false;
    checked.add(name);
    return declarations.some((d) => d.reads.includes(name) && (!d.property.startsWith('--') || used(d.property)));
  };
  for (const name of readmeProperties.keys()) {
    checked.clear();
    assert.ok(used(name), `${name} is documented, but no style uses it`);
  }
  for (const [, name] of css.matchAll(/var\(\s*(--sensiq-[\w-]+)/g)) {
    assert.ok(readmeProperties.has(name), `${name} is read by the styles but missing from the README theming table`);
  }
  assert.doesNotMatch(css, /\d(\.\d+)?rem\b/, 'sizes in em, never rem');
});

test('every part an element renders is documented in its class JSDoc and its README section', async () => {
  const {page} = await open('/all.html');
  const rendered = await page.evaluate(() =>
    [...document.querySelectorAll('main > *')].map((el) => [
      el.localName,
      [
        ...new Set(
          [...(el.shadowRoot?.querySelectorAll('[part]') ?? [])].flatMap((p) => p.getAttribute('part').split(/\s+/))
        ),
      ],
    ])
  );
  await page.close();
  assert.ok(rendered.find(([tag]) => tag === 'sensiq-takeaways')[1].length, 'takeaways renders parts');
  for (const [tag, parts] of rendered) {
    const jsdoc = new Set(
      sources(`src/components/${tag.replace(/^sensiq-/, '')}`).flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/@csspart\s+([\w-]+)/g)].map((m) => m[1])
      )
    );
    const section = readme.split(/^### /m).find((s) => s.startsWith(`\`<${tag}>\``)) ?? '';
    const listed = new Set(
      [...(section.match(/^CSS parts: (.*)$/m)?.[1] ?? '').matchAll(/`([\w-]+)`/g)].map((m) => m[1])
    );
    for (const part of parts) {
      assert.ok(jsdoc.has(part), `<${tag}> renders part "${part}" without an @csspart in its class JSDoc`);
      assert.ok(listed.has(part), `<${tag}> renders part "${part}" missing from "CSS parts:" in its README section`);
    }
    assert.deepEqual([...listed].sort(), [...jsdoc].sort(), `<${tag}>: README and JSDoc list the same parts`);
  }
});
