// The analytics bridge (analytics="datalayer"): pushes what a visitor does with an element to the page's
// Google Tag Manager `window.dataLayer`, as flat objects GTM's Custom Event triggers read. Loaded (lazy.ts) only
// where an element or its provider sets `analytics`, so other pages never receive it.
//
// It listens on the element itself: to the events the elements announce (sensiq-faq-toggle, sensiq-faq-search,
// sensiq-faq-copy-link) and to clicks on the links they document as parts (`link`: the source article, `cta`,
// the emergency number's tel: link). It never creates the dataLayer (a page that creates it later is pushed to
// from then on), stores nothing, sends nothing, and pushes no text the visitor typed: a search is pushed as its
// match count only.
import {chooseAnalytics} from './analytics-setting.js';
import type {SensiqSettings} from './context.js';

/** One push, as GTM reads it: `event` names the trigger, the other keys become Data Layer Variables. */
export type DataLayerPush = {event: string} & Record<`sensiq_${string}`, string | number | boolean>;

/** The article each tracked element shows, by element: present while its analytics are on. */
const tracked = new WeakMap<Element, string>();

const EVENTS = ['click', 'sensiq-faq-toggle', 'sensiq-faq-search', 'sensiq-faq-copy-link'] as const;

/**
 * Turns the bridge on or off for `host` from its own `analytics` (an invalid value warns once) and the settings
 * its provider hands down, for an element showing article `slug`. Called on every update once this module is here.
 */
export function track(host: HTMLElement & {analytics?: unknown}, inherited: SensiqSettings, slug = ''): void {
  const inUse = chooseAnalytics(host, host.analytics, inherited.analytics);
  const on = tracked.has(host);
  if (inUse) tracked.set(host, slug);
  else tracked.delete(host);
  if (!!inUse === on) return;
  for (const type of EVENTS) (inUse ? host.addEventListener : host.removeEventListener).call(host, type, listener);
}

/** Pushes `push` if the page has a dataLayer now; a page without GTM (or whose dataLayer throws) is left alone. */
function toDataLayer(push: DataLayerPush): void {
  try {
    const layer = (globalThis as {dataLayer?: {push?: unknown}}).dataLayer;
    if (typeof layer?.push === 'function') layer.push(push);
  } catch {
    // a hostile or broken dataLayer must not break the element
  }
}

function listener(this: HTMLElement, event: Event): void {
  const host = this; // eslint-disable-line @typescript-eslint/no-this-alias -- the element the listener is on, named
  const origin = event.composedPath()[0];
  // Only what happened in this element itself: an element nested in <sensiq-article> pushes its own, once.
  if (origin !== host && (origin as Node).getRootNode?.() !== host.shadowRoot) return;
  const common = {sensiq_element: host.localName, sensiq_article: tracked.get(host) ?? ''};
  const push = pushFor(event, origin as Element);
  if (push) toDataLayer({...push, ...common});
}

/** What `event` (whose first target is `origin`) pushes, without the keys every push has; none for other clicks. */
function pushFor(event: Event, origin: Element): DataLayerPush | undefined {
  const detail = (event as CustomEvent).detail;
  switch (event.type) {
    case 'sensiq-faq-toggle':
      return {
        event: 'sensiq_faq_toggle',
        sensiq_question_id: detail.id,
        sensiq_question: detail.question,
        sensiq_open: detail.open,
      };
    case 'sensiq-faq-search':
      return {event: 'sensiq_faq_search', sensiq_match_count: detail.matches, sensiq_question_count: detail.total};
    case 'sensiq-faq-copy-link':
      return {
        event: 'sensiq_faq_copy_link',
        sensiq_question_id: detail.id,
        sensiq_question: detail.question,
        sensiq_copied: detail.copied,
      };
  }
  const link = origin.closest?.('a[href]') as HTMLAnchorElement | null;
  if (!link) return undefined;
  const part = link.part;
  const url = {sensiq_link_url: link.href};
  if (part.contains('cta'))
    return {event: 'sensiq_cta_click', ...url, sensiq_link_text: link.textContent?.trim() ?? ''};
  if (part.contains('link')) return {event: 'sensiq_source_link_click', ...url};
  if (link.protocol === 'tel:') return {event: 'sensiq_emergency_number_click'};
  return undefined;
}
