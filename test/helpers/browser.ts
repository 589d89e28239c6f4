// Browser-side test helpers: the source file, console capture, and reading what a person sees.
import {SOURCE_PATH} from './source.js';

let sourcePromise: Promise<string> | undefined;

/** The source markdown as served by the test runner. */
export function loadSource(): Promise<string> {
  sourcePromise ??= fetch(`/${SOURCE_PATH}`).then((response) => {
    if (!response.ok) throw new Error(`cannot load ${SOURCE_PATH}: ${response.status}`);
    return response.text();
  });
  return sourcePromise;
}

/** Records console.warn calls until `restore()`. */
export function captureWarnings(): {messages: string[]; restore: () => void} {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {messages, restore: () => (console.warn = original)};
}

/** The console.warn messages logged while `body` runs. */
export async function warningsDuring(body: () => Promise<unknown>): Promise<string[]> {
  const warnings = captureWarnings();
  try {
    await body();
  } finally {
    warnings.restore();
  }
  return warnings.messages;
}

/** Visible text with whitespace collapsed, as a reader would read it. */
export function readable(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The elements matching `selector` inside `host`'s shadow root. */
export function shadowAll<T extends Element = HTMLElement>(host: Element, selector: string): T[] {
  return [...(host.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

export function shadow<T extends Element = HTMLElement>(host: Element, selector: string): T | null {
  return host.shadowRoot?.querySelector<T>(selector) ?? null;
}

/**
 * The revision the elements should name for the source file: the first 12 hex digits of the SHA-256 of its
 * bytes as served, worked out here with the browser's own crypto rather than by the content compiler.
 */
export async function sourceRevision(): Promise<string> {
  const bytes = await (await fetch(`/${SOURCE_PATH}`)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, 12);
}
