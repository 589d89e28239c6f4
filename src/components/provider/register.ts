// Registers <sensiq-provider>. Importing this module has the side effect; the class module has none.
import {defineElement} from '../../internal/define.js';
import {SensiqProvider} from './sensiq-provider.js';

defineElement('sensiq-provider', SensiqProvider);

declare global {
  interface HTMLElementTagNameMap {
    'sensiq-provider': SensiqProvider;
  }
}

export {SensiqProvider};
