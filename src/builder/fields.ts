// One labelled form field per documented attribute or custom property, in a marketer's words: the label and help
// from the settings declaration (the attribute's name beside it, as small print for developers), the element's
// own warning when it refuses the value, and for a colour its contrast where it is painted.
import type {AttributeSpec, Choice, PropertySpec} from './builder-data.js';
import {formatRatio, passes, propertyLabel, type ContrastCheck} from './colours.js';
import {h} from './dom.js';
import {isSafeCssValue} from './escape.js';

/** A setting's value: text as typed, `true` for a boolean that is on, `undefined` when not set. */
export type Value = string | true | undefined;

export interface Field {
  root: HTMLElement;
  /** Shows these warnings next to the field (none: clears them). */
  warn(messages: readonly string[]): void;
  /** Shows a colour's contrast checks by the field. */
  contrast?(checks: readonly ContrastCheck[]): void;
  /** Brings the field up to date with the other settings (the questions "open at first" picks among). */
  sync?(): void;
}

/** The settings as they stand, for fields whose choices depend on another setting. */
export interface FieldContext {
  values: ReadonlyMap<string, string | true>;
}

/** Text with `code` in backticks shown as code. */
function describe(id: string, text: string): HTMLElement {
  const parts = text.split('`').map((part, i) => (i % 2 ? h('code', {}, part) : part));
  return h('p', {id, class: 'description'}, ...parts);
}

/** The attribute or property name, as small print for developers. */
const codeName = (name: string) => h('span', {class: 'code-name'}, 'In the code: ', h('code', {}, name));

/** The pieces every field has: its help, the name in the code and a place for warnings. */
function parts(id: string, name: string, help: string) {
  const warning = h('p', {id: `${id}-warning`, class: 'warning', hidden: true});
  return {
    description: describe(`${id}-description`, help),
    name: codeName(name),
    warning,
    describedBy: `${id}-description ${id}-warning`,
    warn(control: HTMLElement | null, messages: readonly string[]) {
      warning.replaceChildren(messages.join('\n'));
      warning.hidden = messages.length === 0;
      if (!control) return;
      if (messages.length) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    },
  };
}

function checkboxField(id: string, spec: AttributeSpec, value: Value, onChange: (value: Value) => void): Field {
  const {description, name, warning, describedBy, warn} = parts(id, spec.name, spec.help);
  const input = h('input', {id, type: 'checkbox', 'aria-describedby': describedBy, checked: value === true});
  input.addEventListener('change', () => onChange(input.checked ? true : undefined));
  const label = h('label', {for: id}, spec.label);
  const root = h('div', {class: 'field checkbox'}, h('div', {class: 'row'}, input, label), description, name, warning);
  return {root, warn: (messages) => warn(input, messages)};
}

/** Options for `choices`, with a first "not set" one, and the value as written when it is none of them. */
function options(choices: readonly Choice[], value: Value, unset: string): HTMLOptionElement[] {
  const current = typeof value === 'string' ? value : '';
  const known = current === '' || choices.some((choice) => choice.value === current);
  return [
    h('option', {value: '', selected: current === ''}, unset),
    ...choices.map((choice) => h('option', {value: choice.value, selected: choice.value === current}, choice.label)),
    // A value from a link that is none of the choices: shown as it is, with the element's warning beside it.
    known ? null : h('option', {value: current, selected: true}, `${current} (not one of the choices)`),
  ].filter((option): option is HTMLOptionElement => option !== null);
}

const unsetWords = (spec: AttributeSpec) => {
  const standard = spec.choices?.find((choice) => choice.value === spec.default)?.label;
  return standard ? `Standard (${standard})` : 'Standard';
};

function selectField(id: string, spec: AttributeSpec, value: Value, onChange: (value: Value) => void): Field {
  const {description, name, warning, describedBy, warn} = parts(id, spec.name, spec.help);
  const select = h(
    'select',
    {id, 'aria-describedby': describedBy},
    ...options(spec.choices ?? [], value, unsetWords(spec))
  );
  select.addEventListener('change', () => onChange(select.value || undefined));
  return {
    root: h('div', {class: 'field'}, h('label', {for: id}, spec.label), select, description, name, warning),
    warn: (messages) => warn(select, messages),
  };
}

