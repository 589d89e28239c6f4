// The entry of dist/loader.js: finds SensIQ elements and [data-sensiq] placeholders in the document (not
// inside shadow roots), now and as the page changes, and imports only the element files for the tags in use.
// Only tags known at build time are ever imported; page input never names a module.
//
// Which file: a page whose first SensIQ content is one kind of element (the common case: a clinic's FAQ, a
// product page's takeaways) gets <tag>.standalone.js, that element with Lit and everything it needs in one
// file, which compresses better and arrives in one request. Otherwise, and for every element that appears
// after that first batch, <tag>.js and its shared chunks, so several elements share one copy of Lit. Both
// sit in ELEMENT_FOLDER: ./components/ in dist/, the loader's own folder in Shopify's flat assets. (Two copies on one page work together; that is what pasting the script twice does.)
import {ELEMENT_FOLDER, TAGS} from 'sensiq:element-tags';
import {watchPage} from './internal/watch-page.js';
import {warnOnce} from './internal/warn.js';

const requested = new Set<string>();
let batch: string[] | undefined; // tags asked for since the last import, imported together at the next microtask
let firstBatch = true;
// Whether every element found so far came with its content in the HTML (a declarative shadow root: the
// WordPress and Shopify blocks, prerendered snippets). Such a page is readable before any script: the first
// batch waits until the browser reports the page's first paint on screen, so neither fetching nor evaluating
// our code holds that paint back. The report, not the next frame: the screen can show a frame well after the
// frame's work has ended, and Lighthouse counts every file that arrived before the screen showed the paint.
// Every browser that reads declarative shadow roots reports paints (the others never take this path). A page
// may have nothing to report (its elements empty and nothing else on it, or a tab that is never shown): there
// the batch goes a second after the loader ran.
let prerendered = true;

function importBatch(): void {
  if (firstBatch && prerendered) {
    prerendered = false;
    // Any paint report, first paint or first contentful: waiting for the contentful one (text held back by a
    // font the host loads) cost 33 B on the FAQ's critical path. A second call, from the other wait or a second
    // report, finds no batch, or takes one a microtask early.
    new PerformanceObserver(importBatch).observe({type: 'paint', buffered: true});
    setTimeout(importBatch, 1000);
    return;
  }
  const tags = batch ?? [];
  const standalone = firstBatch && !tags[1]; // one kind of element (written so, 4 B less than a length check)
  firstBatch = false;
  batch = undefined;
  for (const tag of tags) {
    // A page may name the element's self-contained file in a <link rel="modulepreload"> (a hand-written head,
    // or code from the builder before it handed out the element's file itself), so the browser fetches it before
    // this loader runs. Each hinted file is used rather than fetch the shared ones as well: two copies of Lit,
    // but no request after this one.
    const hinted = document.querySelector(`link[rel=modulepreload][href$="${tag}.standalone.js"]`);
    const file = standalone || hinted ? `${tag}.standalone` : tag;
    // A relative specifier in import() resolves against this module's own URL (import.meta.url), so the
    // loader works from any directory or CDN path next to its element files.
    import(`${ELEMENT_FOLDER}${file}.js`).catch((error: unknown) =>
      warnOnce(document, tag, `could not load <${tag}>: ${error}`)
    );
  }
}

function load(tag: string, element?: Element): Promise<unknown> {
  prerendered &&= !!element?.shadowRoot;
  if (!requested.has(tag) && !customElements.get(tag)) {
    requested.add(tag);
    // Tags found by one scan of the page (or one batch of page changes) arrive in the same task.
    if (!batch) queueMicrotask(importBatch);
    (batch ??= []).push(tag);
  }
  return customElements.whenDefined(tag);
}

watchPage(TAGS, load);
