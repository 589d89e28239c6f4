// The Shopify extension's app blocks, generated from custom-elements.json, the render plans and
// integrations/mappings/shopify.mjs into the built extension: blocks/<name>.liquid (its settings read as the
// element reads its attributes, then the element with its content from snippets/sensiq-<tag>.liquid, see
// scripts/lib/shopify-render.mjs, and the {% schema %} the theme editor shows) and
// locales/en.default.schema.json (the editor's wording). scripts/lib/render-settings.mjs is the reference for
// how each setting is read; the tests compare the blocks' output with the elements.
import {mkdirSync, writeFileSync} from 'node:fs';
import {appEmbed, blocks, shared} from '../../integrations/mappings/shopify.mjs';
import {KINDS} from './render-settings.mjs';

const words = (name) => name[0].toUpperCase() + name.slice(1).replaceAll('-', ' ');
const localeKey = (name) => name.replaceAll('-', '_');
const variable = (name) => name.replaceAll('-', '_');
// The value is worked out first: a filter after append would apply to all the attributes written so far.
const write = (name, value) =>
  `{%- assign written = ${value} -%}{%- assign attributes = attributes | append: ' ${name}="' | append: written | append: '"' -%}`;
// The axis a setting decides, by attribute, and the value a flag gives it.
const AXIS_OF = {
  'heading-level': 'level',
  theme: 'theme',
  'no-promo': 'clinic',
  searchable: 'searchable',
  'cta-placement': 'placement',
};

/**
 * One attribute's theme-editor settings: schema entries, their wording under `settings.<key>` in the locale,
 * and the Liquid that reads them (assigning the snippet's parameters and appending to `attributes`).
 */
