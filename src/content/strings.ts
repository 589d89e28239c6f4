// Every user-facing string the elements show, in one typed module (article text lives in generated/).

export const strings = {
  disclaimer: 'This content is general information and not a substitute for professional medical advice.',
  sourceLink: 'Read the full article',
  sourcePrefix: 'Source:',
  /** Visible name of the article's contents navigation. */
  contents: 'In this article',
  /** Label on every block that promotes a SensIQ product, so it never passes for editorial text. */
  promo: 'From SensIQ',
  /** Default text of the article's call-to-action link. */
  ctaLabel: 'Learn more from SensIQ',
  /** Opens the source sentences under the red flags list. */
  redFlagsSource: 'In the words of the article',
  /** Followed by the embedder's emergency number. */
  emergency: 'In an emergency, call',
  faqSearch: 'Search the questions',
  faqShown: (shown: number, total: number) => `Showing ${shown} of ${total} questions.`,
  faqNoMatch: 'No questions match your search.',
  /** A button under each answer; its description names the question. */
  faqCopyLink: 'Copy link to this question',
  faqLinkCopied: 'Link copied.',
  faqLinkNotCopied: (fragment: string) => `Could not copy: add ${fragment} to this page's address.`,
} as const;
