// One labelled form field per documented attribute or custom property. A field's accessible name is the
// attribute's (or property's) name, its description the manifest's, followed by the element's own warning
// when the value typed is one the element does not accept.
import type {AttributeSpec, Choice, PropertySpec} from './builder-data.js';
import {h} from './dom.js';
import {isSafeCssValue} from './escape.js';

/** A setting's value: text as typed, `true` for a boolean that is on, `undefined` when not set. */
export type Value = string | true | undefined;

export interface Field {
  root: HTMLElement;
  /** Shows these warnings next to the field (none: clears them). */
  warn(messages: readonly string[]): void;
}

/** The manifest's description, with `code` in backticks shown as code. */
function describe(id: string, text: string): HTMLElement {
  const parts = text.split('`').map((part, i) => (i % 2 ? h('code', {}, part) : part));
  return h('p', {id, class: 'description'}, ...parts);
}

/** The pieces every field has: a label showing `name`, its description and a place for warnings. */
function parts(id: string, name: string, description: string) {
  const warning = h('p', {id: `${id}-warning`, class: 'warning', hidden: true});
  return {
    label: h('label', {for: id}, h('code', {}, name)),
    description: describe(`${id}-description`, description),
    warning,
    describedBy: `${id}-description ${id}-warning`,
    warn(control: HTMLElement, messages: readonly string[]) {
      warning.replaceChildren(messages.join('\n'));
      warning.hidden = messages.length === 0;
      if (messages.length) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    },
  };
}

function checkboxField(id: string, spec: AttributeSpec, value: Value, onChange: (value: Value) => void): Field {
  const {label, description, warning, describedBy, warn} = parts(id, spec.name, spec.description);
  const input = h('input', {id, type: 'checkbox', 'aria-describedby': describedBy, checked: value === true});
  input.addEventListener('change', () => onChange(input.checked ? true : undefined));
  const root = h('div', {class: 'field checkbox'}, h('div', {class: 'row'}, input, label), description, warning);
  return {root, warn: (messages) => warn(input, messages)};
}

function selectField(id: string, spec: AttributeSpec, value: Value, onChange: (value: Value) => void): Field {
  const {label, description, warning, describedBy, warn} = parts(id, spec.name, spec.description);
  const select = h(
    'select',
    {id, 'aria-describedby': describedBy},
    h('option', {value: ''}, 'not set (the default)'),
    ...(spec.values ?? []).map((option) => h('option', {value: option, selected: option === value}, option))
  );
  select.addEventListener('change', () => onChange(select.value || undefined));
  return {
    root: h('div', {class: 'field'}, label, select, description, warning),
    warn: (messages) => warn(select, messages),
  };
}

/** A text box for ids, URLs and CSS values: no spelling marks, no browser autofill. */
const textInput = (id: string, describedBy: string) =>
  h('input', {id, type: 'text', spellcheck: 'false', autocomplete: 'off', 'aria-describedby': describedBy});

/** A text field; with `choices`, suggestions to pick from (a list), or a picker that adds to a comma-separated list. */
function textField(id: string, spec: AttributeSpec, value: Value, onChange: (value: Value) => void): Field {
  const {label, description, warning, describedBy, warn} = parts(id, spec.name, spec.description);
  const input = textInput(id, describedBy);
  input.value = typeof value === 'string' ? value : '';
  input.addEventListener('input', () => onChange(input.value));
  const extra = spec.choices?.length
    ? spec.list
      ? listPicker(id, spec, input)
      : suggestions(id, spec.choices, input)
    : null;
  return {
    root: h('div', {class: 'field'}, label, input, description, warning, extra),
    warn: (messages) => warn(input, messages),
  };
}

function suggestions(id: string, choices: readonly Choice[], input: HTMLInputElement): HTMLElement {
  input.setAttribute('list', `${id}-choices`);
  return h(
    'datalist',
    {id: `${id}-choices`},
    ...choices.map((choice) => h('option', {value: choice.value, label: choice.label}))
  );
}

