// Registers <sensiq-takeaways>. Importing this module has the side effect; the class module has none.
import {defineElement} from '../../internal/define.js';
import {SensiqTakeaways} from './sensiq-takeaways.js';

defineElement('sensiq-takeaways', SensiqTakeaways);

declare global {
  interface HTMLElementTagNameMap {
    'sensiq-takeaways': SensiqTakeaways;
  }
}

export {SensiqTakeaways};
