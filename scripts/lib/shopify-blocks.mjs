// The Shopify extension's app blocks, generated from custom-elements.json, the render plans and
// integrations/mappings/shopify.mjs into the built extension: blocks/<name>.liquid (its settings read as the
// element reads its attributes, then the element with its content from snippets/sensiq-<tag>.liquid, see
// scripts/lib/shopify-render.mjs, and the {% schema %} the theme editor shows: the settings under a header per
// group) and locales/en.default.schema.json (the editor's wording: the settings declaration's labels, help and
// choice words, and each block named by what it shows). scripts/lib/render-settings.mjs is the reference for
// how each setting is read; the tests compare the blocks' output with the elements.
import {mkdirSync, writeFileSync} from 'node:fs';
import {appEmbed, blocks, shared} from '../../integrations/mappings/shopify.mjs';
import {SETTINGS} from './render-settings.mjs';
import {ELEMENT_DESCRIPTIONS, ELEMENT_LABELS} from '../../build/src/internal/settings.js';
import {settingsByGroup} from './setting-groups.mjs';

const localeKey = (name) => name.replaceAll('-', '_');
const variable = (name) => name.replaceAll('-', '_');
// The value is worked out first: a filter after append would apply to all the attributes written so far.
const write = (name, value) =>
  `{%- assign written = ${value} -%}{%- assign attributes = attributes | append: ' ${name}="' | append: written | append: '"' -%}`;
/**
 * The Liquid that sets, once a setting is read into its variable, the axis it decides (its value, or `on`) and
 * its slots (the value less the characters a slot drops), from the settings declaration.
 */
function decided(name, source = variable(name)) {
  const {axis, slots = {}} = SETTINGS[name];
  const lines = [];
  if (axis && !axis.placeFrom)
    lines.push(`{%- assign ${variable(axis.name)} = ${axis.on ? `'${axis.on}'` : source} -%}`);
  // Where another setting shows (the call to action's place): kept under its own name for finish().
  const places = Object.values(SETTINGS).some((other) => other.axis?.placeFrom === name);
  if (places && source !== variable(name)) lines.push(`{%- assign ${variable(name)} = ${source} -%}`);
  for (const [slot, {drop = ''}] of Object.entries(slots)) {
    if (slot === name) continue; // the variable itself
    const removed = [...drop].map((character) => ` | remove: '${character}'`).join('');
    lines.push(`{%- assign ${variable(slot)} = ${variable(name)}${removed} -%}`);
  }
  return lines.join('');
}

/**
 * One attribute's theme-editor settings: schema entries, their wording under `settings.<key>` in the locale,
 * and the Liquid that reads them (assigning the snippet's parameters and appending to `attributes`).
 */
