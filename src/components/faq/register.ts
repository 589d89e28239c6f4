// Registers <sensiq-faq>. Importing this module has the side effect; the class module has none.
import {defineElement} from '../../internal/define.js';
import {
  SensiqFaq,
  type SensiqFaqToggleDetail,
  type SensiqFaqSearchDetail,
  type SensiqFaqCopyLinkDetail,
} from './sensiq-faq.js';

defineElement('sensiq-faq', SensiqFaq);

declare global {
  interface HTMLElementTagNameMap {
    'sensiq-faq': SensiqFaq;
  }
}

export {SensiqFaq};
export type {SensiqFaqToggleDetail, SensiqFaqSearchDetail, SensiqFaqCopyLinkDetail};
