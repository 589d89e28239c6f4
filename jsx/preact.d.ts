// The SensIQ elements in Preact's JSX: tags, attributes and `on<event>` handlers with a typed `event.detail`.
// Add `/// <reference types="@sensiq/embed/jsx/preact" />` once.
import type {CustomElements} from './custom-elements.js';

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
