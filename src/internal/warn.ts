// One place that talks to the host page's console, so every warning has the same shape and is said once.

const said = new WeakMap<object, Set<string>>();

/** Shortens untrusted values before they reach the console (a 1 MB attribute must not flood it). */
export function quote(value: unknown): string {
  const text = String(value);
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);
}

/** Logs `message` once per `owner` and `key`: re-renders must not repeat a warning. */
export function warnOnce(owner: object, key: string, message: string): void {
  let keys = said.get(owner);
  if (!keys) said.set(owner, (keys = new Set()));
  if (keys.has(key)) return;
  keys.add(key);
  console.warn(`[SensIQ] ${message}`);
}
