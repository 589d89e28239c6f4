// FAQ search: a query's words match the words of a question or its answer in any order, ignoring case, accents
// and simple English plurals; a query word matches the start of a word ("pain" finds "painful", never "spain").
// Pure functions over text, so the element only keeps the query and renders what these return.
/** A run of text, marked when it is a matched word. */
export interface Run {
  text: string;
  match?: true;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case, accents dropped: "Estrógeno" → "estrogeno". */
const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** A folded word without a simple plural ending: hips → hip, aches → ache, injuries → injury, glass stays. */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (/(?:ss|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** The query's words, folded and stemmed, without repeats; none for an empty query. */
export const queryTerms = (query: string): string[] => [...new Set((query.match(WORD) ?? []).map((word) => stem(fold(word))))];

const matchesWord = (terms: readonly string[], word: string) => {
  const folded = fold(word);
  const stemmed = stem(folded);
  return terms.some((term) => folded.startsWith(term) || stemmed.startsWith(term));
};

/** Whether every term matches some word of `text`. */
export function matchesAll(terms: readonly string[], text: string): boolean {
  const words = text.match(WORD) ?? [];
  return terms.every((term) => words.some((word) => matchesWord([term], word)));
}

/** `text` as runs, each word that matches a term marked. */
export function marked(terms: readonly string[], text: string): Run[] {
  if (!terms.length) return [{text}];
  const runs: Run[] = [];
  let last = 0;
  for (const found of text.matchAll(WORD)) {
    if (!matchesWord(terms, found[0])) continue;
    if (found.index > last) runs.push({text: text.slice(last, found.index)});
    runs.push({text: found[0], match: true});
    last = found.index + found[0].length;
  }
  if (last < text.length) runs.push({text: text.slice(last)});
  return runs;
}
