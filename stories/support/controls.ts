// Controls and a render function for one element, from custom-elements.json through
// @wc-toolkit/storybook-helpers: every attribute is a control listed once (the property behind it is not
// listed again), union types become selects, and events reach the Actions panel. Added here, what a manifest
// cannot say: which custom properties are colours, and that FAQ question ids are choices, not free text.
import type {Args, ArgTypes} from '@storybook/web-components-vite';
import {getStorybookHelpers} from '@wc-toolkit/storybook-helpers';
import {html, type TemplateResult} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import {faqs} from '../../src/content/generated/faq.js';
import {DEFAULT_ARTICLE} from '../../src/content/index.js';
import {paletteProperties} from '../../src/internal/palette.js';

/** The article's questions, in article order: ids as values, the questions themselves as labels. */
export const QUESTIONS = faqs[DEFAULT_ARTICLE]!.map(({id, heading}) => ({id, heading}));
const QUESTION_IDS = QUESTIONS.map((question) => question.id);
const QUESTION_LABELS = Object.fromEntries(QUESTIONS.map(({id, heading}) => [id, heading]));

/** No value: a select's first option, which leaves the attribute out. */
const NONE = '';

/** Attributes whose values are question ids, and the control that offers them. */
const QUESTION_CONTROLS: ArgTypes = {
  questions: {
    control: {type: 'multi-select', labels: QUESTION_LABELS},
    options: QUESTION_IDS,
  },
  open: {
    control: {type: 'select', labels: {[NONE]: '(none: all closed)', all: 'All questions', ...QUESTION_LABELS}},
    options: [NONE, 'all', ...QUESTION_IDS],
  },
};

const paletteTokens = new Set(Object.values(paletteProperties).map((name) => `var(${name})`));

/** A custom property's default that is a colour: `#d93a3a`, the page's text colour, or a palette token. */
const isColour = (value: string) =>
  /^(#[0-9a-f]{3,8}|currentColor|transparent|color-mix\(.*\))$/i.test(value) || paletteTokens.has(value);

/** Custom properties are set on a frame around the element, as a page would: a docs page keeps each story's own. */
const isToken = (name: string) => name.startsWith('--');

/**
 * The helpers' template reads a value for every control: an empty one leaves an attribute out. Multi-select
 * values become the comma-separated text the attribute takes. Tokens go to the frame, not to the helpers'
 * style rule (one rule per tag, which every story on a docs page would share).
 */
function templateArgs(args: Args, blanks: Args): Args {
  const values: Args = {...blanks};
  for (const [name, value] of Object.entries(args)) {
    if (value !== undefined && !isToken(name)) values[name] = Array.isArray(value) ? value.join(',') : value;
  }
  return values;
}

/** Docs, controls and a render function for `tag`: spread them into a story file's `meta`. */
export function elementStories(tag: string) {
  const {argTypes, template} = getStorybookHelpers(tag, {excludeCategories: ['methods']});
  for (const argType of Object.values(argTypes)) {
    if (argType.table?.category === 'css properties' && isColour(String(argType.defaultValue ?? ''))) {
      argType.control = {type: 'color'};
    }
    // An attribute without a default in the manifest would show `""`; its description says what happens.
    if (argType.table?.defaultValue?.summary === '') delete argType.table.defaultValue;
  }
  for (const [name, control] of Object.entries(QUESTION_CONTROLS)) {
    if (argTypes[name]) argTypes[name] = {...argTypes[name], ...control};
  }
  const blanks = Object.fromEntries(
    Object.entries(argTypes)
      .filter(([, argType]) => argType.control)
      .map(([name]) => [name, NONE])
  );
  return {
    argTypes,
    /**
     * The element from its args: attributes and slots, in a frame that sets its custom properties when a story
     * has any (so a story's code shows the bare element otherwise).
     */
    template: (args: Args, slot?: TemplateResult) => {
      const element = template(templateArgs(args, blanks), slot);
      const tokens = Object.fromEntries(Object.entries(args).filter(([name, value]) => isToken(name) && value));
      return Object.keys(tokens).length ? html`<div style=${styleMap(tokens)}>${element}</div>` : element;
    },
  };
}