function settings(attribute, copy, key, plan) {
  const id = copy.id ?? localeKey(attribute.name);
  const t = `t:settings.${key}`;
  const value = `block.settings.${id}`;
  const setting = SETTINGS[attribute.name];
  const wording = {label: setting.label, info: setting.help};
  const schema = {id, label: `${t}.label`, info: `${t}.info`};
  const {kind} = setting;
  const name = variable(attribute.name);

  if (kind === 'boolean') {
    const set = setting.axis ? decided(attribute.name) : '';
    return [
      {
        key,
        schema: {type: 'checkbox', ...schema, default: false},
        wording,
        liquid: `{%- if ${value} -%}{%- assign attributes = attributes | append: ' ${attribute.name}' -%}${set}{%- endif -%}`,
      },
    ];
  }
  if (kind === 'ids') {
    // One checkbox per question, labelled with the question: chosen, never typed. The setting's name and help
    // head the list.
    const header = {
      key: `${key}_header`,
      schema: {type: 'header', content: `${t}_header.content`, info: `${t}_header.info`},
      wording: {content: setting.label, info: setting.help},
    };
    const boxes = plan.items.ids.map((itemId, i) => ({
      key: `${key}_${i + 1}`,
      schema: {type: 'checkbox', id: `question_${variable(itemId)}`, label: `${t}_${i + 1}.label`, default: false},
      wording: {label: plan.items.labels[i]},
      liquid: `{%- if block.settings.question_${variable(itemId)} -%}{%- assign chosen = chosen | append: ',${itemId}' -%}{%- endif -%}`,
    }));
    const done = `{%- if chosen != '' -%}{%- assign questions = chosen | remove_first: ',' -%}${write('questions', 'questions')}{%- endif -%}`;
    return [header, ...boxes.slice(0, -1), {...boxes.at(-1), liquid: boxes.at(-1).liquid + done}];
  }
  if (kind === 'keyword' || (kind === 'whole' && setting.max)) {
    const allowed =
      kind === 'keyword'
        ? setting.values
        : Array.from({length: setting.max - setting.min + 1}, (_, i) => String(setting.min + i));
    // A first option that writes no attribute: named by the element's default, or off when it has none.
    const unset = copy.unset
      ? {value: copy.unset, label: setting.default ? `Default (${setting.choices?.[setting.default]})` : 'Off'}
      : undefined;
    const options = [...(unset ? [unset] : []), ...allowed.map((v) => ({value: v, label: setting.choices?.[v] ?? v}))];
    const labels = Object.fromEntries(options.map((o) => [o.value, o.label]));
    return [
      {
        key,
        schema: {
          type: 'select',
          ...schema,
          options: options.map((o) => ({value: o.value, label: `${t}.options.${o.value}`})),
          default: unset?.value ?? setting.default ?? allowed[0],
        },
        wording: {...wording, options: labels},
        liquid: `{%- assign read = ${value} | append: '' -%}{%- assign allowed = '${allowed.join(',')}' | split: ',' -%}{%- if allowed contains read -%}${decided(attribute.name, 'read')}${write(attribute.name, 'read')}{%- endif -%}`,
      },
    ];
  }
  if (kind === 'whole') {
    return [
      {
        key,
        schema: {type: 'number', ...schema},
        wording,
        liquid: `{%- if ${value} != blank -%}{%- assign read = ${value} | plus: 0 -%}{%- assign whole = read | floor -%}{%- if whole == read and read >= ${setting.min} -%}{%- assign ${name} = whole -%}${write(attribute.name, 'whole')}{%- endif -%}{%- endif -%}`,
      },
    ];
  }
  if (kind === 'phone') {
    return [
      {
        key,
        schema: {type: 'text', ...schema},
        wording,
        liquid: `{%- capture ${name} -%}{%- render 'sensiq-read-phone', text: ${value} -%}{%- endcapture -%}{%- if ${name} != '' -%}${decided(attribute.name)}${write(attribute.name, `${name} | escape`)}{%- endif -%}`,
      },
    ];
  }
  if (kind === 'url') {
    return [
      {
        key,
        schema: {type: 'url', ...schema},
        wording,
        liquid: `{%- capture ${name} -%}{%- render 'sensiq-read-url', text: ${value}, shop_url: shop.url -%}{%- endcapture -%}{%- if ${name} != '' -%}${decided(attribute.name)}${write(attribute.name, `${name} | escape`)}{%- endif -%}`,
      },
    ];
  }
  // Free text (the call to action's label): stripped; empty leaves the element's own.
  return [
    {
      key,
      schema: {type: 'text', ...schema},
      wording,
      liquid: `{%- assign read = ${value} | strip -%}{%- if read != '' -%}{%- assign ${name} = read -%}${decided(attribute.name)}${write(attribute.name, 'read | escape')}{%- endif -%}`,
    },
  ];
}

/** The slots of the settings the plan has, by name, with the text each shows when its setting is unset. */
const slotsOf = (plan) =>
  Object.keys(plan.settings).flatMap((name) =>
    Object.keys(SETTINGS[name].slots ?? {}).map((slot) => [slot, plan.slots?.[slot]?.fallback ?? ''])
  );

/** The settings placed where another says (the call to action), with the axis each decides. */
const placedSettings = (plan) =>
  Object.keys(plan.settings).filter((name) => SETTINGS[name].axis?.placeFrom && plan.axes[SETTINGS[name].axis.name]);

/** The Liquid that sets every parameter of the element's snippet to its default before the settings are read. */
function defaults(plan, offered) {
  const assign = (name, value) => `{%- assign ${name} = '${value}' -%}`;
  const lines = [assign('attributes', '')];
  if (offered.includes('questions')) lines.push(assign('chosen', ''), assign('questions', ''));
  for (const name of placedSettings(plan)) {
    const {placeFrom, otherwise} = SETTINGS[name].axis;
    if (offered.includes(placeFrom)) lines.push(assign(variable(placeFrom), otherwise));
  }
  if (offered.includes('limit')) lines.push('{%- assign limit = nil -%}');
  for (const [axis, {default: value, item}] of Object.entries(plan.axes))
    if (!item) lines.push(assign(variable(axis), value));
  for (const [slot, fallback] of slotsOf(plan)) lines.push(assign(variable(slot), fallback));
  return lines.join('\n');
}

