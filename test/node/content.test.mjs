// Fidelity of the compiled content against the source markdown, read independently (test/helpers/source.ts).
import {test, describe} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, mkdtempSync, writeFileSync, copyFileSync} from 'node:fs';
import {spawnSync} from 'node:child_process';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {
  SOURCE_PATH,
  sourceBlocks,
  sourceSentences,
  sourceFaq,
  sourceTakeaways,
  frontMatter,
  expectedId,
} from '../../build/test/helpers/source.js';
import {metas, articleSlugs} from '../../build/src/content/generated/meta.js';
import {bodies} from '../../build/src/content/generated/body.js';
import {faqs} from '../../build/src/content/generated/faq.js';
import {takeaways} from '../../build/src/content/generated/takeaways.js';
import {redFlags} from '../../build/src/content/generated/red-flags.js';

const SLUG = 'menopause-hip-leg-pain';
const markdown = readFileSync(SOURCE_PATH, 'utf8');
const body = bodies[SLUG];
const text = (rich) => rich.map((run) => (typeof run === 'string' ? run : (run.strong ?? ''))).join('');

/** Every heading, paragraph and list item of the compiled article, in order, as reader text. */
function compiledBlocks() {
  const blocks = [{kind: 'h1', text: metas[SLUG].headline}];
  const pushBlocks = (list) => {
    for (const block of list) {
      if (block.kind === 'p') blocks.push({kind: 'p', text: text(block.text)});
      else for (const item of block.items) blocks.push({kind: 'li', text: text(item.text)});
    }
  };
  pushBlocks(body.lede);
  blocks.push({kind: 'h3', text: takeaways[SLUG].heading});
  for (const item of takeaways[SLUG].items) blocks.push({kind: 'li', text: text(item.text)});
  for (const section of body.sections) {
    blocks.push({kind: 'h2', text: section.heading});
    pushBlocks(section.blocks);
    for (const sub of section.subsections) {
      blocks.push({kind: 'h3', text: sub.heading});
      pushBlocks(sub.blocks);
    }
  }
  return blocks;
}

describe('compiled article', () => {
  test('holds every source block verbatim, in source order, and nothing else', () => {
    assert.deepEqual(compiledBlocks(), sourceBlocks(markdown));
  });

  test('holds every sentence of the source prose exactly as written', () => {
    const compiledText = compiledBlocks()
      .map((b) => b.text)
      .join('\n');
    const sentences = sourceSentences(markdown);
    assert.ok(sentences.length > 60, `expected the whole article, found ${sentences.length} sentences`);
    for (const sentence of sentences) assert.ok(compiledText.includes(sentence), `missing: ${sentence}`);
  });

  test('keeps bold as structure, never as markup', () => {
    const relieve = body.sections
      .flatMap((s) => s.subsections)
      .flatMap((s) => s.blocks)
      .find((b) => b.kind === 'p' && b.text.some((run) => run.strong === 'Relieve'));
    assert.ok(relieve, 'the **Relieve** run is a {strong} node');
    assert.doesNotMatch(JSON.stringify(body), /\*\*|<strong|<b>/);
  });

  test('keeps the three footnote markers at their source positions', () => {
    const runs = JSON.stringify([body, takeaways[SLUG]]);
    const markers = [...runs.matchAll(/"([^"]*)",\{"footnote":(\d)\}/g)].map((m) => [Number(m[2]), m[1].slice(-20)]);
    assert.deepEqual(markers, [
      [1, 'in the hips and legs'],
      [2, 'menopause is complete'.slice(-20)],
      [3, 'irm long-term effects'.slice(-20)],
    ]);
  });

  test('marks exactly the three promotional blocks', () => {
    const promos = [...JSON.stringify([body, takeaways[SLUG]]).matchAll(/"promo":\s*true/g)];
    assert.equal(promos.length, 3);
    const promoText = [
      ...body.sections.flatMap((s) => [s, ...s.subsections]).flatMap((s) => s.blocks),
      ...takeaways[SLUG].items,
    ]
      .filter((b) => b.promo)
      .map((b) => text(b.text));
    assert.match(promoText.join('|'), /SensIQ offers Relieve/);
    assert.match(promoText.join('|'), /^With evidence-based care like SensIQ|\|With evidence-based care like SensIQ/);
    assert.match(promoText.join('|'), /SensIQ Joint Health Supplement/);
  });
});

