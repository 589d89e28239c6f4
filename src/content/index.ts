// The bundled articles: which slugs exist and the metadata of each. Data only; elements decide what an
// unknown slug means for them.
import {metas} from './generated/meta.js';
import type {ArticleMeta} from './types.js';

export {articleSlugs} from './generated/meta.js';

export const DEFAULT_ARTICLE = 'menopause-hip-leg-pain';

/** The metadata of the bundled article `slug`, or `undefined` when there is none (`toString` is no slug). */
export const articleMeta = (slug: string): ArticleMeta | undefined =>
  Object.prototype.hasOwnProperty.call(metas, slug) ? metas[slug] : undefined;
