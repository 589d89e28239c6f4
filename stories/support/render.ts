// Renders any SensIQ element from story args, so every element gets working controls without a template:
// args named like an attribute become attributes, args named `--sensiq-*` are set on a wrapping frame
// (a designer's tokens reach the element by inheritance, as on a real page).
import type {Args} from '@storybook/web-components-vite';

/** `<div class="sensiq-story"><tag …attributes></tag></div>` for `args`. */
export function renderElement(tag: string, args: Args = {}): HTMLElement {
  const frame = document.createElement('div');
  frame.className = 'sensiq-story';
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined || value === null || value === false || value === '') continue;
    if (typeof value === 'function' || typeof value === 'object') continue; // actions, property-only args
    if (name.startsWith('--')) frame.style.setProperty(name, String(value));
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  frame.append(element);
  return frame;
}
