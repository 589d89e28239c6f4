// The setup (element, settings, colours, code format) as the page address's hash, so a reload, back and forward
// and a link sent to a colleague show it again exactly: `#element=sensiq-faq&limit=2&searchable&format=script`.
// A link is anybody's text: what the chosen element does not document is refused here with a note, and values
// go to the element only through setAttribute and style.setProperty, where the element's own reader judges them.
import type {BuilderData, ElementSpec} from './builder-data.js';
import {isSafeCssValue} from './escape.js';
import {FORMATS, type FormatId} from './formats.js';

export interface Setup {
  element: ElementSpec;
  /** Attribute values by name: text as typed, `true` for a boolean that is on. */
  values: Map<string, string | true>;
  /** Custom property values by name. */
  properties: Map<string, string>;
  format: FormatId;
}

/** What a link held that was not taken: by the field it was for, and notes about no field. */
export interface Refused {
  byField: Map<string, string>;
  others: string[];
}

const ELEMENT = 'element';
const FORMAT = 'format';

/** The hash for `setup`, in the element's own order of settings (the order the code writes them). */
export function setupHash(setup: Setup): string {
  const params = new URLSearchParams();
  params.set(ELEMENT, setup.element.tag);
  for (const attribute of setup.element.attributes) {
    const value = setup.values.get(attribute.name);
    if (value !== undefined) params.set(attribute.name, value === true ? '' : value);
  }
  for (const property of setup.element.properties) {
    const value = setup.properties.get(property.name);
    if (value !== undefined) params.set(property.name, value);
  }
  params.set(FORMAT, setup.format);
  // `searchable=` reads better as `searchable`; URLSearchParams reads both the same.
  return `#${params.toString().replace(/=(?=&|$)/g, '')}`;
}

/**
 * The setup a hash describes, and what it refused: an unknown element (the first one is shown), settings the
 * element does not have, custom property values that could end their declaration. Values of known settings are
 * kept as written, for the element to accept or warn about.
 */
export function readSetupHash(
  hash: string,
  data: BuilderData,
  fallback: ElementSpec
): {setup: Setup; refused: Refused} {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const refused: Refused = {byField: new Map(), others: []};
  const tag = params.get(ELEMENT);
  const element = data.elements.find((e) => e.tag === tag) ?? fallback;
  if (tag !== null && element.tag !== tag)
    refused.others.push(`The link names an element the builder does not offer ("${tag}"): showing ${element.label}.`);
  const format = FORMATS.find((f) => f.id === params.get(FORMAT))?.id ?? 'script';
  const values = new Map<string, string | true>();
  const properties = new Map<string, string>();
  for (const [name, value] of params) {
    if (name === ELEMENT || name === FORMAT) continue;
    const attribute = element.attributes.find((a) => a.name === name);
    const property = element.properties.find((p) => p.name === name);
    if (attribute) values.set(name, attribute.kind === 'boolean' ? true : value);
    else if (property && isSafeCssValue(value.trim()) && value.trim()) properties.set(name, value.trim());
    else if (property)
      refused.byField.set(
        name,
        `Not used from the link: "${value}" is not a plain value (letters, digits, spaces and # % . , ' ( ) / + -).`
      );
    else refused.others.push(`Not used from the link: ${element.label} has no setting "${name}".`);
  }
  return {setup: {element, values, properties, format}, refused};
}
