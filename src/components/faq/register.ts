// Registers <sensiq-faq>. Importing this module has the side effect; the class module has none.
import {defineElement} from '../../internal/define.js';
import {SensiqFaq, type SensiqFaqToggleDetail} from './sensiq-faq.js';
import type {SensiqFaqSearchDetail} from './search.js';
import type {SensiqFaqCopyLinkDetail} from './faq-answers.js';

defineElement('sensiq-faq', SensiqFaq);

declare global {
  interface HTMLElementTagNameMap {
    'sensiq-faq': SensiqFaq;
  }
  interface GlobalEventHandlersEventMap {
    'sensiq-faq-toggle': CustomEvent<SensiqFaqToggleDetail>;
    'sensiq-faq-search': CustomEvent<SensiqFaqSearchDetail>;
    'sensiq-faq-copy-link': CustomEvent<SensiqFaqCopyLinkDetail>;
  }
}

export {SensiqFaq};
export type {SensiqFaqToggleDetail, SensiqFaqSearchDetail, SensiqFaqCopyLinkDetail};
