// The shape of compiled article content. Generated modules under `generated/` conform to these types.

/** Bold text from the source (`**Relieve**`), kept as structure rather than markup. */
export interface Strong {
  strong: string;
}

/**
 * A footnote marker (¹ ² ³) at its source position. The source has no reference list yet,
 * so renderers show nothing for it; the position is kept for when references exist.
 */
export interface Footnote {
  footnote: number;
}

/** A run of inline content: plain text, bold text or a footnote marker. */
export type Inline = string | Strong | Footnote;

/** Inline content for one paragraph, list item or heading. */
export type RichText = readonly Inline[];

/** Marks content that promotes a SensIQ product; clinic mode (`no-promo`) drops it. */
export interface Promotable {
  promo?: true;
}

export interface Paragraph extends Promotable {
  kind: 'p';
  text: RichText;
}

export interface ListItem extends Promotable {
  text: RichText;
}

export interface List {
  kind: 'ul';
  items: readonly ListItem[];
}

export type Block = Paragraph | List;

/** A `###` subsection. FAQ items are the subsections whose heading is a question. */
export interface Subsection {
  /** Stable id: the heading lower-cased, runs of non-alphanumerics as single hyphens. */
  id: string;
  heading: string;
  blocks: readonly Block[];
}

/** A question of the FAQ: a question-form subsection's id and heading. */
/** An abbreviation the article defines ("hormone replacement therapy (HRT)"): `long` in lower case. */
export interface Abbreviation {
  readonly short: string;
  readonly long: string;
}

export interface FaqQuestion {
  id: string;
  heading: string;
}

/** A question-form subsection and its answer paragraphs. */
export interface FaqItem extends Subsection, FaqQuestion {
  blocks: readonly Paragraph[];
}

/** A `##` section with its own prose and its `###` subsections, in source order. */
export interface Section extends Subsection {
  subsections: readonly Subsection[];
}

export interface Takeaways {
  heading: string;
  items: readonly ListItem[];
}

/** A curated warning sign, traced to the exact source sentence it restates. */
export interface RedFlag {
  id: string;
  /** Short wording of the sign, every word of which comes from `source`. */
  text: string;
  /** The source sentence, verbatim (footnote markers removed). */
  source: string;
}

export interface RedFlags {
  /** The id of the source section the signs come from ("When to See a Doctor"). */
  sectionId: string;
  heading: string;
  items: readonly RedFlag[];
}

export interface ArticleMeta {
  slug: string;
  /** Page title from the front matter. */
  title: string;
  /** The article's own top-level heading. */
  headline: string;
  /** Canonical URL of the source article. */
  url: string;
  publisher: string;
  /** BCP 47 language tag of the text. */
  language: string;
  /** Publication date (ISO), empty until the publisher supplies a real one. */
  published: string;
  /** Last medical review date (ISO), empty until a real review happens. */
  reviewed: string;
}

/** Which text of an article a page shows (scripts/compile-content.mjs). */
export interface ContentRevision {
  /** The first 12 hex digits of the SHA-256 of the article's source file. */
  readonly revision: string;
  /** When the source was retrieved (ISO date). */
  readonly retrieved: string;
}

/** What an article's first paint needs: its opening paragraphs, and each section's id and heading. */
export interface ArticleOutline {
  lede: readonly Paragraph[];
  sections: readonly Pick<Section, 'id' | 'heading'>[];
}

/** The whole article: opening paragraphs, takeaways and the section tree, in source order. */
export interface ArticleBody {
  lede: readonly Paragraph[];
  sections: readonly Section[];
}
