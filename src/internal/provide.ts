// Hands page-level settings to the SensIQ elements inside a host (<sensiq-provider>, <sensiq-article>), speaking
// the context protocol that @lit/context's @consume uses. Written out rather than @provide: we need only
// request, subscribe, update and late arrival, in a fraction of the bytes of @lit/context's provider.
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {ContextEvent} from '@lit/context';
import {settingsContext, type SensiqSettings} from './context.js';

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

export class SettingsProvider implements ReactiveController {
  private readonly subscribers = new Map<Callback, () => void>();
  private value: SensiqSettings = {};

  constructor(host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    host.addEventListener('context-request', (event) => {
      const {context, contextTarget, callback, subscribe} = event as Request;
      // The host consumes settings too: its own request goes on to an enclosing provider.
      if (context !== settingsContext || contextTarget === host) return;
      event.stopPropagation();
      let unsubscribe = this.subscribers.get(callback);
      // One stable unsubscribe per consumer: @consume treats a new one as a change of provider.
      if (subscribe && !unsubscribe) this.subscribers.set(callback, (unsubscribe = () => this.subscribers.delete(callback)));
      callback(this.value, unsubscribe);
    });
  }

  /** Elements that asked before this provider existed ask again; those inside it get their answer now. */
  hostConnected(): void {
    for (const [element, callback] of page[UNANSWERED]?.splice(0) ?? []) {
      const target = element.deref();
      const answer = callback.deref();
      if (target && answer) target.dispatchEvent(new ContextEvent(settingsContext, target, answer, true));
    }
  }

  /** Hands `value` to every subscribed element. */
  set(value: SensiqSettings): void {
    this.value = value;
    this.subscribers.forEach((unsubscribe, callback) => callback(value, unsubscribe));
  }
}
