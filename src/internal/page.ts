// The contract between copies of SensIQ Embed on one page. A page may hold several copies: the script pasted
// twice, a standalone element file beside the shared chunks, the bundle next to the loader, two releases. They
// know nothing of each other's modules and meet only through what this module lists, so every name here is
// kept from release to release:
//
//   window.SensIQ                 {version, content}: published by the first copy to define an element, whose
//                                 elements are the ones on the page; read-only. `content` holds, per bundled
//                                 article slug, {revision, retrieved}: which text that copy shows.
//   globalThis[Symbol.for('sensiq.<slot>')], through pageSlot():
//     said                        warnings already given on this page (a version clash, a refused policy)
//     unanswered-settings         elements whose settings request no provider has answered yet, with their
//                                 callbacks (late-providers.ts): a provider that connects replays them
//     json-ld.policy              the Trusted Types policy that writes structured data (json-ld.ts)
//   the context key 'sensiq-settings' (context.ts) and @lit/context's `context-request` event, which
//   carries settings between copies.
//
// Everything else (a copy's JSON-LD blocks, its per-element warnings) belongs to that copy alone.
import {VERSION} from './version.js';
import {revisions} from '../content/generated/meta.js';
import type {ContentRevision} from '../content/types.js';

declare global {
  interface Window {
    /** Set by the first copy of SensIQ Embed on the page; read-only. */
    readonly SensIQ?: {
      readonly version: string;
      /** By article slug: the revision of its source text (12 hex digits of its SHA-256) and its retrieval date. */
      readonly content: Readonly<Record<string, ContentRevision>>;
    };
  }
}

type Slots = {[key: symbol]: unknown};

/** The page-wide value named `name`, made by `create` for the first copy that asks. */
export function pageSlot<T>(name: string, create: () => T): T {
  const key = Symbol.for(`sensiq.${name}`);
  const page = globalThis as Slots;
  if (!(key in page)) page[key] = create();
  return page[key] as T;
}

/** Publishes `window.SensIQ` unless an earlier copy did. */
export function publishVersion(): void {
  if ('SensIQ' in globalThis) return;
  Object.defineProperty(globalThis, 'SensIQ', {
    value: Object.freeze({version: VERSION, content: revisions}),
    enumerable: false,
  });
}
