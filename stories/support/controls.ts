// Controls and a render function for one element, in a designer's words. Settings come from their declaration
// (src/internal/settings.ts): its label as the row's name, its help (and the attribute, for developers) as the
// description, its group, and the control its kind calls for (choices with plain labels, whole numbers as
// steppers, on/off switches). Custom properties, shadow parts and events come from custom-elements.json through
// @wc-toolkit/storybook-helpers: colours under Colours, shape and font under Layout, parts and events as
// documentation rows under Advanced. Every row sits in one of CONTROL_GROUPS, in that order.
import type {Args, ArgTypes} from '@storybook/web-components-vite';
import type {InputType} from 'storybook/internal/types';
import {getStorybookHelpers} from '@wc-toolkit/storybook-helpers';
import type {TemplateResult} from 'lit';
import {faqs} from '../../src/content/generated/faq.js';
import {articleMeta, articleSlugs, DEFAULT_ARTICLE} from '../../src/content/index.js';
import {paletteProperties} from '../../src/internal/palette.js';
import {ELEMENT_DESCRIPTIONS, SETTINGS, type Setting} from '../../src/internal/settings.js';

/** The sections of the Controls panel, in this order. The declaration's "Look" splits into Colours and Layout. */
export const CONTROL_GROUPS = ['Content', 'Call to action', 'Colours', 'Layout', 'Advanced'] as const;
type ControlGroup = (typeof CONTROL_GROUPS)[number];

/** "Look" settings that are about colour; the rest of "Look" (the heading size) is Layout. */
const COLOUR_SETTINGS = new Set(['theme']);

/** The article's questions, in article order: ids as values, the questions themselves as labels. */
export const QUESTIONS = faqs[DEFAULT_ARTICLE]!.map(({id, heading}) => ({id, heading}));
const QUESTION_IDS = QUESTIONS.map((question) => question.id);
const QUESTION_LABELS = Object.fromEntries(QUESTIONS.map(({id, heading}) => [id, heading]));

/** No value: the first choice of a setting without a default, which leaves the attribute out. */
const NONE = '';

/** Up to this many choices are shown as radio buttons (all visible at once); more as a drop-down. */
const MAX_RADIOS = 4;

/**
 * The custom properties, by what they paint, in the order they are listed. A colour left unset follows the
 * colour it derives from (the description says which), so a designer sets one and sees it flow into the rest.
 */
const TOKENS: Record<string, {label: string; group: ControlGroup}> = {
  [paletteProperties.accent]: {label: 'Accent: links, chevrons, focus ring, markers', group: 'Colours'},
  [paletteProperties.text]: {label: 'Text', group: 'Colours'},
  [paletteProperties.muted]: {label: 'Secondary text', group: 'Colours'},
  [paletteProperties.surface]: {label: 'Card background', group: 'Colours'},
  [paletteProperties.border]: {label: 'Borders and dividers', group: 'Colours'},
  '--sensiq-faq-icon': {label: 'Chevrons (follows the accent)', group: 'Colours'},
  '--sensiq-faq-divider': {label: 'Lines between questions (follows the borders)', group: 'Colours'},
  '--sensiq-takeaways-marker': {label: 'Side rule and bullets (follows the accent)', group: 'Colours'},
  '--sensiq-red-flags-accent': {label: 'Warning red', group: 'Colours'},
  '--sensiq-cta-background': {label: 'Button fill', group: 'Colours'},
  '--sensiq-cta-text': {label: 'Button text', group: 'Colours'},
  '--sensiq-radius': {label: 'Corner rounding', group: 'Layout'},
  '--sensiq-space': {label: 'Spacing', group: 'Layout'},
  '--sensiq-font-family': {label: 'Font', group: 'Layout'},
};
const TOKEN_ORDER = Object.keys(TOKENS);

const paletteTokens = new Set(Object.values(paletteProperties).map((name) => `var(${name})`));

