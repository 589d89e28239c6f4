// The entry of dist/loader.js: finds SensIQ elements and [data-sensiq] placeholders in the document (not
// inside shadow roots), now and as the page changes, and imports only ./components/<tag>.js for the tags
// in use. Only tags known at build time are ever imported; page input never names a module.
import {TAGS} from 'sensiq:element-tags';
import {watchPage} from './internal/placeholders.js';
import {warnOnce} from './internal/warn.js';

const requested = new Set<string>();

function load(tag: string): Promise<unknown> {
  if (!requested.has(tag) && !customElements.get(tag)) {
    requested.add(tag);
    // A relative specifier in import() resolves against this module's own URL (import.meta.url), so the
    // loader works from any directory or CDN path next to its components/ folder.
    import(`./components/${tag}.js`).catch((error: unknown) =>
      warnOnce(document, tag, `could not load <${tag}>: ${error}`)
    );
  }
  return customElements.whenDefined(tag);
}

watchPage(TAGS, load);
