#!/usr/bin/env node
// How tall each element renders, by its width and the settings that change its height: the table
// (src/internal/generated/reserved-heights.json) from which the build writes dist/reserve.css, which holds space
// for elements that have not rendered yet, so that nothing on the host page moves when they do
// (scripts/lib/reserve-css.mjs). Measured in Chromium
// on the built dist/sensiq.js, in a page with a common body font (16px system-ui), at widths 280–1280 px.
//   npm run measure-layout            after `npm run build`, when templates or styles change
//   node scripts/measure-layout.mjs --check   (npm test) fails when the committed table is out of date
//   node scripts/measure-layout.mjs --report  prints how close the table's estimate comes, by width
import {readFileSync, writeFileSync} from 'node:fs';
import {launchChromium} from '../test/node/helpers/browser.mjs';
import {startServer} from '../test/node/helpers/server.mjs';
import {RESERVED_HEIGHTS as OUT} from './lib/reserve-css.mjs';

const WIDTHS = Array.from({length: 51}, (_, i) => 280 + i * 20);
const HOST_FONT = '16px/1.5 system-ui, sans-serif';
const CTA = 'cta-href="https://example.com/shop"';

/**
 * Per element: how its height is modelled. `count` names the attribute that shows n items (and their range),
 * `extras` the settings that add (or take away) a height of their own, measured against the default at every
 * width and applied whenever the attribute is present.
 */
