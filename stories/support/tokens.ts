// The tokens every element shares, as story args: a theme playground starts from the light theme's values
// and adds the element's own custom properties. Values come from palette.ts, so the playground opens on
// exactly what ships.
import {palettes} from '../../src/internal/palette.js';

const SHARED_TOKENS = {
  '--sensiq-accent': palettes.light.accent,
  '--sensiq-text': palettes.light.text,
  '--sensiq-muted-text': palettes.light.muted,
  '--sensiq-surface': palettes.light.surface,
  '--sensiq-border': palettes.light.border,
  '--sensiq-radius': '0.5em',
  '--sensiq-space': '1em',
  '--sensiq-font-family': 'system-ui, sans-serif',
};

/** Every token a designer can set on an element: the shared ones, then `own` (the element's). */
export const playgroundTokens = (own: Record<string, string> = {}): Record<string, string> => ({
  ...SHARED_TOKENS,
  ...own,
});
