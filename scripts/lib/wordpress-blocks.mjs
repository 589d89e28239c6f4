// The WordPress plugin's blocks, generated from the shortcode table (custom-elements.json), the settings
// declaration (src/internal/settings.ts: each setting's label, help, group and choice words, each element's name)
// and the render plans into the built plugin: blocks/<name>/block.json for each element (attributes named as the
// element's, so a block and a shortcode share one rendering path) and assets/blocks-data.js, the sidebar
// controls that assets/blocks.js draws for each block, in the declaration's groups.
import {mkdirSync, writeFileSync} from 'node:fs';
import {SETTINGS, canonicalUrl} from './render-settings.mjs';
import {ELEMENT_DESCRIPTIONS, ELEMENT_LABELS} from '../../build/src/internal/settings.js';
import {settingsByGroup} from './setting-groups.mjs';
import {blockIcons, blockExamples} from '../../integrations/mappings/wordpress.mjs';

/** The words for one value of a choice: the declaration's, else the value itself. */
const choiceWords = (setting, value) => setting.choices?.[value] ?? value;

/**
 * The first option of a choice, which writes no attribute: the site's setting (Settings > SensIQ Embed) or the
 * element's default applies. Named by that default when there is one; a choice with no default is off.
 */
const unsetOption = (setting) => ({
  value: '',
  label: setting.default ? `Default (${choiceWords(setting, setting.default)})` : 'Off',
});

/**
 * How the sidebar checks a value as it is typed, so that a value the element would refuse is flagged by its field
 * (assets/blocks.js words the message per kind): the pattern of a phone number, the range of a whole number.
 * Links are checked with the servers' own reader (canonicalUrl, written into blocks-data.js).
 */
function check(setting) {
  switch (setting.kind) {
    case 'url':
      return {kind: 'url'};
    case 'phone':
      return {kind: 'phone', pattern: setting.pattern};
    case 'whole':
      return {kind: 'whole', min: setting.min, ...(setting.max ? {max: setting.max} : {})};
    default:
      return undefined;
  }
}

/** The sidebar control for one attribute, or undefined for one a block does not offer. */
function control(attribute, plan) {
  const setting = SETTINGS[attribute.name];
  const base = {
    name: attribute.name,
    label: setting.label,
    help: setting.help,
    group: setting.group,
    ...(check(setting) ? {check: check(setting)} : {}),
  };
  const items = plan?.items;
  const itemOptions = () => items.ids.map((id, i) => ({value: id, label: items.labels?.[i] ?? id}));
  switch (setting.kind) {
    case 'article': // one bundled article: nothing to choose
      return undefined;
    case 'boolean':
      return {...base, control: 'toggle'};
    case 'keyword':
      return {
        ...base,
        control: 'select',
        options: [
          unsetOption(setting),
          ...setting.values.map((value) => ({value, label: choiceWords(setting, value)})),
        ],
      };
    case 'whole':
      // A small range (heading levels) is a choice; without an upper limit, a number field.
      if (!setting.max) return {...base, control: 'number'};
      return {
        ...base,
        control: 'select',
        options: [
          unsetOption(setting),
          ...Array.from({length: setting.max - setting.min + 1}, (_, i) => String(setting.min + i)).map((value) => ({
            value,
            label: choiceWords(setting, value),
          })),
        ],
      };
    case 'ids':
      // Chosen from a list, never typed: one checkbox per question, in article order.
      return {...base, control: 'checkboxes', options: itemOptions()};
    case 'item':
      // One of the chosen items (blocks.js offers only those ticked in the `ids` control), all, or none.
      return {
        ...base,
        control: 'select',
        from: Object.keys(SETTINGS).find((name) => SETTINGS[name].kind === 'ids'),
        options: [{value: '', label: 'None'}, {value: 'all', label: 'All'}, ...itemOptions()],
      };
    default:
      return {...base, control: 'text'};
  }
}

/** Writes blocks/<name>/block.json and assets/blocks-data.js into the built plugin folder `plugin`. */
export function writeWordPressBlocks(table, plans, plugin, version) {
  const data = [];
  for (const {tag, attributes} of Object.values(table)) {
    if (!plans[tag]) continue; // no server rendering, no block
    const folder = tag.slice('sensiq-'.length);
    const byName = Object.fromEntries(attributes.map((attribute) => [attribute.name, attribute]));
    const groups = settingsByGroup(attributes.map((attribute) => attribute.name));
    const controls = groups
      .flatMap(([, names]) => names.map((name) => control(byName[name], plans[tag])))
      .filter(Boolean);
    const title = ELEMENT_LABELS[tag];
    if (!title) throw new Error(`src/internal/settings.ts: ELEMENT_LABELS names no <${tag}>`);
    if (!blockIcons[tag]) throw new Error(`integrations/mappings/wordpress.mjs: blockIcons has no icon for <${tag}>`);
    const block = {
      $schema: 'https://schemas.wp.org/trunk/block.json',
      apiVersion: 2,
      name: `sensiq/${folder}`,
      version,
      title,
      category: 'widgets',
      icon: blockIcons[tag],
      // The inserter's and the sidebar's line under the title (every labelled element has one, by its type).
      description: ELEMENT_DESCRIPTIONS[tag],
      keywords: ['sensiq', folder.replaceAll('-', ' '), 'health', 'menopause'],
      textdomain: 'sensiq-embed',
      attributes: Object.fromEntries(
        controls.map((c) => [
          c.name,
          c.control === 'toggle'
            ? {type: 'boolean', default: false}
            : c.control === 'checkboxes'
              ? {type: 'array', items: {type: 'string'}, default: []}
              : {type: 'string', default: ''},
        ])
      ),
      // The inserter's preview: the element itself, as set here.
      example: {attributes: blockExamples[tag] ?? {}},
      supports: {html: false},
      editorScript: 'sensiq-embed-editor',
    };
    mkdirSync(`${plugin}/blocks/${folder}`, {recursive: true});
    writeFileSync(`${plugin}/blocks/${folder}/block.json`, `${JSON.stringify(block, null, '\t')}\n`);
    data.push({
      name: block.name,
      tag,
      title,
      description: block.description,
      icon: block.icon,
      example: block.example,
      attributes: block.attributes,
      groups: groups.map(([group]) => group).filter((group) => controls.some((c) => c.group === group)),
      controls,
    });
  }
  // The servers' link reader, so the sidebar refuses exactly what the page will (it is self-contained but for
  // JavaScript's trim, which it names trimJs).
  const reader = `(function () { var trimJs = function (text) { return String(text).trim(); }; return ${canonicalUrl.toString()}; })()`;
  writeFileSync(
    `${plugin}/assets/blocks-data.js`,
    `/*! Generated by scripts/lib/wordpress-blocks.mjs: the SensIQ blocks' sidebar controls, read by blocks.js. */\nwindow.sensiqEmbedBlocks = ${JSON.stringify(data)};\nwindow.sensiqEmbedCanonicalUrl = ${reader};\n`
  );
}
