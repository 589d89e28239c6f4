// Registers <sensiq-red-flags>. Importing this module has the side effect; the class module has none.
import {defineElement} from '../../internal/define.js';
import {SensiqRedFlags} from './sensiq-red-flags.js';

defineElement('sensiq-red-flags', SensiqRedFlags);

declare global {
  interface HTMLElementTagNameMap {
    'sensiq-red-flags': SensiqRedFlags;
  }
}

export {SensiqRedFlags};