/** "Open when the page loads": none, all, or one of the questions ticked (all of them when none is). */
function itemField(id: string, spec: AttributeSpec, onChange: (value: Value) => void, context: FieldContext): Field {
  const {description, name, warning, describedBy, warn} = parts(id, spec.name, spec.help);
  const select = h('select', {id, 'aria-describedby': describedBy});
  const sync = () => {
    const ticked = String(context.values.get('questions') ?? '')
      .split(',')
      .map((part) => part.trim());
    const all = spec.choices ?? [];
    const among = all.filter((choice) => choice.value !== 'all');
    const shown = among.filter((choice) => ticked.includes(choice.value));
    const current = context.values.get(spec.name);
    const offered = [{value: 'all', label: 'All of them'}, ...(shown.length ? shown : among)];
    select.replaceChildren(...options(offered, current === true ? '' : current, 'None: all closed'));
  };
  sync();
  select.addEventListener('change', () => onChange(select.value || undefined));
  return {
    root: h('div', {class: 'field'}, h('label', {for: id}, spec.label), select, description, name, warning),
    warn: (messages) => warn(select, messages),
    sync,
  };
}

/** A text box for links, words and numbers: no spelling marks, no browser autofill. */
const textInput = (id: string, describedBy: string, type = 'text') =>
  h('input', {id, type, spellcheck: 'false', autocomplete: 'off', 'aria-describedby': describedBy});

function textField(id: string, spec: AttributeSpec, value: Value, onChange: (value: Value) => void): Field {
  const {description, name, warning, describedBy, warn} = parts(id, spec.name, spec.help);
  const input = textInput(id, describedBy, spec.kind === 'number' ? 'number' : spec.kind === 'phone' ? 'tel' : 'text');
  if (spec.kind === 'number') {
    input.min = String(spec.min ?? 1);
    input.step = '1';
    input.inputMode = 'numeric';
  }
  if (spec.kind === 'text' && spec.name.endsWith('href')) input.type = 'url';
  input.value = typeof value === 'string' ? value : '';
  input.addEventListener('input', () => onChange(input.value));
  return {
    root: h('div', {class: 'field'}, h('label', {for: id}, spec.label), input, description, name, warning),
    warn: (messages) => warn(input, messages),
  };
}

/** The buttons that move a ticked question in the order: how far each moves it, and its words. */
const MOVES = {up: {by: -1, words: 'Move up'}, down: {by: 1, words: 'Move down'}} as const;
type Move = keyof typeof MOVES;

/**
 * The questions as a checklist in the article's order, and the ones ticked in the order they will show, each
 * with Move up and Move down buttons (announced in a status line). None ticked: all of them.
 */
