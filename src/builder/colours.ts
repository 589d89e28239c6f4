// The custom properties in a marketer's words, and the contrast guard: each colour chosen, checked against what
// it is painted on, on both preview pages (an element in the page's colours) or in the theme chosen, against
// WCAG 2.2's minimums (1.4.3: 4.5:1 for text; 1.4.11: 3:1 for controls, borders and marks).
import type {PropertySpec} from './builder-data.js';

/** What a colour is painted as: text (4.5:1), a mark or border (3:1), the background, or the button's fill. */
type Role = 'text' | 'mark' | 'surface' | 'button' | 'button-text';

/** Each custom property by what it changes, and for colours their role. Unknown ones keep their names. */
export const PROPERTY_WORDS: Readonly<Record<string, {label: string; role?: Role}>> = {
  '--sensiq-text': {label: 'Text colour', role: 'text'},
  '--sensiq-muted-text': {label: 'Secondary text colour', role: 'text'},
  '--sensiq-accent': {label: 'Accent (links and button)', role: 'text'},
  '--sensiq-surface': {label: 'Card background', role: 'surface'},
  '--sensiq-border': {label: 'Border colour', role: 'mark'},
  '--sensiq-cta-background': {label: 'Button colour', role: 'button'},
  '--sensiq-cta-text': {label: 'Button text colour', role: 'button-text'},
  '--sensiq-faq-divider': {label: 'Lines between questions', role: 'mark'},
  '--sensiq-faq-icon': {label: 'Open and close arrows', role: 'mark'},
  '--sensiq-red-flags-accent': {label: 'Warning border and mark', role: 'mark'},
  '--sensiq-takeaways-marker': {label: 'Side line and bullets', role: 'mark'},
  '--sensiq-radius': {label: 'Corner roundness'},
  '--sensiq-space': {label: 'Spacing'},
  '--sensiq-font-family': {label: 'Font'},
};

export const propertyLabel = (name: string): string => PROPERTY_WORDS[name]?.label ?? name;

/** The two preview pages, as builder.css paints them. */
const PAGES = {
  light: {name: 'the light page', background: '#ffffff', text: '#1d2329'},
  dark: {name: 'the dark page', background: '#14181d', text: '#e8ecf0'},
} as const;

type Rgb = readonly [number, number, number];

/** A CSS colour as sRGB 0-255, read by the browser (any colour a link may hold), or undefined. */
let probe: CanvasRenderingContext2D | null | undefined;
export function parseColour(value: string): Rgb | undefined {
  probe ??= document.createElement('canvas').getContext('2d');
  if (!probe) return undefined;
  probe.fillStyle = '#010203';
  probe.fillStyle = value;
  const read = String(probe.fillStyle);
  if (read === '#010203' && value.trim().toLowerCase() !== '#010203') return undefined;
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(read);
  if (hex) return [1, 2, 3].map((i) => parseInt(hex[i], 16)) as unknown as Rgb;
  // rgba(): a see-through colour has no one contrast; it is not checked.
  return undefined;
}

const mix = (a: Rgb, b: Rgb, share: number): Rgb => a.map((v, i) => v * share + b[i] * (1 - share)) as unknown as Rgb;

function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG's contrast ratio of two colours, from 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** One check of a chosen colour: where, the ratio found and the minimum. */
export interface ContrastCheck {
  property: string;
  where: string;
  what: string;
  ratio: number;
  minimum: number;
}

/** Where the element is seen: a preview page with the element in the page's colours, or a theme's card. */
interface Context {
  where: string;
  colour(name: string): Rgb;
}

/**
 * The colours of each place the element may be seen with these settings: `page` (or no valid theme) on both
 * preview pages, `light`/`dark` in that theme, `auto` in both themes.
 */