describe('compiled FAQ', () => {
  test('is every question-form heading with its answers, in article order', () => {
    const expected = sourceFaq(markdown);
    assert.equal(expected.length, 9);
    assert.deepEqual(
      faqs[SLUG].map((item) => ({question: item.heading, answers: item.blocks.map((b) => text(b.text))})),
      expected
    );
    assert.equal(faqs[SLUG][0].heading, 'Does menopause cause hip and leg pain?');
    assert.equal(faqs[SLUG][8].heading, 'Why do my hips and legs hurt at night?');
  });

  test('ids follow the rule: lower-case, non-alphanumeric runs as one hyphen, trimmed', () => {
    for (const item of faqs[SLUG]) assert.equal(item.id, expectedId(item.heading));
    assert.equal(faqs[SLUG][1].id, 'do-hips-hurt-during-perimenopause');
  });

  test('the article body references the FAQ items instead of repeating them', () => {
    const subsections = body.sections.flatMap((s) => s.subsections);
    for (const item of faqs[SLUG]) assert.ok(subsections.includes(item), item.id);
  });
});

describe('compiled takeaways and red flags', () => {
  test('takeaways are the five source items verbatim', () => {
    assert.deepEqual(
      takeaways[SLUG].items.map((i) => text(i.text)),
      sourceTakeaways(markdown)
    );
    assert.equal(takeaways[SLUG].items.length, 5);
  });

  test('every red flag quotes a source sentence verbatim and uses only its words', () => {
    const sentences = new Set(sourceSentences(markdown));
    const flags = redFlags[SLUG].items;
    assert.equal(flags.length, 7);
    for (const flag of flags) {
      assert.ok(sentences.has(flag.source), `not a source sentence: ${flag.source}`);
      const words = new Set(flag.source.toLowerCase().match(/[a-z]+/g));
      const linking = new Set(['a', 'an', 'the', 'that', 'which', 'with', 'of', 'or', 'and', 'about']);
      for (const word of flag.text.toLowerCase().match(/[a-z]+/g)) {
        assert.ok(words.has(word) || linking.has(word), `"${word}" of "${flag.text}" is not in its source`);
      }
    }
  });

  test('red flags come from the When to See a Doctor section and the source FAQ', () => {
    assert.equal(redFlags[SLUG].heading, 'When to See a Doctor');
    assert.equal(redFlags[SLUG].sectionId, 'when-to-see-a-doctor');
  });
});

describe('article metadata', () => {
  test('comes from the front matter, with no invented dates or authors', () => {
    const fm = frontMatter(markdown);
    assert.deepEqual(articleSlugs, [SLUG]);
    assert.deepEqual(metas[SLUG], {
      slug: SLUG,
      title: fm.title,
      headline: 'Can Menopause Cause Hip and Leg Pain or Is It Something Else?',
      url: 'https://sensiqnootropics.com/can-menopause-cause-hip-and-leg-pain/',
      publisher: 'SensIQ',
      language: 'en',
      published: '',
      reviewed: '',
    });
  });
});

describe('content compiler', () => {
  /** Runs the compiler on a copy of the article with `edit` applied to one of its files. */
  function compileEdited(file, edit) {
    const dir = mkdtempSync(join(tmpdir(), 'sensiq-content-'));
    for (const name of [`${SLUG}.md`, `${SLUG}.curation.yaml`]) {
      copyFileSync(join('src/content/articles', name), join(dir, name));
    }
    const path = join(dir, file);
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
    return spawnSync('node', ['scripts/compile-content.mjs', '--articles', dir, '--out', join(dir, 'out')], {
      encoding: 'utf8',
    });
  }

  test('compiles the unedited article', () => {
    assert.equal(compileEdited(`${SLUG}.md`, (s) => s).status, 0);
  });

  test('refuses a red flag whose quote is not in the source', () => {
    const run = compileEdited(`${SLUG}.curation.yaml`, (s) => s.replace('paired with swelling', 'paired with fever'));
    assert.notEqual(run.status, 0);
    assert.match(run.stderr, /quotes a sentence that is not in the article/);
  });

  test('refuses a red flag that says more than its source', () => {
    const run = compileEdited(`${SLUG}.curation.yaml`, (s) =>
      s.replace('text: Leg cramps that occur daily', 'text: Severe leg cramps at night')
    );
    assert.notEqual(run.status, 0);
    assert.match(run.stderr, /uses words its source does not: severe, at, night/);
  });

  test('refuses a promo marker that no longer matches the text', () => {
    const run = compileEdited(`${SLUG}.md`, (s) => s.replace('SensIQ offers', 'SensIQ makes'));
    assert.notEqual(run.status, 0);
    assert.match(run.stderr, /promo "SensIQ offers" matches 0 blocks/);
  });

  test('refuses markup it would otherwise pass through', () => {
    const run = compileEdited(`${SLUG}.md`, (s) =>
      s.replace('Nighttime hip pain', '<img src=x onerror=alert(1)> Nighttime hip pain')
    );
    assert.notEqual(run.status, 0);
    assert.match(run.stderr, /unsupported inline "html"/);
  });
});
