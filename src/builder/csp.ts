// The `style-src` sources a strict Content Security Policy needs for a prerendered snippet, named in its first
// line, for the builder's snippets and the build's (scripts/prerender.mjs) alike: a hash per inline <style>, and
// for the style attribute that carries the custom properties chosen in Look, 'unsafe-hashes' with its hash.
//
// @noble/hashes rather than crypto.subtle: the code box is filled synchronously, and crypto.subtle is missing
// where the builder is opened over plain http from another host (not a secure context).
import {sha256} from '@noble/hashes/sha2.js';
import {utf8ToBytes} from '@noble/hashes/utils.js';

const source = (text: string) => `'sha256-${btoa(String.fromCharCode(...sha256(utf8ToBytes(text))))}'`;

/**
 * The sources for the <style> elements in `markup` (their text as written: a raw-text element's content is what
 * the browser hashes) and for `styleAttribute`, the value of the element's style attribute, if it has one.
 */
export function styleSources(markup: string, styleAttribute?: string): string {
  const styles = [...markup.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => source(css));
  const attribute = styleAttribute ? ["'unsafe-hashes'", source(styleAttribute)] : [];
  return [...new Set(styles), ...attribute].join(' ');
}
