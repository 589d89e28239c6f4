#!/usr/bin/env node
// Compiles src/content/articles/*.md (+ their .curation.yaml) into typed modules under src/content/generated/.
// Usage: node scripts/compile-content.mjs [--check]   (--check: fail when the committed output is stale)
import {createHash} from 'node:crypto';
import {readFileSync, writeFileSync, mkdirSync, readdirSync, existsSync} from 'node:fs';
import {dirname, join, basename} from 'node:path';
import {fileURLToPath} from 'node:url';
import {fromMarkdown} from 'mdast-util-from-markdown';
import {parse as parseYaml} from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// --articles and --out exist for the compiler's own tests, which feed it broken sources.
const option = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : fallback;
};
const articlesDir = option('--articles', join(root, 'src/content/articles'));
const outDir = option('--out', join(root, 'src/content/generated'));
const PUBLISHER = 'SensIQ';
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const FOOTNOTE_RUN = new RegExp(`[${SUPERSCRIPTS}]+`, 'g');
// Words a red flag's short text may use without the source sentence containing them.
const LINKING_WORDS = new Set(['a', 'an', 'the', 'that', 'which', 'with', 'of', 'or', 'and', 'about']);

class ContentError extends Error {}

/** The stable id rule: lower-case, runs of non-alphanumerics become one hyphen, hyphens trimmed. */
export function slugify(text) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The revision of an article's text: the first 12 hex digits of the SHA-256 of its source file's bytes
 * (`sha256sum src/content/articles/<slug>.md | cut -c1-12`). Any edit to the source changes it.
 */
export const revisionOf = (source) => createHash('sha256').update(source).digest('hex').slice(0, 12);

function splitFrontMatter(source, file) {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) throw new ContentError(`${file}: missing YAML front matter`);
  return {frontMatter: parseYaml(match[1]), body: source.slice(match[0].length)};
}

/** Text with footnote markers split out: "legs¹." -> ["legs", {footnote: 1}, "."] */
function splitFootnotes(value) {
  const runs = [];
  let last = 0;
  for (const marker of value.matchAll(FOOTNOTE_RUN)) {
    if (marker.index > last) runs.push(value.slice(last, marker.index));
    const digits = [...marker[0]].map((c) => SUPERSCRIPTS.indexOf(c)).join('');
    runs.push({footnote: Number(digits)});
    last = marker.index + marker[0].length;
  }
  if (last < value.length) runs.push(value.slice(last));
  return runs;
}

function inlineOf(node, file) {
  switch (node.type) {
    case 'text':
      return splitFootnotes(node.value);
    case 'strong':
      return [{strong: plainText(node)}];
    default:
      throw new ContentError(
        `${file}:${node.position?.start.line}: unsupported inline "${node.type}"; extend the compiler and its types first`
      );
  }
}

function richTextOf(node, file) {
  const runs = node.children.flatMap((child) => inlineOf(child, file));
  // Merge adjacent strings so each paragraph stays a few runs long.
  return runs.reduce((merged, run) => {
    const previous = merged[merged.length - 1];
    if (typeof run === 'string' && typeof previous === 'string') merged[merged.length - 1] = previous + run;
    else merged.push(run);
    return merged;
  }, []);
}

function plainText(node) {
  if ('value' in node) return node.value;
  return (node.children ?? []).map(plainText).join('');
}

/** Text as a reader sees it: bold flattened, footnote markers dropped. */
export function textOf(richText) {
  return richText.map((run) => (typeof run === 'string' ? run : (run.strong ?? ''))).join('');
}

function blockOf(node, file) {
  if (node.type === 'paragraph') return {kind: 'p', text: richTextOf(node, file)};
  if (node.type === 'list' && !node.ordered) {
    return {
      kind: 'ul',
      items: node.children.map((item) => {
        if (item.children.length !== 1 || item.children[0].type !== 'paragraph') {
          throw new ContentError(`${file}:${item.position.start.line}: list items must be a single paragraph`);
        }
        return {text: richTextOf(item.children[0], file)};
      }),
    };
  }
  throw new ContentError(`${file}:${node.position?.start.line}: unsupported block "${node.type}"`);
}

