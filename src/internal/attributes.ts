// Parsing of public attributes: invalid values fall back to a default and warn once, naming the
// element, the attribute and the values it accepts.
import {asText, quote} from './text.js';
import {warnOnce} from './warn.js';

export {asText};

/** The value as trimmed text, or `undefined` when unset (`null` or `undefined`); never throws. */
export const trimmedText = (value: unknown): string | undefined => (value == null ? undefined : asText(value).trim());

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** The value as the page wrote it: the attribute when present, else the property. */
function written(host: Element, attribute: string, value: unknown): unknown {
  return host.getAttribute(attribute) ?? value;
}

/** Warns that `attribute` on `host` holds a value outside `valid`, and what is used instead. */
export function warnInvalid(host: Element, attribute: string, value: unknown, valid: string, fallback: string): void {
  const shown = quote(written(host, attribute, value));
  warnOnce(
    host,
    `${attribute}=${shown}`,
    `<${host.localName}> ${attribute}=${shown} is not valid: use ${valid}. Using ${fallback}.`
  );
}

/**
 * A whole number from `min` to `max`, or `undefined` when unset or invalid (invalid values warn).
 * `fallbackText` describes what the element does instead, for the warning.
 */
export function parseInteger(
  host: Element,
  attribute: string,
  value: unknown,
  min: number,
  max: number,
  fallbackText: string
): number | undefined {
  if (value === undefined || value === null) return undefined;
  const number = typeof value === 'number' ? value : Number(asText(value).trim() || NaN);
  if (Number.isInteger(number) && number >= min && number <= max) return number;
  const range = max === Infinity ? `a whole number from ${min}` : `a whole number from ${min} to ${max}`;
  warnInvalid(host, attribute, value, range, fallbackText);
  return undefined;
}

/** A heading level 1–6, or `undefined` when unset or invalid. */
export function parseHeadingLevel(host: Element, value: unknown, fallback: HeadingLevel): HeadingLevel | undefined {
  return parseInteger(host, 'heading-level', value, 1, 6, String(fallback)) as HeadingLevel | undefined;
}

/** One of `allowed`, or `undefined` when unset or invalid. */
export function parseKeyword<T extends string>(
  host: Element,
  attribute: string,
  value: unknown,
  allowed: readonly T[],
  fallback: T
): T | undefined {
  const keyword = trimmedText(value)?.toLowerCase() as T | undefined;
  if (keyword === undefined) return undefined;
  if (allowed.includes(keyword)) return keyword;
  warnInvalid(host, attribute, value, allowed.map((v) => `"${v}"`).join(', '), `"${fallback}"`);
  return undefined;
}
