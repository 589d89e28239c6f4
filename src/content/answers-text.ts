// The FAQ's answers and the article's sections both show the answers' text (generated/faq.ts). Where both elements
// are built together (sensiq.js, the loader's element files), that text is a file of its own: asked for beside the
// part that shows it, both arrive at once, rather than the text's request waiting for the part to arrive first.

/** `part`, once the answers' text has arrived as well. */
export const withAnswersText = <T>(part: Promise<T>): Promise<T> =>
  Promise.all([part, import('./generated/faq.js')]).then(([module]) => module);
