// Every user-facing string the elements show, in one typed module (article text lives in generated/).

export const strings = {
  disclaimer: 'This content is general information and not a substitute for professional medical advice.',
  sourceLink: 'Read the full article',
  sourcePrefix: 'Source:',
  faqSearch: 'Search the questions',
  faqShown: (shown: number, total: number) => `Showing ${shown} of ${total} questions.`,
  faqNoMatch: 'No questions match your search.',
} as const;
