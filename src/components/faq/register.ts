// Registers <sensiq-faq>. Importing this module has the side effect; the class module has none.
import {defineElement} from '../../internal/define.js';
import {SensiqFaq, type SensiqFaqToggleDetail} from './sensiq-faq.js';

defineElement('sensiq-faq', SensiqFaq);

declare global {
  interface HTMLElementTagNameMap {
    'sensiq-faq': SensiqFaq;
  }
  interface GlobalEventHandlersEventMap {
    'sensiq-faq-toggle': CustomEvent<SensiqFaqToggleDetail>;
  }
}

export {SensiqFaq};
export type {SensiqFaqToggleDetail};