/** A custom property's default that is a colour: `#d93a3a`, the page's text colour, or a palette token. */
const isColour = (value: string) =>
  /^(#[0-9a-f]{3,8}|currentColor|transparent|color-mix\(.*\))$/i.test(value) || paletteTokens.has(value);

/** Custom properties go on the element's `style`, as a page would set them; everything else is an attribute. */
const isToken = (name: string) => name.startsWith('--');

/** Where a setting is listed. */
const settingGroup = (name: string, setting: Setting): ControlGroup =>
  setting.group === 'Look' ? (COLOUR_SETTINGS.has(name) ? 'Colours' : 'Layout') : setting.group;

/** A choice control: radio buttons for a few choices, a drop-down for more, each labelled in plain words. */
function choice(options: readonly (string | number)[], labels: Record<string, string>): Partial<InputType> {
  return {options, control: {type: options.length <= MAX_RADIOS ? 'radio' : 'select', labels}};
}

/** The control for a setting, by its kind. The FAQ is the only element with question ids (`ids`, `item`). */
function settingControl(setting: Setting): Partial<InputType> {
  switch (setting.kind) {
    case 'boolean':
      return {control: {type: 'boolean'}, type: {name: 'boolean'}};
    case 'keyword': {
      const values = setting.values ?? [];
      // Without a default, leaving it out is a choice of its own ("Off").
      const options = setting.default ? values : [NONE, ...values];
      return {...choice(options, {[NONE]: 'Off', ...setting.choices}), type: {name: 'string'}};
    }
    case 'whole':
      if (setting.choices) {
        const options = Object.keys(setting.choices).map(Number);
        return {...choice(options, setting.choices), type: {name: 'number'}};
      }
      return {control: {type: 'number', min: setting.min, max: setting.max, step: 1}, type: {name: 'number'}};
    case 'ids':
      // A checklist in article order; the questions are shown in the order they are ticked.
      return {control: {type: 'check', labels: QUESTION_LABELS}, options: QUESTION_IDS, type: {name: 'string'}};
    case 'item':
      return {
        ...choice([NONE, 'all', ...QUESTION_IDS], {[NONE]: 'None: all closed', all: 'All of them', ...QUESTION_LABELS}),
        type: {name: 'string'},
      };
    case 'article':
      return {
        ...choice(articleSlugs, Object.fromEntries(articleSlugs.map((slug) => [slug, articleMeta(slug)!.title]))),
        type: {name: 'string'},
      };
    default:
      return {control: {type: 'text'}, type: {name: 'string'}};
  }
}

/** What a setting takes, in a word or two, for the line under its description (instead of `string`). */
const KIND_WORDS: Record<Setting['kind'], string> = {
  keyword: 'a choice',
  whole: 'a whole number',
  url: 'a web address',
  ids: 'a list of questions',
  item: 'a question',
  text: 'text',
  boolean: 'on or off',
  phone: 'a phone number',
  article: 'an article',
};

/** The plain words for a setting's default, for the Default column. */
function defaultSummary(setting: Setting): string | undefined {
  if (setting.default === undefined) return undefined;
  return setting.choices?.[setting.default] ?? setting.default;
}

/** What each kind of documentation row is, for the line under its description. */
const SUMMARIES: Record<string, string> = {'Parts (for CSS)': 'CSS part', Events: 'event', Slots: 'slot'};

/** A documentation row under Advanced: listed for developers, with no control to set. */
const reference = (argType: InputType, subcategory: string): InputType => ({
  ...argType,
  control: false,
  type: {name: 'other', value: ''},
  table: {...argType.table, category: 'Advanced', subcategory, type: {summary: SUMMARIES[subcategory]}},
});

/** The row for each argType the manifest gives, by its helpers' category; `undefined`: not listed. */
function row(key: string, argType: InputType): InputType | undefined {
  const category = argType.table?.category;
  const name = String(argType.name);
  if (category === 'attributes') {
    const setting = (SETTINGS as Record<string, Setting>)[name];
    if (!setting) return {...argType, table: {...argType.table, category: 'Advanced'}};
    return {
      name: setting.label,
      description: `${setting.help}\n\nAttribute: \`${name}\``,
      ...settingControl(setting),
      table: {
        category: settingGroup(name, setting),
        defaultValue: {summary: defaultSummary(setting)},
        type: {summary: KIND_WORDS[setting.kind]},
      },
    };
  }
  if (category === 'css properties') {
    const token = TOKENS[key];
    const colour = isColour(String(argType.defaultValue ?? ''));
    return {
      name: token?.label ?? key,
      description: `${argType.description ?? ''}\n\nCSS custom property: \`${key}\``,
      control: {type: colour ? 'color' : 'text'},
      type: {name: 'string'},
      table: {category: token?.group ?? (colour ? 'Colours' : 'Layout'), type: {summary: colour ? 'a colour' : 'CSS'}},
    };
  }
  if (category === 'css shadow parts') return reference({...argType, name: `::part(${name})`}, 'Parts (for CSS)');
  if (category === 'events') return reference(argType, 'Events');
  if (category === 'slots') return reference(argType, 'Slots');
  return undefined;
}

/** Rows in CONTROL_GROUPS order; colours and layout tokens in TOKENS order, after the settings of their group. */
function ordered(rows: [string, InputType][]): ArgTypes {
  const rank = ([key, argType]: [string, InputType]) =>
    CONTROL_GROUPS.indexOf(argType.table!.category as ControlGroup) * 1000 +
    (isToken(key) ? 100 + (TOKEN_ORDER.includes(key) ? TOKEN_ORDER.indexOf(key) : TOKEN_ORDER.length) : 0);
  // Array.prototype.sort is stable: rows of equal rank keep the manifest's order (the element's own first).
  return Object.fromEntries([...rows].sort((a, b) => rank(a) - rank(b)));
}

/**
 * The attributes the helpers' template renders: empty values left out, a checklist's values as the
 * comma-separated text the attribute takes, and the custom properties set (only those) as the element's style.
 */
function templateArgs(args: Args): Args {
  const values: Args = {};
  const style: string[] = [];
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined || value === NONE || (Array.isArray(value) && !value.length)) values[name] = undefined;
    else if (isToken(name)) style.push(`${name}: ${value}`);
    else values[name] = Array.isArray(value) ? value.join(',') : value;
  }
  // Always given, so a colour cleared in the controls is removed from the element, not left from before.
  values.style = style.length ? style.join('; ') : undefined;
  return values;
}