/** Walks the markdown tree into lede, takeaways and the section tree. */
function structure(tree, file) {
  const article = {headline: '', lede: [], takeaways: undefined, sections: []};
  let current; // the section or subsection receiving blocks
  let section;
  for (const node of tree.children) {
    if (node.type === 'heading') {
      const text = plainText(node);
      if (node.depth === 1) {
        if (article.headline) throw new ContentError(`${file}: more than one "# " heading`);
        article.headline = text;
        current = undefined;
      } else if (node.depth === 2) {
        section = {id: slugify(text), heading: text, blocks: [], subsections: []};
        article.sections.push(section);
        current = section;
      } else if (node.depth === 3 && !section && /^key takeaways$/i.test(text)) {
        article.takeaways = {heading: text, items: []};
        current = article.takeaways;
      } else if (node.depth === 3 && section) {
        current = {id: slugify(text), heading: text, blocks: []};
        section.subsections.push(current);
      } else {
        throw new ContentError(`${file}:${node.position.start.line}: heading "${text}" does not fit the outline`);
      }
      continue;
    }
    const block = blockOf(node, file);
    if (current === article.takeaways && current) {
      if (block.kind !== 'ul') throw new ContentError(`${file}: Key Takeaways must be a list`);
      current.items.push(...block.items);
    } else if (current) {
      current.blocks.push(block);
    } else if (article.headline && block.kind === 'p') {
      article.lede.push(block);
    } else {
      throw new ContentError(`${file}:${node.position.start.line}: content before the title`);
    }
  }
  if (!article.headline) throw new ContentError(`${file}: no "# " title`);
  if (!article.takeaways) throw new ContentError(`${file}: no "### Key Takeaways" list`);
  return article;
}

function everyTextBlock(article) {
  const blocks = [...article.lede, ...article.takeaways.items];
  for (const section of article.sections) {
    for (const part of [section, ...section.subsections]) {
      for (const block of part.blocks) {
        if (block.kind === 'p') blocks.push(block);
        else blocks.push(...block.items);
      }
    }
  }
  return blocks;
}

function markPromotions(article, prefixes, file) {
  const blocks = everyTextBlock(article);
  for (const prefix of prefixes ?? []) {
    const matches = blocks.filter((block) => textOf(block.text).startsWith(prefix));
    if (matches.length !== 1) {
      throw new ContentError(`${file}: promo "${prefix}" matches ${matches.length} blocks; it must match exactly one`);
    }
    matches[0].promo = true;
  }
}

/** Sentences of a text: split after . ? ! followed by a space and a capital letter. */
export function sentencesOf(text) {
  return text.split(/(?<=[.?!])\s+(?=[A-Z])/).filter(Boolean);
}

function redFlagsOf(article, curation, file) {
  const spec = curation.redFlags;
  if (!spec) return undefined;
  const section = article.sections.find((s) => s.id === spec.section);
  if (!section) throw new ContentError(`${file}: red flag section "${spec.section}" is not in the article`);
  const sentences = new Set(everyTextBlock(article).flatMap((block) => sentencesOf(textOf(block.text))));
  const items = spec.items.map(({id, text, source}) => {
    if (!sentences.has(source)) {
      throw new ContentError(`${file}: red flag "${id}" quotes a sentence that is not in the article: "${source}"`);
    }
    const sourceWords = new Set(source.toLowerCase().match(/[a-z]+/g));
    const foreign = text
      .toLowerCase()
      .match(/[a-z]+/g)
      .filter((word) => !sourceWords.has(word) && !LINKING_WORDS.has(word));
    if (foreign.length) {
      throw new ContentError(`${file}: red flag "${id}" uses words its source does not: ${foreign.join(', ')}`);
    }
    return {id, text, source};
  });
  return {sectionId: section.id, heading: section.heading, items};
}