/** What follows the settings: the call to action's place, the list, and the snippet. */
function finish(plan, offered) {
  const lines = [];
  for (const name of placedSettings(plan)) {
    const {name: axis, placeFrom, otherwise, prefix = {}} = SETTINGS[name].axis;
    const place = offered.includes(placeFrom) ? variable(placeFrom) : `'${otherwise}'`;
    const prefixes = Object.entries(prefix)
      .filter(([other]) => plan.axes[other])
      .flatMap(([other, byValue]) =>
        Object.entries(byValue).map(
          ([value, text]) =>
            `{%- if ${variable(other)} == '${value}' -%}{%- assign ${variable(axis)} = '${text}' | append: ${variable(axis)} -%}{%- endif -%}`
        )
      );
    lines.push(
      `{%- if ${variable(name)} != '' -%}{%- assign ${variable(axis)} = ${place} -%}${prefixes.join('')}{%- endif -%}`
    );
  }
  if (plan.items) {
    lines.push(`{%- assign list = ',${plan.items.ids.join(',')},' -%}`);
    if (offered.includes('questions'))
      lines.push(`{%- if questions != '' -%}{%- assign list = ',' | append: questions | append: ',' -%}{%- endif -%}`);
    for (const [axis, byValue] of Object.entries(plan.items.hidden)) {
      for (const [value, ids] of Object.entries(byValue)) {
        lines.push(
          `{%- if ${variable(axis)} == '${value}' -%}${ids.map((id) => `{%- assign list = list | replace: ',${id},', ',' -%}`).join('')}{%- endif -%}`
        );
      }
    }
    lines.push(`{%- assign items = list | remove_first: ',' | split: ',' -%}`);
    if (offered.includes('limit'))
      lines.push(`{%- if limit -%}{%- assign items = items | slice: 0, limit -%}{%- endif -%}`);
    if (plan.axes.open) lines.push(`{%- assign open_ids = '' | split: ',' -%}`);
  }
  const parameters = [
    'attributes',
    ...Object.keys(plan.axes)
      .filter((a) => !plan.axes[a].item)
      .map(variable),
    ...slotsOf(plan).map(([slot]) => variable(slot)),
    ...(plan.items ? ['items'] : []),
    ...(plan.axes.open ? ['open_ids'] : []),
  ];
  lines.push(`{%- render '${plan.tag}', ${parameters.map((p) => `${p}: ${p}`).join(', ')} -%}`);
  return lines.join('\n');
}

/** Writes every block and the locale into the built extension folder `extension`. */
export function writeShopifyBlocks(elements, plans, extension) {
  const locale = {blocks: {}, settings: {}};
  mkdirSync(`${extension}/blocks`, {recursive: true});
  for (const [name, block] of Object.entries(blocks)) {
    const element = elements.get(block.tag);
    const plan = plans[block.tag];
    if (!element || !plan)
      throw new Error(`integrations/mappings/shopify.mjs: <${block.tag}> has no manifest entry or render plan`);
    const attribute = (attributeName) => {
      const found = element.attributes.find((a) => a.name === attributeName);
      if (!found)
        throw new Error(`integrations/mappings/shopify.mjs: <${block.tag}> has no attribute ${attributeName}`);
      return found;
    };
    const offered = [...Object.keys(block.attributes), ...Object.keys(shared)];
    const copyOf = (a) => block.attributes[a] ?? shared[a];
    const keyOf = (a) =>
      a in block.attributes ? `${localeKey(name)}_${localeKey(a)}` : (shared[a].id ?? localeKey(a));
    // The settings under a header per group, in the declaration's group order.
    const all = settingsByGroup(offered).flatMap(([group, inGroup]) => {
      const groupKey = `group_${group.toLowerCase().replaceAll(' ', '_')}`;
      const header = {
        key: groupKey,
        schema: {type: 'header', content: `t:settings.${groupKey}.content`},
        wording: {content: group},
      };
      return [header, ...inGroup.flatMap((a) => settings(attribute(a), copyOf(a), keyOf(a), plan))];
    });
    const key = localeKey(name);
    locale.blocks[key] = {name: ELEMENT_LABELS[block.tag], description: ELEMENT_DESCRIPTIONS[block.tag]};
    for (const {key: wordingKey, wording} of all) locale.settings[wordingKey] = wording;
    const schema = {
      name: `t:blocks.${key}.name`,
      target: 'section',
      javascript: 'sensiq-embed.js',
      // First in the block's settings: what a visitor sees of it, in the declaration's words.
      settings: [{type: 'paragraph', content: `t:blocks.${key}.description`}, ...all.map((s) => s.schema)],
    };
    writeFileSync(
      `${extension}/blocks/${name}.liquid`,
      `{%- comment -%}
  <${block.tag}>: ${element.summary}
  Generated by scripts/lib/shopify-blocks.mjs from custom-elements.json, the render plan and
  integrations/mappings/shopify.mjs: do not edit.
{%- endcomment -%}
${defaults(plan, offered)}
${all
  .map((s) => s.liquid)
  .filter(Boolean)
  .join('\n')}
${finish(plan, offered)}

{% schema %}
${JSON.stringify(schema, null, 2)}
{% endschema %}
`
    );
  }
  locale.blocks[appEmbed.key] = {name: appEmbed.name};
  mkdirSync(`${extension}/locales`, {recursive: true});
  writeFileSync(`${extension}/locales/en.default.schema.json`, `${JSON.stringify(locale, null, 2)}\n`);
}
