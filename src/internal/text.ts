// Untrusted values as text: what an attribute or a property holds, read without throwing, and shortened
// before it reaches the console.

/**
 * Any value as text, without throwing: an attribute is always a string, but scripts and frameworks (React
 * sets properties) may hand a property an array, a symbol, or an object whose toString throws.
 */
export function asText(value: unknown): string {
  try {
    return String(value);
  } catch {
    return '[a value that cannot be read as text]';
  }
}

/** Shortens untrusted values before they reach the console (a 1 MB attribute must not flood it). */
export function quote(value: unknown): string {
  const text = asText(value);
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);
}
