// Every setting of the elements, declared once: how it is read (its kind, default and valid values), which
// markup it changes (its render axis), the rules derived from it, and the values that prove each server render.
// The server renders (scripts/lib/render-settings.mjs, the plugin's PHP and the Shopify blocks' Liquid, all
// generic over this table), the WordPress and Shopify settings and the render matrix read it; the elements keep
// their own small readers (each byte of theirs is on a visitor's first paint) and the equivalence tests hold
// them to this table. The build fails when a setting an element documents is missing here or has no matrix
// values (scripts/lib/render-plan.mjs).

/**
 * How a value is read. `keyword`: one of `values`, any case. `whole`: plain digits from `min` to `max`.
 * `url`: an absolute http(s) link. `ids`: comma-separated item ids. `item`: one item id, or `all`. `text`: free
 * text. `boolean`: on when present. `phone`: digits, spaces, ( ) and -, an optional leading +. `article`:
 * the bundled article's slug.
 */
export type SettingKind = 'keyword' | 'whole' | 'url' | 'ids' | 'item' | 'text' | 'boolean' | 'phone' | 'article';

/**
 * The markup a setting changes, as one render axis. The axis takes the setting's value as read, or `on`
 * whenever the setting is present. A setting with `placeFrom` shows where another setting (a keyword) says,
 * `otherwise` when that one is unset or not offered; `prefix` gives, by another axis and its value, text put
 * before the value it takes (clinic mode's call to action is the embedder's own: `own-end`, ...).
 */
export interface SettingAxis {
  readonly name: string;
  readonly on?: string;
  readonly placeFrom?: string;
  readonly otherwise?: string;
  readonly prefix?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export interface Setting {
  readonly kind: SettingKind;
  /** What the element shows when the setting is unset or not valid. */
  readonly default?: string;
  /** The keywords a `keyword` setting takes. */
  readonly values?: readonly string[];
  /** The pattern a `phone` setting matches (a regular expression that JavaScript and PHP read alike). */
  readonly pattern?: string;
  /** The range of a `whole` setting (no `max`: no upper limit). */
  readonly min?: number;
  readonly max?: number;
  /** The markup it changes; none: it never changes the markup, and servers pass it through. */
  readonly axis?: SettingAxis;
  /** Text it puts into the markup, by slot name: the value as read, or it with `drop`'s characters removed. */
  readonly slots?: Readonly<Record<string, {readonly drop?: string}>>;
  /** It picks, cuts or opens the items of the element's list (the FAQ's questions, the takeaways). */
  readonly list?: true;
  /**
   * Values every server render is proven with (the render matrix): `valid` ones and ones to refuse, each
   * tried `with` other settings when it only shows beside them.
   */
  readonly matrix: {
    readonly valid: readonly (string | true)[];
    readonly invalid: readonly string[];
    readonly with?: Readonly<Record<string, string>>;
  };
}

/** The themes, in the order editors offer them: `page` inherits the host's colours. */
export const THEME_NAMES = ['page', 'light', 'dark', 'auto'] as const;

/** What `emergency-number` accepts: an optional +, then 1 to 19 digits, spaces, ( ) and -, at least one digit. */
export const PHONE_PATTERN = '^(?=.*\\d)\\+?[\\d ()-]{1,19}$';

export const SETTINGS = {
  'heading-level': {
    kind: 'whole',
    min: 1,
    max: 6,
    default: '2',
    axis: {name: 'level'},
    matrix: {valid: ['1', '3', '6'], invalid: ['7', '0', '2.5', 'three', '', '03', '3.0']},
  },
  theme: {
    kind: 'keyword',
    values: THEME_NAMES,
    default: 'page',
    axis: {name: 'theme'},
    matrix: {valid: ['light', 'dark', 'auto'], invalid: ['neon', 'DARK ']},
  },
  'no-promo': {kind: 'boolean', axis: {name: 'clinic', on: '1'}, matrix: {valid: [true], invalid: []}},
  searchable: {kind: 'boolean', axis: {name: 'searchable', on: '1'}, matrix: {valid: [true], invalid: []}},
  single: {kind: 'boolean', matrix: {valid: [true], invalid: []}},
  'no-structured-data': {kind: 'boolean', matrix: {valid: [true], invalid: []}},
  analytics: {kind: 'keyword', values: ['datalayer'], matrix: {valid: ['datalayer'], invalid: ['gtm']}},
  article: {kind: 'article', matrix: {valid: [], invalid: ['no-such-article']}},
  limit: {
    kind: 'whole',
    min: 1,
    list: true,
    matrix: {valid: ['2', '1'], invalid: ['0', '-1', 'lots', '1e1', '0x2', '02', '2.0']},
  },
  // `valid` for ids are positions in the element's list (1-based), since each element has its own ids.
  questions: {
    kind: 'ids',
    list: true,
    matrix: {valid: ['4,1', ' 3 , 3,9'], invalid: ['no-such-question', '5,no-such-question']},
  },
  open: {kind: 'item', list: true, matrix: {valid: ['all', '2'], invalid: ['no-such-question']}},
  // In clinic mode the call to action is the embedder's own button, without our label and frame: other markup.
  'cta-href': {
    kind: 'url',
    axis: {name: 'cta', placeFrom: 'cta-placement', otherwise: 'end', prefix: {clinic: {'1': 'own-'}}},
    slots: {'cta-href': {}},
    // The links the URL standard rewrites are added by the render matrix (URL_INPUTS).
    matrix: {valid: ['https://shop.example/products/joint-support?variant=1#buy'], invalid: []},
  },
  // Two slots: with no text, SensIQ's button and a clinic's own show different defaults.
  'cta-label': {
    kind: 'text',
    slots: {'cta-label': {}, 'own-cta-label': {}},
    matrix: {valid: ['Shop <now> & "save"', '  '], invalid: [], with: {'cta-href': 'https://shop.example/'}},
  },
  'cta-placement': {
    kind: 'keyword',
    values: ['end', 'after-takeaways', 'both'],
    default: 'end',
    matrix: {
      valid: ['end', 'after-takeaways', 'both'],
      invalid: ['middle'],
      with: {'cta-href': 'http://shop.example:8080/a'},
    },
  },
  // The number as written, and as dialled: the tel: link keeps digits and the +.
  'emergency-number': {
    kind: 'phone',
    pattern: PHONE_PATTERN,
    axis: {name: 'emergency', on: '1'},
    slots: {'emergency-number': {}, 'emergency-dial': {drop: ' ()-'}},
    matrix: {valid: ['911', '+44 (0) 20-7946'], invalid: ['<b>911</b>', 'call 911', '+']},
  },
} as const satisfies Record<string, Setting>;

export type SettingName = keyof typeof SETTINGS;
