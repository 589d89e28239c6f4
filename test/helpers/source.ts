// An independent reading of the source markdown for tests: a plain line parser, not the content compiler,
// so a compiler bug cannot hide itself. Pure functions, used by browser and Node tests alike.

export const SOURCE_PATH = 'src/content/articles/menopause-hip-leg-pain.md';

export interface SourceBlock {
  kind: 'h1' | 'h2' | 'h3' | 'p' | 'li';
  /** Text as a reader sees it: `**` and footnote markers (¹ ² ³) removed. */
  text: string;
}

export interface SourceFaq {
  question: string;
  answers: string[];
}

const FOOTNOTES = /[⁰¹²³⁴⁵⁶⁷⁸⁹]/g;

export function readerText(markdown: string): string {
  return markdown.replace(/\*\*/g, '').replace(FOOTNOTES, '').trim();
}

export function frontMatter(markdown: string): Record<string, string> {
  const block = /^---\n([\s\S]*?)\n---\n/.exec(markdown)?.[1] ?? '';
  return Object.fromEntries(
    block.split('\n').map((line) => {
      const [key, ...rest] = line.split(':');
      return [key.trim(), rest.join(':').trim().replace(/^"|"$/g, '')];
    })
  );
}

export function sourceBlocks(markdown: string): SourceBlock[] {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const headingMatch = /^(#{1,3}) (.*)$/.exec(line);
      if (headingMatch)
        return {kind: `h${headingMatch[1].length}` as SourceBlock['kind'], text: readerText(headingMatch[2])};
      const itemMatch = /^\* (.*)$/.exec(line);
      if (itemMatch) return {kind: 'li', text: readerText(itemMatch[1])};
      return {kind: 'p', text: readerText(line)};
    });
}

/** Every sentence of the article's prose (paragraphs and list items). */
export function sourceSentences(markdown: string): string[] {
  return sourceBlocks(markdown)
    .filter((b) => b.kind === 'p' || b.kind === 'li')
    .flatMap((b) => b.text.split(/(?<=[.?!])\s+(?=[A-Z])/));
}

/** Question-form `###` headings with the paragraphs under each. */
export function sourceFaq(markdown: string): SourceFaq[] {
  const faq: SourceFaq[] = [];
  let current: SourceFaq | undefined;
  for (const block of sourceBlocks(markdown)) {
    if (block.kind.startsWith('h')) {
      current = block.kind === 'h3' && block.text.endsWith('?') ? {question: block.text, answers: []} : undefined;
      if (current) faq.push(current);
    } else if (current && block.kind === 'p') {
      current.answers.push(block.text);
    }
  }
  return faq;
}

/** The list items under "### Key Takeaways". */
export function sourceTakeaways(markdown: string): string[] {
  const blocks = sourceBlocks(markdown);
  const start = blocks.findIndex((b) => b.kind === 'h3' && b.text === 'Key Takeaways');
  const items: string[] = [];
  for (const block of blocks.slice(start + 1)) {
    if (block.kind !== 'li') break;
    items.push(block.text);
  }
  return items;
}

/** The id rule from the Foundation issue, written out independently of the compiler. */
export function expectedId(text: string): string {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join('-');
}
