// Page-level settings that <sensiq-provider> (and <sensiq-article> for its nested elements) share through
// @lit/context. The key is a string on purpose: two copies of the library on one page must find each other.
import {createContext} from '@lit/context';
import type {HeadingLevel} from './attributes.js';

/** `page`: the page's own colours, nothing painted; the others paint their own surface (host-styles.ts). */
export type Theme = 'page' | 'light' | 'dark' | 'auto';
export const THEMES: readonly Theme[] = ['page', 'light', 'dark', 'auto'];

/** Where interactions are reported: `datalayer` pushes them to Google Tag Manager's dataLayer (analytics.ts). */
export type Analytics = 'datalayer';

export interface SensiqSettings {
  /** Article slug for nested elements that do not name one. */
  article?: string;
  /** Heading level nested elements start from. */
  headingLevel?: HeadingLevel;
  /** Clinic mode: nested elements drop product promotion. */
  noPromo?: boolean;
  theme?: Theme;
  /** Where nested elements report interactions (chooseAnalytics). */
  analytics?: Analytics;
}

export const settingsContext = createContext<SensiqSettings>('sensiq-settings');
