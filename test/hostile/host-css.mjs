// Scenario 3: host CSS written without us in mind — html{font-size:62.5%}, odd inherited typography,
// direction: rtl, rules aimed at our tag names, global resets (all: unset too). Text stays readable
// (≥ 14 px, sane line-height and letter-spacing, no forced case, left-to-right English), the FAQ works by
// keyboard and by click, and collapsed answers stay hidden.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
  TAGS,
  assertQuietHost,
  everyElement,
  hostPage,
  inEachEngine,
  moduleScript,
  complete,
  stylesheet,
} from './helpers/suite.mjs';

const ourTags = TAGS.join(', ');

const STYLESHEETS = {
  'a theme with odd typography, rtl and rules aimed at our tags': `
    html { font-size: 62.5%; }
    body {
      font-size: 1.2rem; line-height: 0.8; letter-spacing: 0.3em; word-spacing: 1em; text-transform: uppercase;
      direction: rtl; text-align: justify; white-space: pre-wrap; font-variant: small-caps; color: #333;
    }
    ${ourTags} {
      display: inline; font-size: 8px; line-height: 0; letter-spacing: 0.5em; text-transform: lowercase;
      white-space: nowrap; direction: rtl; text-indent: -9999px; margin: 0; padding: 0;
    }
    button, p, li, ul, ol, h1, h2, h3, h4, h5, h6, a, input, label, div, section, strong {
      all: unset; font-size: 8px; line-height: 0;
    }
    button { display: none !important; }
    [hidden] { display: block !important; }
    * { box-sizing: content-box; }
  `,
  'a global reset: * { all: unset }': `
    html { font-size: 62.5%; }
    *, *::before, *::after { all: unset; }
  `,
};

/**
 * How every rendered text-bearing node in every shadow root reads: its size, and its typography relative to
 * that size. Nodes outside the flat tree (say in a closed <details>) have no computed style and are skipped.
 */
const typography = (page) =>
  page.evaluate(() => {
    const nodes = [];
    const roots = (root) =>
      [...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el.shadowRoot, ...roots(el.shadowRoot)] : []));
    for (const root of roots(document)) {
      for (const el of root.querySelectorAll('*')) {
        const text = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
        const style = getComputedStyle(el);
        if ((!text && el.localName !== 'input') || !style.display) continue;
        const size = parseFloat(style.fontSize);
        const em = (value) => Math.round(((parseFloat(value) || 0) / size) * 100) / 100;
        nodes.push({
          where: `<${root.host.localName}> ${el.localName}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''}`,
          size,
          lineHeight: style.lineHeight === 'normal' ? 'normal' : em(style.lineHeight),
          letterSpacing: style.letterSpacing === 'normal' ? 0 : em(style.letterSpacing),
          wordSpacing: em(style.wordSpacing),
          textTransform: style.textTransform,
          direction: style.direction,
          whiteSpace: style.whiteSpace,
          textIndent: em(style.textIndent),
          visible: !el.checkVisibility() || (el.getBoundingClientRect().width >= 1 && style.visibility === 'visible'),
        });
      }
    }
    return nodes;
  });

/**
 * Readability problems on a hostile page, against the same elements on a plain page: text below 14 px
 * anywhere, and any other typography the host changed (line height, spacing, case, direction, wrapping,
 * indent, visibility).
 */
function readability(plain, hostile) {
  const problems = [];
  for (const node of plain) if (node.size < 13.99) problems.push(`${node.where}: ${node.size}px on a plain page`);
  if (plain.length !== hostile.length) problems.push(`${hostile.length} text nodes, ${plain.length} on a plain page`);
  hostile.forEach((node, i) => {
    if (node.size < 13.99) problems.push(`${node.where}: ${node.size}px`);
    for (const key of [
      'lineHeight',
      'letterSpacing',
      'wordSpacing',
      'textTransform',
      'direction',
      'whiteSpace',
      'textIndent',
      'visible',
    ]) {
      if (plain[i] && node[key] !== plain[i][key])
        problems.push(`${node.where}: ${key} ${node[key]} (plain page: ${plain[i][key]})`);
    }
  });
  return [...new Set(problems)];
}

