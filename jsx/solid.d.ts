// The SensIQ elements in Solid's JSX: tags, attributes and `on<event>` handlers with a typed `event.detail`.
// Add `/// <reference types="@sensiq/embed/jsx/solid" />` once.
import type {CustomElements} from './custom-elements.js';

declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
