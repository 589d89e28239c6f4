// Settings requests that reach the document unanswered, asked again when a provider arrives. With the loader
// or per-element files an element may be defined, and ask, before the <sensiq-provider> around it exists.
//
// @lit/context has this as ContextRoot; we keep our own for two reasons. ContextRoot's waiting list only
// empties when a provider arrives, so a page that mounts and unmounts widgets without any provider grows it
// forever (the hostile suite's 100-cycle test watches for that); and one ContextRoot per copy of the library
// would replay every request once per copy. Here the list is page-wide (page.ts) and keeps only elements
// that are still on the page.
import {ContextEvent} from '@lit/context';
import {settingsContext} from './context.js';
import {pageSlot} from './page.js';

type Request = ContextEvent<typeof settingsContext>;
type Waiting = [WeakRef<Element>, WeakRef<Request['callback']>][];

/** Starts keeping unanswered settings requests, once per page; @lit/context's ContextProvider announces itself. */
export function answerLateProviders(): void {
  // No document while prerendering on a server: nothing asks there.
  if (!globalThis.document) return;
  pageSlot('unanswered-settings', () => {
    const waiting: Waiting = [];
    document.addEventListener('context-request', (event) => {
      const {context, contextTarget, callback, subscribe} = event as Request;
      if (context !== settingsContext || !subscribe) return;
      // Elements that left ask again when they come back.
      for (let i = waiting.length - 1; i >= 0; i--) if (!waiting[i][0].deref()?.isConnected) waiting.splice(i, 1);
      waiting.push([new WeakRef(contextTarget), new WeakRef(callback)]);
    });
    // A provider connected (ContextProvider's `context-provider` event): everyone waiting asks again; those
    // inside it get their answer, the others wait on.
    document.addEventListener('context-provider', (event) => {
      if ((event as Event & {context?: unknown}).context !== settingsContext) return;
      for (const [element, callback] of waiting.splice(0)) {
        const target = element.deref();
        const answer = callback.deref();
        if (target && answer) target.dispatchEvent(new ContextEvent(settingsContext, target, answer, true));
      }
    });
    return waiting;
  });
}
