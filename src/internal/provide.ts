// Hands page-level settings to the SensIQ elements inside a host (<sensiq-provider>, <sensiq-article>), speaking
// the context protocol of @lit/context's ContextConsumer. Written out rather than @provide: we need only
// request, subscribe, update and late arrival, in a fraction of the bytes of @lit/context's provider.
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {ContextEvent} from '@lit/context';
import {settingsContext, type SensiqSettings} from './context.js';
import {takeUnanswered} from './unanswered.js';

type Request = ContextEvent<typeof settingsContext>;
type Callback = Request['callback'];

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
      // One stable unsubscribe per consumer: ContextConsumer treats a new one as a change of provider.
      if (subscribe && !unsubscribe) this.subscribers.set(callback, (unsubscribe = () => this.subscribers.delete(callback)));
      callback(this.value, unsubscribe);
    });
  }

  /** Elements that asked before this provider existed ask again; those inside it get their answer now. */
  hostConnected(): void {
    for (const [element, callback] of takeUnanswered()) {
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
