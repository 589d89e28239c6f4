// Hands page-level settings to the SensIQ elements inside a host (<sensiq-provider>, <sensiq-article>), speaking
// the context protocol that @lit/context's @consume uses. Written out rather than @provide: we need only
// request, subscribe and update, and this is a fraction of the bytes of @lit/context's provider.
import type {ContextEvent} from '@lit/context';
import {settingsContext, type SensiqSettings} from './context.js';

type Request = ContextEvent<typeof settingsContext>;
type Callback = Request['callback'];

export class SettingsProvider {
  private readonly subscribers = new Map<Callback, () => void>();
  private value: SensiqSettings = {};

  constructor(host: HTMLElement) {
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

  /** Hands `value` to every subscribed element. */
  set(value: SensiqSettings): void {
    this.value = value;
    this.subscribers.forEach((unsubscribe, callback) => callback(value, unsubscribe));
  }
}
