// The compiled content as plain HTML, for the benchmark's floor pages (no JavaScript) and the peers' markup.
// It mirrors what the elements show so that every page holds the same text.
import {metas} from '../build/src/content/generated/meta.js';
import {bodies} from '../build/src/content/generated/body.js';
import {faqs} from '../build/src/content/generated/faq.js';
import {takeaways} from '../build/src/content/generated/takeaways.js';
import {redFlags} from '../build/src/content/generated/red-flags.js';
import * as firstPaintStrings from '../build/src/content/strings.js';
import * as partStrings from '../build/src/content/part-strings.js';

const strings = {...firstPaintStrings, ...partStrings};

export const SLUG = 'menopause-hip-leg-pain';

const escape = (text) =>
  String(text).replace(/[&<>"]/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'})[c]);

/** Inline runs: text, bold as <strong>, footnote markers as nothing (as the elements render them). */
export const richText = (runs) =>
  runs
    .map((run) =>
      typeof run === 'string' ? escape(run) : 'strong' in run ? `<strong>${escape(run.strong)}</strong>` : ''
    )
    .join('');

const blocks = (list) =>
  list
    .map((block) =>
      block.kind === 'ul'
        ? `<ul>${block.items.map((item) => `<li>${richText(item.text)}</li>`).join('')}</ul>`
        : `<p>${richText(block.text)}</p>`
    )
    .join('\n');

export const faqItems = () => faqs[SLUG];

/** The article's headline, as every article page shows it. */
export const articleHeadline = () => metas[SLUG].headline;

/** The FAQ with native disclosure: the no-JavaScript floor of an accordion. */
export function faqHtml() {
  const items = faqItems()
    .map(
      (item) =>
        `<details id="faq-${item.id}"><summary><h2>${escape(item.heading)}</h2></summary>\n${blocks(item.blocks)}</details>`
    )
    .join('\n');
  return `<section class="faq">\n${items}\n<p>${escape(strings.disclaimer)} <a href="${metas[SLUG].url}">${escape(strings.sourceLink)}</a></p>\n</section>`;
}

/**
 * The FAQ as a web-component peer's details element (`sl-details` for Shoelace, `wa-details` for Web Awesome),
 * one per question, answers in the light DOM as both document it.
 */
export function detailsFaqHtml(tag) {
  return faqItems()
    .map((item) => `<${tag} summary="${escape(item.heading)}">\n${blocks(item.blocks)}\n</${tag}>`)
    .join('\n');
}

/** The takeaways as <sensiq-takeaways> shows them: a heading and the list. */
export function takeawaysHtml() {
  const {heading, items} = takeaways[SLUG];
  return `<div class="takeaways"><h3>${escape(heading)}</h3><ul>${items.map((i) => `<li>${richText(i.text)}</li>`).join('')}</ul></div>`;
}

/** The takeaways' heading, as every takeaways page shows it. */
export const takeawaysHeading = () => takeaways[SLUG].heading;

/**
 * The warning signs as <sensiq-red-flags> shows them: a heading, the list, the article's own sentences behind a
 * closed disclosure, and the disclaimer.
 */
export function redFlagsHtml() {
  const flags = redFlags[SLUG];
  const section = bodies[SLUG].sections.find((s) => s.id === flags.sectionId);
  return `<div class="red-flags"><h3>${escape(flags.heading)}</h3>
<ul>${flags.items.map((f) => `<li>${escape(f.text)}</li>`).join('')}</ul>
<details><summary>${escape(strings.redFlagsSource)}</summary>
${blocks(section.blocks)}</details>
<p>${escape(strings.disclaimer)}</p></div>`;
}

/** The warning signs' heading, as every red flags page shows it. */
export const redFlagsHeading = () => redFlags[SLUG].heading;

/** The whole article as <sensiq-article> shows it: headline, lede, takeaways, contents, sections (warning
 * signs as a list with the section's prose under it), promotion labelled, attribution and disclaimer. */
export function articleHtml() {
  const meta = metas[SLUG];
  const {lede, sections} = bodies[SLUG];
  const flags = redFlags[SLUG];
  const promoted = (html) => `<aside><p class="label">${escape(strings.promo)}</p>${html}</aside>`;
  const block = (b) =>
    b.kind === 'ul'
      ? `<ul>${b.items.map((item) => `<li>${richText(item.text)}</li>`).join('')}</ul>`
      : b.promo
        ? promoted(`<p>${richText(b.text)}</p>`)
        : `<p>${richText(b.text)}</p>`;
  const blockList = (list) => list.map(block).join('\n');
  const section = (s) => {
    const body =
      s.id === flags?.sectionId
        ? `<div class="red-flags"><h3 id="${s.id}">${escape(flags.heading)}</h3>
<ul>${flags.items.map((f) => `<li>${escape(f.text)}</li>`).join('')}</ul>
${blockList(s.blocks)}
<p>${escape(strings.disclaimer)}</p></div>`
        : `<h3 id="${s.id}">${escape(s.heading)}</h3>\n${blockList(s.blocks)}`;
    const subsections = s.subsections.map(
      (sub) => `<h4 id="${sub.id}">${escape(sub.heading)}</h4>\n${blockList(sub.blocks)}`
    );
    return `<section>\n${body}\n${subsections.join('\n')}\n</section>`;
  };
  return `<article lang="${meta.language}">
<h2>${escape(meta.headline)}</h2>
${blockList(lede)}
${takeawaysHtml()}
<nav><p>${escape(strings.contents)}</p><ul>${sections.map((s) => `<li><a href="#${s.id}">${escape(s.heading)}</a></li>`).join('')}</ul></nav>
${sections.map(section).join('\n')}
<footer><p>${escape(strings.sourcePrefix)} ${escape(meta.publisher)}, <cite><a href="${meta.url}">${escape(meta.title)}</a></cite></p>
<p>${escape(strings.disclaimer)}</p></footer>
</article>`;
}