function contexts(theme: string | undefined, chosen: ReadonlyMap<string, string>, specs: PropertySpec[]): Context[] {
  const set = (name: string) => {
    const value = chosen.get(name);
    return value === undefined ? undefined : parseColour(value);
  };
  const themeColour = (name: string, themeName: 'light' | 'dark') => {
    const found = specs.find((spec) => spec.name === name)?.themes?.[themeName];
    return found ? parseColour(found) : undefined;
  };
  const build = (where: string, base: (name: string, colour: (name: string) => Rgb) => Rgb): Context => {
    const colour = (name: string): Rgb => set(name) ?? base(name, colour);
    return {where, colour};
  };
  // What each property falls back to, as the elements' styles write it.
  const common = (name: string, colour: (name: string) => Rgb): Rgb | undefined => {
    if (name === '--sensiq-faq-divider') return colour('--sensiq-border');
    if (name === '--sensiq-faq-icon' || name === '--sensiq-takeaways-marker') return colour('--sensiq-accent');
    if (name === '--sensiq-red-flags-accent') return [0xd9, 0x3a, 0x3a];
    return undefined;
  };
  const onPage = (page: (typeof PAGES)[keyof typeof PAGES]) =>
    build(`on ${page.name}`, (name, colour) => {
      const known = common(name, colour);
      if (known) return known;
      if (name === '--sensiq-surface' || name === '--sensiq-cta-background') return colour('--sensiq-surface-or-page');
      if (name === '--sensiq-surface-or-page') return set('--sensiq-surface') ?? parseColour(page.background)!;
      if (name === '--sensiq-border') return mix(colour('--sensiq-text'), colour('--sensiq-surface'), 0.3);
      if (name === '--sensiq-text') return parseColour(page.text)!;
      return colour('--sensiq-text'); // accent, secondary text, button text: the text colour
    });
  const inTheme = (themeName: 'light' | 'dark') =>
    build(`in the ${themeName} theme`, (name, colour) => {
      const known = common(name, colour);
      if (known) return known;
      if (name === '--sensiq-cta-background') return colour('--sensiq-accent');
      if (name === '--sensiq-cta-text') return colour('--sensiq-surface');
      return themeColour(name, themeName) ?? [0, 0, 0];
    });
  if (theme === 'light' || theme === 'dark') return [inTheme(theme)];
  if (theme === 'auto') return [inTheme('light'), inTheme('dark')];
  return [onPage(PAGES.light), onPage(PAGES.dark)];
}

/** The checks a chosen colour takes: its own, and those of the colours painted on it. */
function checksOf(name: string, role: Role, context: Context): Omit<ContrastCheck, 'property' | 'where'>[] {
  const c = context.colour;
  const ratio = (a: string, b: string) => contrast(c(a), c(b));
  const buttonBack = '--sensiq-cta-background';
  switch (role) {
    case 'text':
      return [{what: 'text', ratio: ratio(name, '--sensiq-surface'), minimum: 4.5}];
    case 'mark':
      return [{what: 'a border or mark', ratio: ratio(name, '--sensiq-surface'), minimum: 3}];
    case 'surface':
      return [{what: 'text on it', ratio: ratio('--sensiq-text', name), minimum: 4.5}];
    case 'button':
      return [{what: "the button's text on it", ratio: ratio('--sensiq-cta-text', buttonBack), minimum: 4.5}];
    case 'button-text':
      return [{what: 'text on the button', ratio: ratio(name, buttonBack), minimum: 4.5}];
  }
}

/** Every check of the colours in `chosen` (custom properties set), for the theme chosen. */
export function contrastChecks(
  theme: string | undefined,
  chosen: ReadonlyMap<string, string>,
  specs: PropertySpec[]
): ContrastCheck[] {
  const checks: ContrastCheck[] = [];
  for (const context of contexts(theme, chosen, specs)) {
    for (const [property, value] of chosen) {
      const role = PROPERTY_WORDS[property]?.role;
      if (!role || !parseColour(value)) continue;
      for (const check of checksOf(property, role, context)) checks.push({property, where: context.where, ...check});
    }
  }
  return checks;
}

/**
 * `3.96:1`: two decimals, rounded, except that a ratio below `minimum` never reads as reaching it (4.496 is
 * shown as 4.49, not 4.50).
 */
export function formatRatio(ratio: number, minimum = 0): string {
  const rounded = Math.round(ratio * 100) / 100;
  const shown = ratio < minimum && rounded >= minimum ? Math.floor(ratio * 100) / 100 : rounded;
  return `${shown.toFixed(2)}:1`;
}

export const passes = (check: ContrastCheck): boolean => check.ratio >= check.minimum;
