// The bundled articles: which slugs exist and how an element picks one.
import {articleSlugs, metas} from './generated/meta.js';
import type {ArticleMeta} from './types.js';
import {quote, warnOnce} from '../internal/warn.js';

export const DEFAULT_ARTICLE = 'menopause-hip-leg-pain';

/**
 * The metadata of the article `slug`, or `undefined` (with one warning quoting the value and listing the
 * valid slugs) when no such article is bundled.
 */
export function findArticle(host: Element, slug: string): ArticleMeta | undefined {
  const meta = Object.prototype.hasOwnProperty.call(metas, slug) ? metas[slug] : undefined;
  if (!meta) {
    warnOnce(
      host,
      `article=${slug}`,
      `<${host.localName}> article=${quote(slug)} is not a bundled article: use one of ${articleSlugs
        .map((s) => `"${s}"`)
        .join(', ')}. Nothing is shown.`
    );
  }
  return meta;
}
