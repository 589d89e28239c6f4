// Settings requests that reach the document unanswered, kept for a provider defined later. Every element's
// definition starts the keeping (define.ts), so this stays out of provide.ts, which only the provider and the
// article need.
import type {ContextEvent} from '@lit/context';
import {settingsContext} from './context.js';

type Request = ContextEvent<typeof settingsContext>;
type Callback = Request['callback'];

// Requests no provider answered, page-wide and shared by every copy of the library: with the loader or
// per-element files, an element may be defined, and ask, before the provider around it exists.
const UNANSWERED = Symbol.for('sensiq.unanswered-settings');
type Unanswered = [WeakRef<Element>, WeakRef<Callback>][];
const page = globalThis as {[UNANSWERED]?: Unanswered};

/** Keeps settings requests that reach the document unanswered, for a provider defined later. Once per page. */
export function keepUnanswered(): void {
  if (page[UNANSWERED]) return;
  const unanswered: Unanswered = (page[UNANSWERED] = []);
  // No document while prerendering on a server: nothing asks there.
  globalThis.document?.addEventListener('context-request', (event) => {
    const {context, contextTarget, callback, subscribe} = event as Request;
    if (context !== settingsContext || !subscribe) return;
    // Only elements still on the page wait: one that left asks again when it comes back, so a page that
    // mounts and unmounts widgets without a provider does not grow this list forever.
    for (let i = unanswered.length - 1; i >= 0; i--) if (!unanswered[i][0].deref()?.isConnected) unanswered.splice(i, 1);
    unanswered.push([new WeakRef(contextTarget), new WeakRef(callback)]);
  });
}

/** The requests kept so far, handed over once: a provider that just connected asks them to ask again. */
export const takeUnanswered = (): Unanswered => page[UNANSWERED]?.splice(0) ?? [];