function checklistField(id: string, spec: AttributeSpec, value: Value, onChange: (value: Value) => void): Field {
  const {description, name, warning, warn} = parts(id, spec.name, spec.help);
  const choices = spec.choices ?? [];
  const labelOf = (value: string) => choices.find((choice) => choice.value === value)?.label ?? value;
  let chosen = (typeof value === 'string' ? value : '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => choices.some((choice) => choice.value === part));
  const status = h('p', {id: `${id}-status`, class: 'visually-hidden', role: 'status'});
  const order = h('ol', {id: `${id}-order`, class: 'order'});
  const orderHeading = h('p', {class: 'order-heading', id: `${id}-order-heading`}, 'In this order:');
  const boxes = choices.map((choice, i) => {
    const box = h('input', {
      id: `${id}-${i}`,
      type: 'checkbox',
      value: choice.value,
      checked: chosen.includes(choice.value),
    });
    box.addEventListener('change', () => {
      chosen = box.checked ? [...chosen, choice.value] : chosen.filter((v) => v !== choice.value);
      drawOrder();
      onChange(chosen.join(','));
    });
    return h('li', {class: 'row'}, box, h('label', {for: box.id}, choice.label));
  });
  const move = (index: number, which: Move) => {
    const target = index + MOVES[which].by;
    [chosen[index], chosen[target]] = [chosen[target], chosen[index]];
    drawOrder();
    // Focus stays with the question moved, on the same button where it still can move that way.
    const item = order.children[target];
    const button = item?.querySelector<HTMLButtonElement>(`button[data-move="${which}"]:not([disabled])`);
    (button ?? item?.querySelector<HTMLButtonElement>('button:not([disabled])'))?.focus();
    status.textContent = `${labelOf(chosen[target])}: now ${target + 1} of ${chosen.length}.`;
    onChange(chosen.join(','));
  };
  // Named with the question it moves; disabled where the question cannot move that way.
  const moveButton = (which: Move, index: number, text: string) => {
    const target = index + MOVES[which].by;
    const button = h(
      'button',
      {
        type: 'button',
        class: 'secondary small',
        'data-move': which,
        'aria-label': `${MOVES[which].words}: ${text}`,
        disabled: target < 0 || target >= chosen.length,
      },
      MOVES[which].words
    );
    button.addEventListener('click', () => move(index, which));
    return button;
  };
  function drawOrder() {
    orderHeading.hidden = chosen.length < 2;
    order.hidden = chosen.length < 2;
    order.replaceChildren(
      ...chosen.map((value, index) => {
        const text = labelOf(value);
        return h(
          'li',
          {},
          h('span', {class: 'order-text'}, text),
          h('span', {class: 'row'}, moveButton('up', index, text), moveButton('down', index, text))
        );
      })
    );
  }
  drawOrder();
  const root = h(
    'fieldset',
    {id, class: 'field checklist', 'aria-describedby': `${id}-description ${id}-warning`},
    h('legend', {}, spec.label),
    description,
    h('ul', {class: 'choices'}, ...boxes),
    orderHeading,
    order,
    status,
    name,
    warning
  );
  return {root, warn: (messages) => warn(null, messages)};
}

/** The field for a documented attribute, by the way it is offered. */
export function attributeField(
  spec: AttributeSpec,
  value: Value,
  onChange: (value: Value) => void,
  context: FieldContext
): Field {
  const id = `setting-${spec.name}`;
  switch (spec.kind) {
    case 'boolean':
      return checkboxField(id, spec, value, onChange);
    case 'select':
      return selectField(id, spec, value, onChange);
    case 'item':
      return itemField(id, spec, onChange, context);
    case 'checklist':
      return checklistField(id, spec, value, onChange);
    default:
      return textField(id, spec, value, onChange);
  }
}

/** The contrast line by a colour: each place checked, its ratio and the minimum, below-AA ones first. */
function contrastLine(line: HTMLElement, checks: readonly ContrastCheck[]): void {
  line.hidden = checks.length === 0;
  const failing = checks.filter((check) => !passes(check));
  line.classList.toggle('below', failing.length > 0);
  const say = (check: ContrastCheck) =>
    `${formatRatio(check.ratio, check.minimum)} ${check.where} for ${check.what} (needs ${check.minimum}:1)`;
  line.replaceChildren(
    failing.length
      ? `Too little contrast: ${failing.map(say).join('; ')}.`
      : `Contrast: ${checks.map((check) => `${formatRatio(check.ratio, check.minimum)} ${check.where}`).join(', ')} (meets WCAG AA).`
  );
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
  const label = propertyLabel(spec.name);
  const {description, name, warning, warn} = parts(`${id}-set`, spec.name, spec.description);
  const contrast = h('p', {id: `${id}-contrast`, class: 'contrast', hidden: true});
  const set = h('input', {
    id: `${id}-set`,
    type: 'checkbox',
    checked: value !== undefined,
    'aria-describedby': `${id}-set-description ${id}-contrast ${id}-set-warning`,
  });
  const picker = h('input', {
    id,
    type: 'color',
    'aria-label': `${label}: pick a colour`,
    'aria-describedby': `${id}-contrast`,
  });
  picker.value = value && /^#[0-9a-f]{6}$/i.test(value) ? value : (spec.initial ?? '#000000');
  set.addEventListener('change', () => onChange(set.checked ? picker.value : undefined));
  picker.addEventListener('input', () => {
    set.checked = true;
    onChange(picker.value);
  });
  const root = h(
    'div',
    {class: 'field checkbox colour'},
    h('div', {class: 'row'}, set, h('label', {for: `${id}-set`}, label), picker),
    description,
    contrast,
    name,
    warning
  );
  return {root, warn: (messages) => warn(set, messages), contrast: (checks) => contrastLine(contrast, checks)};
}

/** Any other property: text, used only when it is a plain value (isSafeCssValue), else a warning says why not. */
function cssTextField(
  id: string,
  spec: PropertySpec,
  value: string | undefined,
  onChange: (value: string | undefined) => void
): Field {
  const {description, name, warning, describedBy, warn} = parts(id, spec.name, spec.description);
  const input = textInput(id, describedBy);
  if (spec.default) input.placeholder = spec.default;
  input.value = value ?? '';
  const field = {
    root: h(
      'div',
      {class: 'field'},
      h('label', {for: id}, propertyLabel(spec.name)),
      input,
      description,
      name,
      warning
    ),
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