function settings(attribute, copy, key, plan) {
  const id = copy.id ?? localeKey(attribute.name);
  const t = `t:settings.${key}`;
  const value = `block.settings.${id}`;
  const info = copy.info ?? attribute.description.replaceAll('`', '');
  const wording = {label: copy.label ?? words(attribute.name), ...(info ? {info} : {})};
  const schema = {id, label: `${t}.label`, ...(info ? {info: `${t}.info`} : {})};
  const axis = AXIS_OF[attribute.name];
  const kind = KINDS[attribute.name];

  if (kind === 'flag') {
    const set = axis ? `{%- assign ${axis} = '1' -%}` : '';
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
    // One checkbox per question, labelled with the question: chosen, never typed.
    const header = {
      key: `${key}_header`,
      schema: {type: 'header', content: `${t}_header.content`},
      wording: {content: copy.label ?? 'Questions to show (none ticked: all)'},
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
  if (kind === 'level' || kind === 'keyword') {
    // Options the mapping lists carry their own labels (H1...H6); the element's values are worded in the locale.
    const options = copy.options ?? [copy.unset, ...attribute.values.map((v) => ({value: v}))].filter(Boolean);
    const labels = Object.fromEntries(
      options
        .filter((o) => !o.label || o === copy.unset)
        .map((o) => [o.value, o.label ?? copy.optionLabels?.[o.value] ?? words(o.value)])
    );
    const allowed = kind === 'level' ? ['1', '2', '3', '4', '5', '6'] : plan.keywords[attribute.name].values;
    return [
      {
        key,
        schema: {
          type: 'select',
          ...schema,
          options: options.map((o) => ({
            value: o.value,
            label: o.value in labels ? `${t}.options.${o.value}` : o.label,
          })),
          default: copy.default ?? copy.unset?.value ?? attribute.values[0],
        },
        wording: Object.keys(labels).length ? {...wording, options: labels} : wording,
        liquid: `{%- assign read = ${value} | append: '' -%}{%- assign allowed = '${allowed.join(',')}' | split: ',' -%}{%- if allowed contains read -%}${axis ? `{%- assign ${axis} = read -%}` : ''}${write(attribute.name, 'read')}{%- endif -%}`,
      },
    ];
  }
  if (kind === 'count') {
    return [
      {
        key,
        schema: {type: 'number', ...schema},
        wording,
        liquid: `{%- if ${value} != blank -%}{%- assign read = ${value} | plus: 0 -%}{%- assign whole = read | floor -%}{%- if whole == read and read >= 1 -%}{%- assign limit = whole -%}${write(attribute.name, 'whole')}{%- endif -%}{%- endif -%}`,
      },
    ];
  }
  if (kind === 'phone') {
    return [
      {
        key,
        schema: {type: 'text', ...schema},
        wording,
        liquid: `{%- capture emergency_number -%}{%- render 'sensiq-read-phone', text: ${value} -%}{%- endcapture -%}{%- if emergency_number != '' -%}{%- assign emergency = '1' -%}{%- assign emergency_dial = emergency_number | remove: ' ' | remove: '(' | remove: ')' | remove: '-' -%}${write(attribute.name, 'emergency_number | escape')}{%- endif -%}`,
      },
    ];
  }
  if (kind === 'url') {
    return [
      {
        key,
        schema: {type: 'url', ...schema},
        wording,
        liquid: `{%- capture cta_href -%}{%- render 'sensiq-read-url', text: ${value}, shop_url: shop.url -%}{%- endcapture -%}{%- if cta_href != '' -%}${write(attribute.name, 'cta_href | escape')}{%- endif -%}`,
      },
    ];
  }
  // Free text (the call to action's label): stripped; empty leaves the element's own.
  return [
    {
      key,
      schema: {type: 'text', ...schema},
      wording,
      liquid: `{%- assign read = ${value} | strip -%}{%- if read != '' -%}{%- assign ${variable(attribute.name)} = read -%}${write(attribute.name, 'read | escape')}{%- endif -%}`,
    },
  ];
}

/** The Liquid that sets every parameter of the element's snippet to its default before the settings are read. */
function defaults(plan, offered) {
  const assign = (name, value) => `{%- assign ${name} = '${value}' -%}`;
  const lines = [assign('attributes', '')];
  if (offered.includes('questions')) lines.push(assign('chosen', ''), assign('questions', ''));
  if (offered.includes('cta-placement')) lines.push(assign('placement', 'end'));
  if (offered.includes('limit')) lines.push('{%- assign limit = nil -%}');
  for (const [axis, {default: value, item}] of Object.entries(plan.axes))
    if (!item) lines.push(assign(variable(axis), value));
  lines.push(
    assign('cta_href', ''),
    assign('cta_label', plan.slots?.['cta-label']?.fallback ?? ''),
    assign('emergency_number', ''),
    assign('emergency_dial', '')
  );
  return lines.join('\n');
}

/** What follows the settings: the call to action's place, the list, and the snippet. */
function finish(plan, offered) {
  const lines = [];
  const placement = offered.includes('cta-placement') ? 'placement' : "'end'";
  if (plan.axes.cta)
    lines.push(`{%- if cta_href != '' and clinic != '1' -%}{%- assign cta = ${placement} -%}{%- endif -%}`);
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
    'cta_href',
    'cta_label',
    'emergency_number',
    'emergency_dial',
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
    const all = [
      ...Object.entries(block.attributes).flatMap(([a, copy]) =>
        settings(attribute(a), copy, `${localeKey(name)}_${localeKey(a)}`, plan)
      ),
      ...Object.entries(shared).flatMap(([a, copy]) => settings(attribute(a), copy, copy.id ?? localeKey(a), plan)),
    ];
    const offered = [...Object.keys(block.attributes), ...Object.keys(shared)];
    const key = localeKey(name);
    locale.blocks[key] = {name: block.name};
    for (const {key: wordingKey, wording} of all) locale.settings[wordingKey] = wording;
    const schema = {
      name: `t:blocks.${key}.name`,
      target: 'section',
      javascript: 'sensiq-embed.js',
      settings: all.map((s) => s.schema),
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
