// The one Theme switch in Storybook's toolbar: the page behind a story and the elements' own `theme` change
// together, so text always sits on a background made for it. Its titles use the words of the Colours setting
// (settings.ts). "Match my page" leaves `theme` unset: the elements take the page's text colour and paint
// nothing, as they do on a host page. A story's own `theme`
// arg wins over the switch, as an element's attribute wins over a provider's.
import {palettes} from '../../src/internal/palette.js';

type Page = 'light' | 'dark' | 'auto';

interface PageTheme {
  /** What the toolbar shows. */
  title: string;
  /** The page's background and text colour: a theme's surface and text, or the reader's system setting. */
  page: Page;
  /** The elements' `theme`, unless a story sets its own. */
  theme?: 'light' | 'dark' | 'auto';
}

export const PAGE_THEMES = {
  'page-light': {title: 'Match my page: light page', page: 'light'},
  'page-dark': {title: 'Match my page: dark page', page: 'dark'},
  light: {title: 'Light card on a light page', page: 'light', theme: 'light'},
  dark: {title: 'Dark card on a dark page', page: 'dark', theme: 'dark'},
  auto: {title: "Follow the visitor's device", page: 'auto', theme: 'auto'},
} satisfies Record<string, PageTheme>;

export type PageThemeName = keyof typeof PAGE_THEMES;

export const DEFAULT_PAGE_THEME: PageThemeName = 'page-light';

/** The page theme for a toolbar value, the default for anything else. */
export const pageTheme = (name: unknown): PageTheme =>
  PAGE_THEMES[(name as PageThemeName) in PAGE_THEMES ? (name as PageThemeName) : DEFAULT_PAGE_THEME];

const colours = (palette: 'light' | 'dark') =>
  `background: ${palettes[palette].surface}; color: ${palettes[palette].text}; color-scheme: ${palette};`;

/**
 * The pages, as CSS for `[data-sensiq-page]`: on the canvas's body in a story, and on the frame around each
 * story in a docs page (whose own background stays Storybook's).
 */
export const PAGE_CSS = `
  [data-sensiq-page='light'], [data-sensiq-page='auto'] { ${colours('light')} }
  [data-sensiq-page='dark'] { ${colours('dark')} }
  @media (prefers-color-scheme: dark) { [data-sensiq-page='auto'] { ${colours('dark')} } }
  [data-sensiq-page] { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
  .sensiq-page { padding: 1em; }
  /* Storybook fades the canvas background for 0.3 s; the a11y check would measure text against a half-faded
     background. Switch instantly, as a real page would. */
  body { transition: none !important; }
`;

/** The frame the toolbar's decorator puts around every story: not part of what a designer copies. */
const PAGE_FRAME = /^\s*<div class="sensiq-page"[^>]*>([\s\S]*)<\/div>\s*$/;

/** A story's code as a designer pastes it ("Show code"): the element(s) and any style the story sets, unframed. */
export const withoutPageFrame = (code: string): string => (PAGE_FRAME.exec(code)?.[1] ?? code).trim();
