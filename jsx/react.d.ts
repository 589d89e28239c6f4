// The SensIQ elements in React 19's JSX: tags, attributes (kebab-case, as React 19 sets them) and `on<event>`
// handlers with a typed `event.detail`. Add `/// <reference types="@sensiq/embed/jsx/react" />` once.
import type {CustomElements} from './custom-elements.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
