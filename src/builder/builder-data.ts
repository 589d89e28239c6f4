// The settings the builder offers, as scripts/build-builder.mjs writes them into the page from
// custom-elements.json and the content: the page has no list of attributes of its own.

/** A suggested value for a text setting (a question id, an article slug) and what it stands for. */
export interface Choice {
  value: string;
  label: string;
}

/**
 * How a setting is offered: `boolean` a checkbox; `select` one of `choices`; `number` a stepper from `min`;
 * `checklist` the questions to tick and order; `item` one of the ticked questions (or all); `phone` a number
 * checked against `pattern` as typed; `text` anything, as typed (links, the button's words).
 */
export type ControlKind = 'boolean' | 'select' | 'number' | 'checklist' | 'item' | 'phone' | 'text';

/** One documented attribute of an element, in the words of the settings declaration (src/internal/settings.ts). */
export interface AttributeSpec {
  name: string;
  kind: ControlKind;
  /** What a marketer reads: the label, what the setting does, and the group it is offered under. */
  label: string;
  help: string;
  group: string;
  /** The manifest's description, for developers. */
  description: string;
  /** The keywords the element takes, as the manifest lists them. */
  values?: string[];
  /** Values to pick from, each in plain words. */
  choices?: Choice[];
  /** It picks, cuts or opens the element's own items, so it does not carry over to another element. */
  list?: boolean;
  default?: string;
  min?: number;
  pattern?: string;
}

/** One documented custom property. */
export interface PropertySpec {
  name: string;
  description: string;
  default?: string;
  /** A colour: offered as a colour picker starting at `initial` (a #rrggbb value). */
  colour: boolean;
  initial?: string;
  /** The colour each theme gives it, where its description says. */
  themes?: {light: string; dark: string};
}

export interface ElementSpec {
  tag: string;
  /** The element by what it shows ("Questions and answers"). */
  label: string;
  /** What a visitor sees of it, in a sentence (ELEMENT_DESCRIPTIONS), shown under the element picker. */
  summary: string;
  /** The WordPress plugin's shortcode for it, if it has one. */
  shortcode?: string;
  attributes: AttributeSpec[];
  properties: PropertySpec[];
}

export interface BuilderData {
  version: string;
  /** The article the fallback link in the code names. */
  fallback: {title: string; url: string};
  /** The groups settings are offered under, in order. */
  groups: string[];
  elements: ElementSpec[];
}

/** The data the build wrote into the page's `<script type="application/json" id="sensiq-builder-data">`. */
export function readBuilderData(doc: Document): BuilderData {
  const text = doc.getElementById('sensiq-builder-data')?.textContent;
  if (!text) throw new Error('the builder page has no element data: rebuild it with `npm run builder`');
  return JSON.parse(text) as BuilderData;
}
