// Turns custom-elements.json into Storybook docs and controls: attributes are the HTML API marketers use,
// so they get the controls; properties backed by an attribute stay documented without a second control;
// custom properties get colour or text controls; internals (protected, static) stay out.
import type {Preview} from '@storybook/web-components-vite';
import {paletteProperties} from '../../src/internal/palette.js';

interface Member {
  kind?: string;
  name: string;
  static?: boolean;
  privacy?: string;
  attribute?: string;
}
interface Declaration {
  members?: Member[];
}
interface Manifest {
  modules?: {declarations?: Declaration[]}[];
}

const isPublicField = (member: Member) =>
  member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public';

/** The manifest without members a page cannot use. */
export function publicManifest<T extends Manifest>(manifest: T): T {
  return {
    ...manifest,
    modules: manifest.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) =>
        declaration.members ? {...declaration, members: declaration.members.filter(isPublicField)} : declaration
      ),
    })),
  };
}

/** `'a' | 'b' | undefined` → ['a', 'b']; anything else → undefined. */
function literalUnion(type: string): string[] | undefined {
  const options = type.split('|').map((part) => part.trim()).filter((part) => part !== 'undefined');
  return options.length && options.every((option) => /^'[^']*'$/.test(option))
    ? options.map((option) => option.slice(1, -1))
    : undefined;
}

type Enhancer = NonNullable<Preview['argTypesEnhancers']>[number];
type ArgTypes = ReturnType<Enhancer>;

/** Controls that fit each documented attribute, property and custom property. */
export const manifestControls: Enhancer = ({argTypes}) => {
  const attributes = new Set(
    Object.values(argTypes)
      .filter((argType) => argType.table?.category === 'attributes')
      .map((argType) => argType.name)
  );
  const enhanced: ArgTypes = {};
  for (const [key, argType] of Object.entries(argTypes)) {
    const category = argType.table?.category;
    const type = String(argType.table?.type?.summary ?? '');
    const base = type.replace(/\s*\|\s*undefined/g, '').trim();
    const options = literalUnion(type);
    let control: ArgTypes[string]['control'] = false;
    if (category === 'attributes') {
      if (options) control = {type: 'select'};
      else if (base === 'number') control = {type: 'number'};
      else if (base === 'boolean') control = {type: 'boolean'};
      else control = {type: 'text'};
    } else if (category === 'properties') {
      // A property with an attribute of another name (headingLevel / heading-level) has its control there.
      control = attributes.has(key) || hasKebabTwin(key, attributes) ? false : {type: 'object'};
    } else if (category === 'css custom properties') {
      control = isColour(String(argType.table?.defaultValue?.summary ?? '')) ? {type: 'color'} : {type: 'text'};
    }
    enhanced[key] = {...argType, control, ...(options && {options})};
  }
  return enhanced;
};

const colourTokens = new Set(Object.values(paletteProperties).map((name) => `var(${name})`));

/** A colour default: `#0b5f8a`, or a palette token such as `var(--sensiq-accent)`. */
const isColour = (value: string) => /^#[0-9a-f]{3,8}$/i.test(value) || colourTokens.has(value);

const hasKebabTwin = (name: string, attributes: Set<string>) =>
  attributes.has(name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`));
