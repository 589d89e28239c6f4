// The library's events: each one's name and `detail` type, declared for `addEventListener`, and the one emit()
// that announces them. Every event bubbles and crosses shadow roots, so a page hears it on the element or above.

/** `detail` of `sensiq-faq-toggle`: which question a visitor opened or closed. */
export interface SensiqFaqToggleDetail {
  id: string;
  question: string;
  open: boolean;
}

/** `detail` of `sensiq-faq-search`: how many questions the visitor's search found, never what was typed. */
export interface SensiqFaqSearchDetail {
  matches: number;
  total: number;
}

/** `detail` of `sensiq-faq-copy-link`: which question's link the visitor copied, and whether it worked. */
export interface SensiqFaqCopyLinkDetail {
  id: string;
  question: string;
  copied: boolean;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sensiq-faq-toggle': CustomEvent<SensiqFaqToggleDetail>;
    'sensiq-faq-search': CustomEvent<SensiqFaqSearchDetail>;
    'sensiq-faq-copy-link': CustomEvent<SensiqFaqCopyLinkDetail>;
  }
}

type SensiqEventName = Extract<keyof GlobalEventHandlersEventMap, `sensiq-${string}`>;

/** Announces `name` from `target` with `detail`, bubbling and crossing shadow roots. */
export const emit = <Name extends SensiqEventName>(
  target: EventTarget,
  name: Name,
  detail: GlobalEventHandlersEventMap[Name]['detail']
): boolean => target.dispatchEvent(new CustomEvent(name, {bubbles: true, composed: true, detail}));