/** Docs, controls and a render function for `tag`: spread them into a story file's `meta`. */
export function elementStories(tag: keyof typeof ELEMENT_DESCRIPTIONS) {
  const documented = getStorybookHelpers(tag, {excludeCategories: ['methods', 'properties', 'cssStates']}).argTypes;
  // The template renders attributes only: no <style> rule per tag (which every story of a docs page would
  // share) and no slot text boxes; a story passes its own slot content.
  const {template} = getStorybookHelpers(tag, {
    excludeCategories: ['methods', 'properties', 'cssStates', 'cssProps', 'cssParts', 'slots'],
  });
  const rows = Object.entries(documented)
    .filter(([, argType]) => !argType.table?.disable)
    .map(([key, argType]) => [key, row(key, argType)] as const)
    .filter((entry): entry is [string, InputType] => entry[1] !== undefined);
  // Switches off, text boxes empty and "Off"/"None" chosen from the start, so each shows its control rather than
  // "Set boolean" or "Choose option"; the template leaves all of them out of the element.
  const initial = ([, argType]: [string, InputType]) => {
    const type = typeof argType.control === 'object' ? (argType.control as {type?: string}).type : undefined;
    if (type === 'boolean') return false;
    if (type === 'text' || argType.options?.includes(NONE)) return NONE;
    return undefined;
  };
  const args = Object.fromEntries(rows.map((row) => [row[0], initial(row)]).filter(([, value]) => value !== undefined));
  return {
    argTypes: ordered(rows),
    args,
    // The docs page opens with what a visitor sees, in the settings declaration's words; the manifest's
    // description of the class is for developers.
    parameters: {docs: {description: {component: ELEMENT_DESCRIPTIONS[tag]}}},
    /** The element from its args: attributes, the custom properties a story or designer set, and slots. */
    template: (args: Args, slot?: TemplateResult) => template(templateArgs(args), slot),
  };
}