// `tolerance`: how far (px) the estimate may stray within a band of widths, which keeps the table (and the
// stylesheet) small. Content below a FAQ that moves 40 px scores about 0.03 CLS on a phone. The article is taller
// than any screen at any width (3,500 px and up): it only needs enough space to keep what follows it off
// screen until it renders, so one band holds its least height.
const MODELS = {
  faq: {tolerance: 16, count: {attribute: 'limit', most: 9, ids: true}, extras: ['searchable', CTA, 'theme="light"']},
  takeaways: {tolerance: 32, count: {attribute: 'limit', most: 5}, extras: [CTA, 'no-promo']},
  'red-flags': {tolerance: 24, extras: ['emergency-number="911"']},
  article: {tolerance: Infinity, least: true, extras: []},
};

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>html { font: ${HOST_FONT}; } body { margin: 0; }</style>
<script type="module" src="/dist/sensiq.js"></script></head><body><div id="box"></div></body></html>`;

/** Heights of `<sensiq-name attributes>` at each width in `widths`. */
async function heights(tab, name, attributes, widths) {
  return tab.evaluate(
    async ({tag, attributes, widths}) => {
      const box = document.getElementById('box');
      box.innerHTML = `<${tag} ${attributes}></${tag}>`;
      const element = box.firstElementChild;
      await customElements.whenDefined(tag);
      await element.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50)); // parts that arrive a task later (the answers)
      return widths.map(
        (width) => ((box.style.width = `${width}px`), Math.round(element.getBoundingClientRect().height))
      );
    },
    {tag: `sensiq-${name}`, attributes, widths}
  );
}

async function measure() {
  const server = await startServer({pages: {'/measure.html': {body: page}}});
  const browser = await launchChromium();
  const tab = await browser.newPage({viewport: {width: 1400, height: 900}});
  await tab.goto(`${server.origin}/measure.html`);
  const table = {};
  for (const [name, {tolerance, least, count, extras}] of Object.entries(MODELS)) {
    const all = await heights(tab, name, '', WIDTHS);
    // With a count: height = base + n * per item, from the heights with one item and with all of them.
    const one = count ? await heights(tab, name, `${count.attribute}="1"`, WIDTHS) : all;
    const perItem = count ? all.map((h, i) => (h - one[i]) / (count.most - 1)) : all.map(() => 0);
    const base = count ? one.map((h, i) => h - perItem[i]) : all;
    // A band starts where a width's heights stray more than `tolerance` from the band's first width.
    const bands = [];
    let start = 0;
    WIDTHS.forEach((width, i) => {
      const strays = (j) => Math.abs(all[j] - all[start]) > tolerance || Math.abs(one[j] - one[start]) > tolerance;
      if (i > 0 && !strays(i)) {
        if (least) bands.at(-1)[1] = Math.min(bands.at(-1)[1], all[i]);
        return;
      }
      start = i;
      bands.push([width, Math.round(base[i]), Math.round(perItem[i])]);
    });
    // By attribute name: the stylesheet adds the height of each attribute an element has (whatever its value),
    // in bands of width too: a themed box's padding narrows the text, which wraps more on a phone than wider.
    const extraHeights = {};
    for (const attributes of extras) {
      // Within twice the tolerance (a band's height is the middle of its range): a theme's extra height swings
      // with each line that wraps, and a band per swing would double the stylesheet.
      const added = (await heights(tab, name, attributes, WIDTHS)).map((h, i) => h - all[i]);
      const extraBands = [];
      let range;
      WIDTHS.forEach((width, i) => {
        if (range && Math.max(range.high, added[i]) - Math.min(range.low, added[i]) <= 4 * tolerance) {
          range.high = Math.max(range.high, added[i]);
          range.low = Math.min(range.low, added[i]);
        } else {
          extraBands.push([width, 0]);
          range = {low: added[i], high: added[i]};
        }
        extraBands.at(-1)[1] = Math.round((range.low + range.high) / 2);
      });
      extraHeights[attributes.split('=')[0]] = extraBands;
    }
    // The ids a `questions` list may name, so the stylesheet can count the ones an element asks for.
    const ids =
      count?.ids &&
      (await tab.evaluate(
        (tag) =>
          [...document.querySelector(tag).shadowRoot.querySelectorAll('button[aria-controls]')].map((b) =>
            b.id.slice(2)
          ),
        `sensiq-${name}`
      ));
    table[name] = {...(count && {most: count.most}), ...(ids && {ids}), bands, extras: extraHeights};
  }
  await browser.close();
  await server.close();
  return table;
}

/** The band of `bands` ([from px, ...values]) that applies at `width`. */
const bandAt = (bands, width) => bands.findLast(([from]) => width >= from) ?? bands[0];

/** The estimate dist/reserve.css makes from `table` for `name` with `n` items and the `extra` attribute, at `width`. */
export function estimate(table, name, width, {n, extra} = {}) {
  const {most, bands, extras} = table[name];
  const [, base, perItem] = bandAt(bands, width);
  return base + (n ?? most ?? 0) * perItem + (extra ? bandAt(extras[extra], width)[1] : 0);
}

const source = (table) => `${JSON.stringify(table, null, 1)}\n`;

/** Variants a page may use, with the estimate's inputs, to compare the estimate with what renders. */
const VARIANTS = [
  ['faq', '', {}],
  ['faq', 'limit="3"', {n: 3}],
  ['faq', 'questions="do-hips-hurt-during-perimenopause,why-do-my-hips-and-legs-hurt-at-night"', {n: 2}],
  ['faq', 'searchable', {extra: 'searchable'}],
  ['faq', 'theme="dark"', {extra: 'theme'}],
  ['takeaways', '', {}],
  ['takeaways', 'limit="2"', {n: 2}],
  ['red-flags', '', {}],
  ['article', '', {}],
];

async function report(table) {
  const server = await startServer({pages: {'/measure.html': {body: page}}});
  const browser = await launchChromium();
  const tab = await browser.newPage({viewport: {width: 1400, height: 900}});
  await tab.goto(`${server.origin}/measure.html`);
  const widths = WIDTHS.filter((w) => w >= 320 && w <= 1280);
  console.log('element  settings  worst error px (at width)  median error px  worst error %');
  for (const [name, attributes, {n, extra}] of VARIANTS) {
    const actual = await heights(tab, name, attributes, widths);
    const errors = widths.map((w, i) => estimate(table, name, w, {n, extra}) - actual[i]);
    const worst = errors.reduce((a, b) => (Math.abs(b) > Math.abs(a) ? b : a), 0);
    const sorted = errors.map(Math.abs).sort((a, b) => a - b);
    const percent = Math.max(...errors.map((e, i) => Math.abs(e) / actual[i])) * 100;
    console.log(
      `${name}  ${attributes || '(default)'}  ${worst.toFixed(0)} (${widths[errors.indexOf(worst)]})  ${sorted[sorted.length >> 1].toFixed(0)}  ${percent.toFixed(1)}%`
    );
  }
  await browser.close();
  await server.close();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const table = await measure();
  const text = source(table);
  if (process.argv.includes('--check')) {
    const committed = readFileSync(OUT, 'utf8');
    if (committed !== text) {
      console.error(`${OUT} is out of date: the elements now render at other heights. Run npm run measure-layout.`);
      process.exit(1);
    }
    console.log(`${OUT} matches what the build renders`);
  } else {
    writeFileSync(OUT, text);
    console.log(`wrote ${OUT}`);
  }
  if (process.argv.includes('--report')) await report(table);
}