/**
 * The abbreviations the article defines, written "hormone replacement therapy (HRT)": the capitals in brackets
 * are the initials of as many words just before them. In order of first definition, each once.
 */
export function abbreviationsOf(article) {
  const found = new Map();
  for (const block of everyTextBlock(article)) {
    for (const [, before, short] of textOf(block.text).matchAll(/([\p{L} -]+?)\s*\(([A-Z]{2,6})\)/gu)) {
      const words = before.trim().split(/[\s-]+/);
      const long = words.slice(-short.length);
      if (long.length === short.length && long.every((word, i) => word[0].toUpperCase() === short[i]))
        if (!found.has(short)) found.set(short, long.join(' ').toLowerCase());
    }
  }
  return [...found].map(([short, long]) => ({short, long}));
}

function compileArticle(slug) {
  const file = `src/content/articles/${slug}.md`;
  const source = readFileSync(join(articlesDir, `${slug}.md`));
  const {frontMatter, body} = splitFrontMatter(source.toString('utf8'), file);
  const curationFile = join(articlesDir, `${slug}.curation.yaml`);
  const curation = existsSync(curationFile) ? parseYaml(readFileSync(curationFile, 'utf8')) : {};
  const article = structure(fromMarkdown(body), file);
  markPromotions(article, curation.promo, file);

  const ids = new Set();
  for (const part of article.sections.flatMap((s) => [s, ...s.subsections])) {
    if (ids.has(part.id)) throw new ContentError(`${file}: two headings share the id "${part.id}"`);
    ids.add(part.id);
  }
  const faq = article.sections.flatMap((s) => s.subsections).filter((sub) => sub.heading.trim().endsWith('?'));
  for (const item of faq) {
    if (item.blocks.some((b) => b.kind !== 'p'))
      throw new ContentError(`${file}: FAQ "${item.id}" answer must be prose`);
  }
  const meta = {
    slug,
    title: frontMatter.title,
    headline: article.headline,
    url: frontMatter.url,
    publisher: PUBLISHER,
    language: 'en',
    published: '',
    reviewed: '',
  };
  const revision = {revision: revisionOf(source), retrieved: String(frontMatter.scraped_time ?? '').slice(0, 10)};
  const abbreviations = abbreviationsOf(article);
  return {slug, meta, revision, article, faq, abbreviations, redFlags: redFlagsOf(article, curation, file)};
}

// ---- Emitting TypeScript --------------------------------------------------------------------------

const HEADER = '// Generated by scripts/compile-content.mjs from src/content/articles/. Do not edit.\n';
const json = (value) => JSON.stringify(value, null, 2);
const constName = (slug) => slug.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());

function registry(name, type, compiled, valueOf) {
  const entries = compiled.map((c) => `  ${json(c.slug)}: ${valueOf(c)},`).join('\n');
  return `export const ${name}: Readonly<Record<string, ${type}>> = {\n${entries}\n};\n`;
}

