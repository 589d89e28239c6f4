// The strings of the parts that arrive after an element's first paint, or only with some settings: the call to
// action, the FAQ's search and its "Copy link" buttons. See strings.ts for why they live apart.

/** Label on every block that promotes a SensIQ product, so it never passes for editorial text. */
export const promo = 'From SensIQ';
/** Default text of the article's call-to-action link. */
export const ctaLabel = 'Learn more from SensIQ';
/** Default text of a clinic's own call-to-action link (clinic mode): neutral, it may lead to any page of theirs. */
export const ownCtaLabel = 'Learn more';
export const faqSearch = 'Search the questions';
export const faqShown = (shown: number, total: number) => `Showing ${shown} of ${total} questions.`;
export const faqNoMatch = 'No questions match your search.';
/** The way on from a search that found nothing (the other is the FAQ's link to the full article). */
export const faqClearSearch = 'Clear the search';
/** A button under each answer; its description names the question. */
export const faqCopyLink = 'Copy link to this question';
export const faqLinkCopied = 'Link copied.';
export const faqLinkNotCopied = (fragment: string) => `Could not copy: add ${fragment} to this page's address.`;
