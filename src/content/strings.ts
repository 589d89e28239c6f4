// Every user-facing string the elements show, in two typed modules (article text lives in generated/): this one
// for what elements show in their first paint, part-strings.ts for the parts that arrive later or only with
// some settings (search, copy link, call to action). One export each, so that a file carries only the strings
// it shows (`import * as strings` keeps that); two modules, because a bundler keeps a module whole in one chunk.

export const disclaimer = 'This content is general information and not a substitute for professional medical advice.';
export const sourceLink = 'Read the full article';
export const sourcePrefix = 'Source:';
/** Visible name of the article's contents navigation. */
export const contents = 'In this article';
/** Opens the source sentences under the red flags list. */
export const redFlagsSource = 'In the words of the article';
/** Followed by the embedder's emergency number. */
export const emergency = 'In an emergency, call';