/** A select of the choices and a button adding the chosen one to the field's comma-separated list. */
function listPicker(id: string, spec: AttributeSpec, input: HTMLInputElement): HTMLElement {
  const pickerId = `${id}-pick`;
  const select = h(
    'select',
    {id: pickerId},
    ...(spec.choices ?? []).map((choice) => h('option', {value: choice.value}, `${choice.label} (${choice.value})`))
  );
  const add = h('button', {type: 'button', class: 'secondary'}, `Add to ${spec.name}`);
  add.addEventListener('click', () => {
    const ids = input.value
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    if (!ids.includes(select.value)) ids.push(select.value);
    input.value = ids.join(',');
    input.dispatchEvent(new Event('input', {bubbles: true}));
  });
  return h(
    'div',
    {class: 'picker'},
    h('label', {for: pickerId}, h('code', {}, spec.name), ': pick one to add'),
    h('div', {class: 'row'}, select, add)
  );
}

/** The field for a documented attribute: a checkbox, a select or a text field, by its kind. */
export function attributeField(spec: AttributeSpec, value: Value, onChange: (value: Value) => void): Field {
  const id = `setting-${spec.name}`;
  if (spec.kind === 'boolean') return checkboxField(id, spec, value, onChange);
  if (spec.kind === 'select') return selectField(id, spec, value, onChange);
  return textField(id, spec, value, onChange);
}

/**
 * A colour property: a checkbox saying whether it is set, and a colour picker; picking a colour sets it, and
 * clearing the checkbox leaves it to the element again.
 */
function colourField(
  id: string,
  spec: PropertySpec,
  value: string | undefined,
  onChange: (value: string | undefined) => void
): Field {
  const {label, description, warning, describedBy, warn} = parts(`${id}-set`, spec.name, spec.description);
  const set = h('input', {
    id: `${id}-set`,
    type: 'checkbox',
    checked: value !== undefined,
    'aria-describedby': describedBy,
  });
  const picker = h('input', {id, type: 'color', 'aria-label': `${spec.name} colour`});
  picker.value = value ?? spec.initial ?? '#000000';
  set.addEventListener('change', () => onChange(set.checked ? picker.value : undefined));
  picker.addEventListener('input', () => {
    set.checked = true;
    onChange(picker.value);
  });
  const root = h(
    'div',
    {class: 'field checkbox colour'},
    h('div', {class: 'row'}, set, label, picker),
    description,
    warning
  );
  return {root, warn: (messages) => warn(set, messages)};
}

/** Any other property: text, used only when it is a plain value (isSafeCssValue), else a warning says why not. */
function cssTextField(
  id: string,
  spec: PropertySpec,
  value: string | undefined,
  onChange: (value: string | undefined) => void
): Field {
  const {label, description, warning, describedBy, warn} = parts(id, spec.name, spec.description);
  const input = textInput(id, describedBy);
  if (spec.default) input.placeholder = spec.default;
  input.value = value ?? '';
  const field = {
    root: h('div', {class: 'field'}, label, input, description, warning),
    warn: (messages: readonly string[]) => warn(input, messages),
  };
  input.addEventListener('input', () => {
    const text = input.value.trim();
    const safe = isSafeCssValue(text);
    field.warn(
      safe
        ? []
        : [
            `Not used: write a plain value (letters, digits, spaces and # % . , ' ( ) / + -), e.g. ${spec.default ?? '1em'}.`,
          ]
    );
    onChange(safe && text ? text : undefined);
  });
  return field;
}

/** The field for a documented custom property. */
export function propertyField(
  spec: PropertySpec,
  value: string | undefined,
  onChange: (value: string | undefined) => void
): Field {
  const id = `property-${spec.name.replace(/^--/, '')}`;
  return spec.colour ? colourField(id, spec, value, onChange) : cssTextField(id, spec, value, onChange);
}
