// The live preview: the real element, made anew from the settings each time (the elements warn once per element
// and value, so a new element is the one way to hear every warning the current settings deserve).
import type {Embed} from './formats.js';

type Updating = Element & {updateComplete?: Promise<unknown>};

const LOAD_TIMEOUT_MS = 10_000;

/** What one rendering of the preview gave: the element, and the `[SensIQ]` warnings it logged on the way. */
export interface Rendered {
  element: Element;
  warnings: string[];
}

/** Every element in the shadow trees under `root`, nested ones included. */
function* shadowElements(root: Element): Generator<Element> {
  for (const element of root.shadowRoot?.querySelectorAll('*') ?? []) {
    yield element;
    yield* shadowElements(element);
  }
}

/** Resolves once `element` and the SensIQ elements inside it have rendered. */
async function rendered(element: Updating): Promise<void> {
  await element.updateComplete;
  const nested = [...shadowElements(element)].filter((e) => e.localName.startsWith('sensiq-')) as Updating[];
  await Promise.all(nested.map((e) => e.updateComplete));
}

/**
 * Resolves once `element` shows everything its settings ask for. Parts a first paint does not need (the FAQ's
 * collapsed answers) are asked for a task after the first render, and updateComplete waits for them from then
 * on: a snippet made from this preview must hold them, as the build's snippets do.
 */
async function settled(element: Updating): Promise<void> {
  await rendered(element);
  await new Promise((resolve) => setTimeout(resolve));
  await rendered(element);
}

function defined(tag: string): Promise<unknown> {
  return Promise.race([
    customElements.whenDefined(tag),
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`<${tag}> did not load from ../sensiq.js`)), LOAD_TIMEOUT_MS)
    ),
  ]);
}

/**
 * Runs `work` with `console.warn` wrapped, and returns the `[SensIQ] ...` warnings logged meanwhile. Those are
 * shown next to their settings instead of the console, which would repeat them at every keystroke; any other
 * warning still reaches the console. Calls must not overlap (the preview renders one at a time).
 */
async function capturingWarnings(work: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = function (this: Console, ...args: unknown[]) {
    const text = args.map((arg) => (typeof arg === 'string' ? arg : '')).join(' ');
    if (text.startsWith('[SensIQ]')) warnings.push(text);
    else original.apply(this, args);
  };
  try {
    await work();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** Replaces what `frame` shows with the element `embed` describes, built with createElement and setAttribute. */
export async function renderPreview(frame: HTMLElement, embed: Embed): Promise<Rendered> {
  const element = document.createElement(embed.tag);
  const warnings = await capturingWarnings(async () => {
    for (const [name, value] of embed.attributes) element.setAttribute(name, value === true ? '' : value);
    for (const [name, value] of embed.properties) element.style.setProperty(name, value);
    frame.replaceChildren(element);
    await defined(embed.tag);
    await settled(element);
  });
  return {element, warnings};
}

/** The attribute a warning is about, if it is `[SensIQ] <tag> attribute=...` for this tag. */
export function warnedAttribute(warning: string, tag: string): string | undefined {
  const match = /^\[SensIQ\] <([a-z0-9-]+)> ([a-z0-9-]+)=/.exec(warning);
  return match && match[1] === tag ? match[2] : undefined;
}
