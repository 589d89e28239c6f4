// Elements that asked for page-level settings before any provider could answer, asked again when a provider
// arrives. With the loader or per-element files an element may be defined, and ask, before the
// <sensiq-provider> around it exists. The list is page-wide (page.ts): every copy of the library uses it.
//
// @lit/context offers ContextRoot for this; we keep our own because ContextRoot's waiting list only empties
// when a provider arrives, so a page that mounts and unmounts widgets without any provider grows it forever
// (the hostile suite's 100-cycle test watches for that), and each copy of the library would replay every
// request once per copy. The element adds itself here, and the provider replays the list when it connects,
// so no document-wide listener runs on the pages (most of them) that have no provider at all.
import {ContextEvent} from '@lit/context';
import {settingsContext} from './context.js';
import {pageSlot} from './page.js';

type Callback = ContextEvent<typeof settingsContext>['callback'];
type Waiting = [WeakRef<Element>, WeakRef<Callback>][];

const waiting = () => pageSlot<Waiting>('unanswered-settings', () => []);

/** `element` asked with `callback` and no provider answered: it waits for one. */
export function waitForProvider(element: Element, callback: Callback): void {
  const list = waiting();
  // Only elements still on the page wait: one that left asks again when it comes back.
  for (let i = list.length - 1; i >= 0; i--) if (!list[i][0].deref()?.isConnected) list.splice(i, 1);
  list.push([new WeakRef(element), new WeakRef(callback)]);
}

/** A provider connected: every waiting element asks again; those inside it get their answer, the others wait on. */
export function askAgain(): void {
  for (const [element, callback] of waiting().splice(0)) {
    const target = element.deref();
    const answer = callback.deref();
    if (!target?.isConnected || !answer) continue;
    let answered = false;
    target.dispatchEvent(
      new ContextEvent(
        settingsContext,
        target,
        (value, unsubscribe) => ((answered = true), answer(value, unsubscribe)),
        true
      )
    );
    if (!answered) waitForProvider(target, answer);
  }
}