function emit(compiled) {
  const files = {};
  files['meta.ts'] =
    `${HEADER}import type {ArticleMeta, ContentRevision} from '../types.js';\n\n` +
    `/** Slugs of every bundled article, in build order. */\n` +
    `export const articleSlugs: readonly string[] = ${json(compiled.map((c) => c.slug))};\n\n` +
    registry('metas', 'ArticleMeta', compiled, (c) => json(c.meta)) +
    `\n/** Which text each article shows: published as window.SensIQ.content (page.ts) and in the structured data. */\n` +
    registry('revisions', 'ContentRevision', compiled, (c) => JSON.stringify(c.revision));

  files['takeaways.ts'] =
    `${HEADER}import type {Takeaways} from '../types.js';\n\n` +
    registry('takeaways', 'Takeaways', compiled, (c) => json(c.article.takeaways));

  // The questions alone, for a FAQ's first paint; faq.ts adds the answers, which can arrive after it.
  files['faq-questions.ts'] =
    `${HEADER}import type {FaqQuestion} from '../types.js';\n\n` +
    registry('faqQuestions', 'readonly FaqQuestion[]', compiled, (c) =>
      json(c.faq.map(({id, heading}) => ({id, heading})))
    );

  const faqItems = (c) =>
    `[\n${c.faq
      .map(
        ({blocks}, i) =>
          `  {\n  ...faqQuestions[${json(c.slug)}][${i}],\n  "blocks": ${json(blocks).replace(/\n/g, '\n  ')}\n  }`
      )
      .join(',\n')}\n]`;
  files['faq.ts'] =
    `${HEADER}import type {FaqItem} from '../types.js';\nimport {faqQuestions} from './faq-questions.js';\n\n` +
    registry('faqs', 'readonly FaqItem[]', compiled, faqItems);

  // For the FAQ search (it loads only with `searchable`): "HRT" finds "hormone replacement therapy" and back.
  files['abbreviations.ts'] =
    `${HEADER}import type {Abbreviation} from '../types.js';\n\n` +
    registry('abbreviations', 'readonly Abbreviation[]', compiled, (c) => json(c.abbreviations));

  files['red-flags.ts'] =
    `${HEADER}import type {RedFlags} from '../types.js';\n\n` +
    registry('redFlags', 'RedFlags | undefined', compiled, (c) => (c.redFlags ? json(c.redFlags) : 'undefined'));

  // What the article's first paint needs: the opening paragraphs, and each section's id and heading for the
  // contents. The sections' text (body.ts) can arrive after it.
  files['outline.ts'] =
    `${HEADER}import type {ArticleOutline} from '../types.js';\n\n` +
    registry('outlines', 'ArticleOutline', compiled, (c) =>
      json({lede: c.article.lede, sections: c.article.sections.map(({id, heading}) => ({id, heading}))})
    );

  // The body references FAQ items from faq.ts, and the lede from outline.ts, instead of repeating their text.
  const bodies = compiled.map((c) => {
    const local = constName(c.slug);
    const sections = c.article.sections.map((section, i) => {
      const subsections = section.subsections.map((sub) => {
        const faqIndex = c.faq.indexOf(sub);
        return faqIndex >= 0 ? `faqs[${json(c.slug)}][${faqIndex}]` : json(sub);
      });
      // The id and heading come from the outline; the subsections are code, not data.
      return `{\n  ...outlines[${json(c.slug)}].sections[${i}],\n  "blocks": ${json(section.blocks).replace(/\n/g, '\n  ')},\n  "subsections": [${subsections.join(', ')}]\n}`;
    });
    return `const ${local}: ArticleBody = {\n  lede: outlines[${json(c.slug)}].lede,\n  sections: [${sections.join(',\n')}],\n};\n`;
  });
  files['body.ts'] =
    `${HEADER}import type {ArticleBody} from '../types.js';\nimport {faqs} from './faq.js';\nimport {outlines} from './outline.js';\n\n` +
    bodies.join('\n') +
    '\n' +
    registry('bodies', 'ArticleBody', compiled, (c) => constName(c.slug));
  return files;
}

const articleFiles = () =>
  readdirSync(articlesDir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => basename(f, '.md'))
    .sort();

/** {slug: {revision, retrieved}} for every article: what the manifest records (custom-elements-manifest.config.mjs). */
export const contentRevisions = () =>
  Object.fromEntries(articleFiles().map((slug) => [slug, compileArticle(slug).revision]));

function main() {
  const check = process.argv.includes('--check');
  const slugs = articleFiles();
  const files = emit(slugs.map(compileArticle));
  mkdirSync(outDir, {recursive: true});
  const stale = [];
  for (const [name, text] of Object.entries(files)) {
    const path = join(outDir, name);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (current === text) continue;
    if (check) stale.push(join(outDir, name));
    else writeFileSync(path, text);
  }
  if (stale.length) {
    console.error(`Stale generated content (run npm run content): ${stale.join(', ')}`);
    process.exit(1);
  }
  console.log(`content: ${slugs.length} article(s) ${check ? 'up to date' : 'compiled'} in ${outDir}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(`content: ${error.message}`);
    process.exit(1);
  }
}
