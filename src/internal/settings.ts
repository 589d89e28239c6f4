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

/** The groups settings are offered in, in this order, wherever people set an element up. */
export const SETTING_GROUPS = ['Content', 'Call to action', 'Look', 'Advanced'] as const;
export type SettingGroup = (typeof SETTING_GROUPS)[number];

export interface Setting {
  readonly kind: SettingKind;
  /**
   * How the setting is offered to the marketers and clinics who set an element up (the builder, the WordPress
   * and Shopify block settings, Storybook): a label in plain words, help saying what it does for the page, and
   * its group. The attribute name is for developers and is shown, if at all, as secondary text.
   */
  readonly label: string;
  readonly help: string;
  readonly group: SettingGroup;
  /** Plain words for each value a choice offers (keywords, and whole numbers offered as a choice). */
  readonly choices?: Readonly<Record<string, string>>;
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

/** Each element by what it shows, in the words of the people who place it. */
export const ELEMENT_LABELS = {
  'sensiq-faq': 'Questions and answers',
  'sensiq-takeaways': 'Key takeaways',
  'sensiq-red-flags': 'When to see a doctor',
  'sensiq-article': 'The whole article',
  'sensiq-provider': 'Shared settings for the SensIQ parts inside it',
} as const;

/**
 * What a visitor sees of each element, in one sentence for the people who choose it: the builder's element
 * picker, the WordPress blocks' descriptions, the Shopify blocks' settings and Storybook's docs pages show it
 * beside the element's label. The class's `@summary` is the developers' description.
 */
export const ELEMENT_DESCRIPTIONS: Readonly<Record<keyof typeof ELEMENT_LABELS, string>> = {
  'sensiq-faq':
    "The article's common questions: visitors open the ones they care about to read the answer, and can search them if you add the search box.",
  'sensiq-takeaways': "The article's key points as a short list, in the article's own words.",
  'sensiq-red-flags':
    "The article's warning signs that mean it is time to see a doctor, in a box that stands out, with your emergency phone number if you add one.",
  'sensiq-article':
    'The whole article as written, with its key takeaways, a list of its sections to jump to, and a link to the original.',
  'sensiq-provider':
    'Shows nothing itself: the SensIQ parts you place inside it all take the settings you give it once, such as clinic mode, colours and heading size.',
};

export const SETTINGS = {
  'heading-level': {
    label: 'Heading size in your page',
    help: 'The heading level of its title, so it fits your page: H2 under your page title (the usual choice), H3 inside a section.',
    group: 'Look',
    choices: {'1': 'H1 (only on a page of its own)', '2': 'H2', '3': 'H3', '4': 'H4', '5': 'H5', '6': 'H6'},
    kind: 'whole',
    min: 1,
    max: 6,
    default: '2',
    axis: {name: 'level'},
    matrix: {valid: ['1', '3', '6'], invalid: ['7', '0', '2.5', 'three', '', '03', '3.0']},
  },
  theme: {
    label: 'Colours',
    help: "Match my page uses your page's own text colour and no background. Light and Dark show a card in SensIQ's colours; Follow the visitor's device picks light or dark as their phone or computer is set.",
    group: 'Look',
    choices: {page: 'Match my page', light: 'Light card', dark: 'Dark card', auto: "Follow the visitor's device"},
    kind: 'keyword',
    values: THEME_NAMES,
    default: 'page',
    axis: {name: 'theme'},
    matrix: {valid: ['light', 'dark', 'auto'], invalid: ['neon', 'DARK ']},
  },
  'no-promo': {
    label: 'Clinic mode: no SensIQ products',
    help: 'Leaves out every mention of SensIQ products. For clinics and partners: a button link you add is shown as your own button.',
    group: 'Call to action',
    kind: 'boolean',
    axis: {name: 'clinic', on: '1'},
    matrix: {valid: [true], invalid: []},
  },
  searchable: {
    label: 'Search box',
    help: 'Adds a box above the questions so visitors can find one by typing a word.',
    group: 'Content',
    kind: 'boolean',
    axis: {name: 'searchable', on: '1'},
    matrix: {valid: [true], invalid: []},
  },
  single: {
    label: 'One answer open at a time',
    help: 'Opening a question closes the one that was open.',
    group: 'Content',
    kind: 'boolean',
    matrix: {valid: [true], invalid: []},
  },
  'no-structured-data': {
    label: 'Hide these questions from search engines',
    help: 'Questions are normally also described to search engines (for FAQ results in Google). Turn this on if your page already describes them, or shows the same questions twice.',
    group: 'Advanced',
    kind: 'boolean',
    matrix: {valid: [true], invalid: []},
  },
  analytics: {
    label: 'Report clicks to Google Tag Manager',
    help: "Reports questions opened, searches (how many matched, never what was typed) and button clicks to your page's Google Tag Manager. Nothing is stored or sent anywhere else.",
    group: 'Advanced',
    choices: {datalayer: 'Google Tag Manager (dataLayer)'},
    kind: 'keyword',
    values: ['datalayer'],
    matrix: {valid: ['datalayer'], invalid: ['gtm']},
  },
  article: {
    label: 'Which article to show',
    help: 'The article to show. One is included: Can Menopause Cause Hip and Leg Pain?',
    group: 'Content',
    kind: 'article',
    matrix: {valid: [], invalid: ['no-such-article']},
  },
  limit: {
    label: 'How many to show',
    help: "Shows only the first ones, in the article's order. Empty: all of them.",
    group: 'Content',
    kind: 'whole',
    min: 1,
    list: true,
    matrix: {valid: ['2', '1'], invalid: ['0', '-1', 'lots', '1e1', '0x2', '02', '2.0']},
  },
  // `valid` for ids are positions in the element's list (1-based), since each element has its own ids.
  questions: {
    label: 'Questions to show',
    help: "Pick the questions to show. None picked: all of them, in the article's order.",
    group: 'Content',
    kind: 'ids',
    list: true,
    matrix: {valid: ['4,1', ' 3 , 3,9'], invalid: ['no-such-question', '5,no-such-question']},
  },
  open: {
    label: 'Open when the page loads',
    help: 'A question shown open when the page loads, or all of them. Empty: all closed.',
    group: 'Content',
    kind: 'item',
    list: true,
    matrix: {valid: ['all', '2'], invalid: ['no-such-question']},
  },
  // In clinic mode the call to action is the embedder's own button, without our label and frame: other markup.
  'cta-href': {
    label: 'Button link',
    help: 'The web address your button goes to, starting with https://. On a product page: the product. In clinic mode: your own page, such as your booking page. Empty: no button.',
    group: 'Call to action',
    kind: 'url',
    axis: {name: 'cta', placeFrom: 'cta-placement', otherwise: 'end', prefix: {clinic: {'1': 'own-'}}},
    slots: {'cta-href': {}},
    // The links the URL standard rewrites are added by the render matrix (URL_INPUTS).
    matrix: {valid: ['https://shop.example/products/joint-support?variant=1#buy'], invalid: []},
  },
  // Two slots: with no text, SensIQ's button and a clinic's own show different defaults.
  'cta-label': {
    label: 'Button text',
    help: 'The words on the button. Empty: "Learn more from SensIQ", or "Learn more" in clinic mode.',
    group: 'Call to action',
    kind: 'text',
    slots: {'cta-label': {}, 'own-cta-label': {}},
    matrix: {valid: ['Shop <now> & "save"', '  '], invalid: [], with: {'cta-href': 'https://shop.example/'}},
  },
  'cta-placement': {
    label: 'Where the button goes',
    help: 'At the end of the article, after its key takeaways, or both.',
    group: 'Call to action',
    choices: {end: 'At the end', 'after-takeaways': 'After the key takeaways', both: 'Both places'},
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
    label: 'Emergency phone number',
    help: 'The number to call in an emergency where your readers live, such as 911, 999 or 112. Shown under When to see a doctor, as a link that dials it. Empty: no number.',
    group: 'Content',
    kind: 'phone',
    pattern: PHONE_PATTERN,
    axis: {name: 'emergency', on: '1'},
    slots: {'emergency-number': {}, 'emergency-dial': {drop: ' ()-'}},
    matrix: {valid: ['911', '+44 (0) 20-7946'], invalid: ['<b>911</b>', 'call 911', '+']},
  },
} as const satisfies Record<string, Setting>;

export type SettingName = keyof typeof SETTINGS;
