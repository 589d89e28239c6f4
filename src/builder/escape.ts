// Escaping for every place the builder writes a value into code a person pastes somewhere else. Each function
// takes any text and returns text that stays a value in its place: never markup, never syntax of the platform.

/** Inside a double-quoted HTML attribute: `&`, `"`, `<` and `>` as character references. */
export const htmlAttribute = (value: string): string =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** A text node's content (`<style>` and `<script>` aside): `&`, `<`, `>` and no-break spaces as references. */
export const htmlText = (value: string): string =>
  value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('\u00a0', '&nbsp;');

/**
 * Inside a double-quoted WordPress shortcode attribute, or a `data-*` attribute in a WordPress post: also `[`
 * and `]`, which would end the shortcode (WordPress also expands shortcodes inside HTML attributes), and `\`,
 * which WordPress reads as a C escape (`stripcslashes`). The plugin writes values with `esc_attr`, which keeps
 * character references as they are, so the browser reads the original text.
 */
export const wordpressAttribute = (value: string): string =>
  htmlAttribute(value).replaceAll('[', '&#91;').replaceAll(']', '&#93;').replaceAll('\\', '&#92;');

/** Inside an HTML attribute in a Shopify Liquid template: also `{` and `}`, which would start Liquid output or tags. */
export const liquidAttribute = (value: string): string =>
  htmlAttribute(value).replaceAll('{', '&#123;').replaceAll('}', '&#125;');

/**
 * A custom property's value as the builder accepts it: letters, digits, spaces and `# % . , ' ( ) / + -`. That
 * covers colours, lengths and font lists, and keeps a value from ending its declaration (`;`), its rule (`}`), a
 * `<style>` block (`<`) or its attribute (`"`). WordPress also drops a declaration with `(` (but `var()` and
 * `calc()`), so colours are written as hex.
 */
export const isSafeCssValue = (value: string): boolean => /^[\p{L}\p{N} #%.,'()/+-]*$/u.test(value);
