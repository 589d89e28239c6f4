// The one place that talks to the host page's console, so every warning has the same shape and is said once.
import {pageSlot} from './page.js';

const said = new WeakMap<object, Set<string>>();

function sayOnce(keys: Set<string>, key: string, message: string): void {
  if (keys.has(key)) return;
  keys.add(key);
  console.warn(`[SensIQ] ${message}`);
}

/** Logs `message` once per `owner` and `key`: re-renders must not repeat a warning. */
export function warnOnce(owner: object, key: string, message: string): void {
  let keys = said.get(owner);
  if (!keys) said.set(owner, (keys = new Set()));
  sayOnce(keys, key, message);
}

/** Logs `message` once per page for `key`, however many copies of the library are on it. */
export function warnOncePerPage(key: string, message: string): void {
  sayOnce(
    pageSlot('said', () => new Set<string>()),
    key,
    message
  );
}
