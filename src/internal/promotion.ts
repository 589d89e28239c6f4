// Clinic mode in one place: content marked as promoting a SensIQ product (compiled from the curation file)
// is left out wherever an element or its structured data would show it.
import type {Promotable} from '../content/types.js';

/**
 * `items` without the promotional ones when `hide` is on (the default: structured data never promotes).
 * Any content item may be passed; those that cannot be promotional (a list as a whole) are always kept.
 */
export const withoutPromotion = <T extends object>(items: readonly T[], hide = true): readonly T[] =>
  hide ? items.filter((item) => !(item as Promotable).promo) : items;
