// The colour palettes of the light and dark themes, as data: host-styles.ts turns them into CSS and the tests
// check their contrast, so the values live in one place. Both pass WCAG AA for text and accent on surface.

export interface Palette {
  /** `--sensiq-accent`: links, focus rings, markers. */
  accent: string;
  /** `--sensiq-text`: body text. */
  text: string;
  /** `--sensiq-muted-text`: secondary text. */
  muted: string;
  /** `--sensiq-surface`: backgrounds of boxes and panels. */
  surface: string;
  /** `--sensiq-border`: borders and dividers. */
  border: string;
}

export const palettes: {readonly light: Palette; readonly dark: Palette} = {
  light: {accent: '#0b5f8a', text: '#1d2329', muted: '#4d5660', surface: '#ffffff', border: '#c5ccd3'},
  dark: {accent: '#6cbcec', text: '#e8ecf0', muted: '#aab4bf', surface: '#15191e', border: '#5b6672'},
};

/** The public custom property that overrides each palette colour. */
export const paletteProperties: {readonly [K in keyof Palette]: string} = {
  accent: '--sensiq-accent',
  text: '--sensiq-text',
  muted: '--sensiq-muted-text',
  surface: '--sensiq-surface',
  border: '--sensiq-border',
};
