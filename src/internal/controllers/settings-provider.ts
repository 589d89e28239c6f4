// Hands page-level settings down to the SensIQ elements inside a host (<sensiq-provider>, <sensiq-article>),
// with @lit/context's ContextProvider. When it connects, the elements that asked before any provider could
// answer (late-providers.ts) ask again.
import {ContextProvider} from '@lit/context';
import type {ReactiveElement} from 'lit';
import {settingsContext, type SensiqSettings} from '../context.js';
import {askAgain} from '../late-providers.js';

const FIELDS = ['article', 'headingLevel', 'noPromo', 'theme'] as const;

export class SettingsProvider extends ContextProvider<typeof settingsContext> {
  constructor(host: ReactiveElement) {
    super(host, {context: settingsContext, initialValue: {}});
  }

  override hostConnected(): void {
    super.hostConnected();
    askAgain();
  }

  /** Hands `settings` to every element inside, unless they equal what it has: no needless re-render. */
  set(settings: SensiqSettings): void {
    if (FIELDS.some((field) => settings[field] !== this.value[field])) this.setValue(settings);
  }
}
