// Every user-facing string the elements show, in one typed module (article text lives in generated/).

export const strings = {
  disclaimer: 'This content is general information and not a substitute for professional medical advice.',
  sourceLink: 'Read the full article',
  sourcePrefix: 'Source:',
} as const;
