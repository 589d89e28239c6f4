// The settings the builder offers, as scripts/build-builder.mjs writes them into the page from
// custom-elements.json and the content: the page has no list of attributes of its own.

/** A suggested value for a text setting (a question id, an article slug) and what it stands for. */
export interface Choice {
  value: string;
  label: string;
}

/** One documented attribute of an element. */
export interface AttributeSpec {
  name: string;
  /** boolean: a checkbox; select: one of `values`; text: anything, as typed. */
  kind: 'boolean' | 'select' | 'text';
  description: string;
  values?: string[];
  /** Values to pick from for a text setting; `list`: it takes several, comma-separated. */
  choices?: Choice[];
  list?: boolean;
}

/** One documented custom property. */
export interface PropertySpec {
  name: string;
  description: string;
  default?: string;
  /** A colour: offered as a colour picker starting at `initial` (a #rrggbb value). */
  colour: boolean;
  initial?: string;
}

export interface ElementSpec {
  tag: string;
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
  elements: ElementSpec[];
}

/** The data the build wrote into the page's `<script type="application/json" id="sensiq-builder-data">`. */
export function readBuilderData(doc: Document): BuilderData {
  const text = doc.getElementById('sensiq-builder-data')?.textContent;
  if (!text) throw new Error('the builder page has no element data: rebuild it with `npm run builder`');
  return JSON.parse(text) as BuilderData;
}