/** The FAQ's questions and whether each answer's text is visible. */
const faqState = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('sensiq-faq').shadowRoot;
    return [...root.querySelectorAll('button[aria-controls]')].map((button) => {
      const answer = root.getElementById(button.getAttribute('aria-controls'));
      const paragraphs = [...answer.querySelectorAll('p')];
      return {
        expanded: button.getAttribute('aria-expanded'),
        shown:
          paragraphs.length > 0 && paragraphs.every((p) => p.checkVisibility() && p.getBoundingClientRect().height > 0),
        hidden: paragraphs.every((p) => !p.checkVisibility()),
      };
    });
  });

/** Which question of the FAQ has focus (its index), and whether the focus is visibly drawn. */
const focusedQuestion = (page) =>
  page.evaluate(() => {
    const faq = document.querySelector('sensiq-faq');
    const active = document.activeElement === faq ? faq.shadowRoot.activeElement : null;
    const buttons = [...faq.shadowRoot.querySelectorAll('button[aria-controls]')];
    const style = active && getComputedStyle(active);
    return {
      index: buttons.indexOf(active),
      ring: Boolean(style && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0),
    };
  });

const centreOf = (page, index) =>
  page.evaluate((i) => {
    const button = document.querySelector('sensiq-faq').shadowRoot.querySelectorAll('button[aria-controls]')[i];
    button.scrollIntoView({block: 'center'});
    const box = button.getBoundingClientRect();
    return {x: box.left + box.width / 2, y: box.top + box.height / 2};
  }, index);

inEachEngine('host CSS', (env) => {
  for (const [name, css] of Object.entries(STYLESHEETS)) {
    test(`under ${name}, text stays readable, the FAQ works by keyboard and click, collapsed answers stay hidden`, async () => {
      const path = `/host-${Object.keys(STYLESHEETS).indexOf(name)}.css`;
      env.serve(path, css);
      // The host's own link sits right before the FAQ, so one Tab from it lands on the first question.
      const body = `<main>${everyElement().replace('<sensiq-faq>', '<a id="before" href="#top">Host link</a><sensiq-faq>')}</main>`;
      const reference = await env.open('/plain.html', hostPage({head: moduleScript('/dist/loader.js'), body}));
      await complete(reference);
      const plain = await typography(reference);
      await reference.close();
      const page = await env.open(
        '/host-css.html',
        hostPage({head: stylesheet(path) + moduleScript('/dist/loader.js'), body, dir: 'rtl'})
      );
      await complete(page);

      assert.deepEqual(readability(plain, await typography(page)), []);
      const closed = await faqState(page);
      assert.ok(closed.length === 9 && closed.every((q) => q.expanded === 'false' && q.hidden), JSON.stringify(closed));

      // Keyboard: from the host's link, Tab reaches the first question; Enter opens, Space closes.
      await page.evaluate(() => document.getElementById('before').focus());
      await page.press('Tab');
      assert.deepEqual(await focusedQuestion(page), {index: 0, ring: true});
      await page.press('Enter');
      let state = await faqState(page);
      assert.deepEqual([state[0].expanded, state[0].shown, state[1].hidden], ['true', true, true]);
      await page.press('Space');
      assert.deepEqual([(await faqState(page))[0].expanded, (await faqState(page))[0].hidden], ['false', true]);
      await page.press('Tab');
      assert.equal((await focusedQuestion(page)).index, 1);

      // Click: a real pointer click at the second question's centre opens it.
      const {x, y} = await centreOf(page, 1);
      await page.clickAt(x, y);
      state = await faqState(page);
      assert.deepEqual(
        [state[1].expanded, state[1].shown, state[0].hidden, state[2].hidden],
        ['true', true, true, true]
      );
      await assertQuietHost(page);
      await page.close();
    });
  }
});
