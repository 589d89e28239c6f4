// The `analytics` setting, checked: shared by the dataLayer bridge (analytics.ts) and the elements that hand
// settings down (<sensiq-provider>, <sensiq-article>). Its own module, so a FAQ file without analytics holds none of it.
import {trimmedText, warnInvalid} from './attributes.js';
import type {Analytics} from './context.js';

export const ANALYTICS: readonly Analytics[] = ['datalayer'];

/**
 * The analytics `host` uses: its own valid `analytics` (an invalid one warns once), else what its provider
 * handed down. Providers hand down what this returns, so their elements read a checked value.
 */
export function chooseAnalytics(host: Element, own: unknown, inherited: unknown): Analytics | undefined {
  const fallback = inherited === 'datalayer' ? inherited : undefined;
  const keyword = trimmedText(own)?.toLowerCase() as Analytics | undefined;
  if (keyword === undefined || ANALYTICS.includes(keyword)) return keyword ?? fallback;
  const valid = ANALYTICS.map((value) => `"${value}"`).join(', ');
  warnInvalid(host, 'analytics', own, valid, fallback ? `the provider's "${fallback}"` : 'no analytics');
  return fallback;
}
