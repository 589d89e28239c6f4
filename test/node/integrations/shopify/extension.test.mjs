// The Shopify theme app extension as Shopify checks it: the theme-check linter with the theme-app-extension
// preset, the CLI's deploy rules, and schema JavaScript that works as the classic script Shopify makes it.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {Script} from 'node:vm';
import {check} from '@shopify/theme-check-node';
import {documentedAttributes} from '../../helpers/elements.mjs';
import {EXTENSION, blockSchema, liquidEngine} from '../../helpers/shopify.mjs';
import {hostAttributes, renderBlock, renderData} from '../server-render/runners.mjs';
import {
  ELEMENT_DESCRIPTIONS,
  ELEMENT_LABELS,
  SETTINGS,
  SETTING_GROUPS,
} from '../../../../build/src/internal/settings.js';
import {blocks as blockMappings, shared as sharedMappings} from '../../../../integrations/mappings/shopify.mjs';

const blocks = readdirSync(`${EXTENSION}/blocks`).map((file) => file.replace(/\.liquid$/, ''));
const appBlocks = blocks.filter((name) => blockSchema(name).target === 'section');

// An absolute root: with a relative one theme-check finds no file to check and reports nothing.
const lint = async (folder) => {
  const root = resolve(folder);
  return (await check(root, `${root}/.theme-check.yml`)).map(
    (o) => `${o.check} ${o.uri.split('/').pop()}: ${o.message}`
  );
};

test('theme-check with the theme-app-extension preset reports no offense', async () => {
  assert.match(readFileSync(`${EXTENSION}/.theme-check.yml`, 'utf8'), /^extends: theme-check:theme-app-extension$/m);
  assert.deepEqual(await lint(EXTENSION), []);
});

test("theme-check's preset is in force: a schema script over 10,000 B is an offense", async () => {
  const copy = mkdtempSync(join(tmpdir(), 'sensiq-shopify-'));
  try {
    cpSync(EXTENSION, copy, {recursive: true});
    writeFileSync(`${copy}/assets/sensiq-embed.js`, `/* ${'x'.repeat(10_000)} */`);
    const offenses = await lint(copy);
    assert.ok(offenses.length >= appBlocks.length, offenses.join('\n'));
    assert.ok(
      offenses.every((offense) => offense.startsWith('AssetSizeAppBlockJavaScript')),
      offenses.join('\n')
    );
  } finally {
    rmSync(copy, {recursive: true, force: true});
  }
});

// Shopify CLI's checks before `shopify app deploy` (packages/app .../specifications/theme.ts): files directly in
// these folders with these extensions (anything deeper is never uploaded), 10 MB in all, 500 kB of Liquid.
const FOLDERS = {
  assets: /\.(jpe?g|json|js|css|png|svg|wasm)$/,
  blocks: /\.liquid$/,
  locales: /\.json$/,
  snippets: /\.liquid$/,
};

test("the extension meets Shopify CLI's deploy rules: flat supported folders, file types, sizes", () => {
  let total = 0;
  let liquid = 0;
  for (const entry of readdirSync(EXTENSION, {withFileTypes: true})) {
    if (entry.isFile()) {
      assert.ok(['shopify.extension.toml', '.theme-check.yml'].includes(entry.name), entry.name);
      continue;
    }
    assert.ok(entry.name in FOLDERS, `unsupported folder ${entry.name}/`);
    for (const file of readdirSync(join(EXTENSION, entry.name), {withFileTypes: true})) {
      assert.ok(file.isFile(), `${entry.name}/${file.name}/: Shopify deploys no subfolders`);
      assert.match(file.name, FOLDERS[entry.name], `${entry.name}/${file.name}`);
      const size = statSync(join(EXTENSION, entry.name, file.name)).size;
      total += size;
      if (entry.name === 'blocks' || entry.name === 'snippets') liquid += size;
    }
  }
  assert.ok(total <= 10 * 1024 * 1024, `${total} B in all`);
  assert.ok(liquid <= 500 * 1024, `${liquid} B of Liquid`);
  assert.match(readFileSync(`${EXTENSION}/shopify.extension.toml`, 'utf8'), /^type = "theme"$/m);
});

test('each schema javascript file is a classic script that imports the loader next to it', () => {
  const files = new Set(blocks.map((name) => blockSchema(name).javascript).filter(Boolean));
  assert.deepEqual([...files], ['sensiq-embed.js']);
  for (const file of files) {
    const code = readFileSync(`${EXTENSION}/assets/${file}`, 'utf8');
    assert.doesNotThrow(() => new Script(code, {filename: file}), 'compiles as a classic script (no import/export)');
    assert.match(code, /document\.currentScript/);
    const imported = /new URL\('([^']+)'/.exec(code)?.[1];
    assert.ok(readdirSync(`${EXTENSION}/assets`).includes(imported), `${imported} is an asset`);
  }
});

test('every app block offers heading level, theme and clinic mode, the same way', () => {
  // In the order of their groups: Call to action, then Look.
  const shared = ['clinic_mode', 'heading_level', 'theme'];
  const first = blockSchema(appBlocks[0]).settings.filter((s) => shared.includes(s.id));
  assert.deepEqual(
    first.map((s) => s.id),
    shared
  );
  for (const name of appBlocks) {
    assert.deepEqual(
      blockSchema(name).settings.filter((s) => shared.includes(s.id)),
      first,
      name
    );
  }
  assert.deepEqual(
    first.find((s) => s.id === 'heading_level').options.map((o) => o.value),
    ['1', '2', '3', '4', '5', '6']
  );
});

test('each app block writes only attributes its element documents, and one for every setting', async () => {
  const documented = documentedAttributes();
  const engine = liquidEngine('https://cdn.example');
  for (const name of appBlocks) {
    // Every setting away from its default, so each one shows up in the output; all the questions ticked.
    const settings = Object.fromEntries(
      blockSchema(name)
        .settings.filter((s) => s.id)
        .map((s) => [
          s.id,
          {
            checkbox: true,
            number: 2,
            text: s.id === 'emergency_number' ? '911' : 'a-value',
            url: '/products/x',
            select: s.options?.at(-1).value,
          }[s.type],
        ])
    );
    const html = await renderBlock(engine, name, settings);
    const tag = /^<(sensiq-[a-z-]+)/.exec(html)?.[1];
    assert.ok(tag && html.endsWith(`</${tag}>`), `${name} renders one element: ${html.slice(0, 200)}`);
    assert.ok(documented.has(tag), `${tag} is not in custom-elements.json`);
    // data-sensiq-theme: the theme in use, which the element itself writes there too.
    const written = Object.keys(hostAttributes(html)).filter((a) => a !== 'data-sensiq-theme');
    assert.deepEqual(
      written.filter((a) => !documented.get(tag).includes(a)),
      [],
      `${name} writes undocumented attributes`
    );
    // One attribute per setting; the question checkboxes together make one (questions).
    const own = blockSchema(name).settings.filter((s) => s.id && !s.id.startsWith('question_')).length;
    const questions = blockSchema(name).settings.some((s) => s.id?.startsWith('question_')) ? 1 : 0;
    assert.equal(written.length, own + questions, `${name}: ${written.join(' ')}`);
  }
});

test('the FAQ block offers one checkbox per question, labelled with the question, and nothing to type ids into', () => {
  const settings = blockSchema('faq').settings;
  const boxes = settings.filter((s) => s.id?.startsWith('question_'));
  const {plans} = renderData();
  assert.deepEqual(
    boxes.map((s) => s.id),
    plans['sensiq-faq'].items.ids.map((id) => `question_${id.replaceAll('-', '_')}`)
  );
  assert.ok(boxes.every((s) => s.type === 'checkbox'));
  const locale = JSON.parse(readFileSync(`${EXTENSION}/locales/en.default.schema.json`, 'utf8'));
  const labels = boxes.map((s) =>
    s.label
      .replace(/^t:/, '')
      .split('.')
      .reduce((node, key) => node[key], locale)
  );
  assert.deepEqual(labels, plans['sensiq-faq'].items.labels);
  assert.equal(
    settings.find((s) => s.id === 'questions'),
    undefined
  );
});

test('each app block is named and described by what it shows, and its settings worded and grouped by the settings declaration', () => {
  const locale = JSON.parse(readFileSync(`${EXTENSION}/locales/en.default.schema.json`, 'utf8'));
  const words = (key) =>
    key
      .replace(/^t:/, '')
      .split('.')
      .reduce((node, part) => node?.[part], locale);
  // Theme setting ids are the attribute's name, but for those the mapping keeps under an older id.
  const attributeOf = (id) =>
    Object.keys(sharedMappings).find((name) => sharedMappings[name].id === id) ?? id.replaceAll('_', '-');
  assert.deepEqual(appBlocks.toSorted(), Object.keys(blockMappings).toSorted());
  for (const name of appBlocks) {
    const {tag} = blockMappings[name];
    assert.equal(words(blockSchema(name).name), ELEMENT_LABELS[tag], name);
    // First, what a visitor sees of it; then the settings.
    const [about, ...settings] = blockSchema(name).settings;
    assert.equal(about.type, 'paragraph', name);
    assert.equal(words(about.content), ELEMENT_DESCRIPTIONS[tag], name);
    const groups = [];
    const worded = [];
    for (const setting of settings) {
      if (setting.type === 'header' && SETTING_GROUPS.includes(words(setting.content))) {
        groups.push(words(setting.content));
        continue;
      }
      // The question list: headed by its setting's label and help, then one checkbox per question.
      const attribute = setting.type === 'header' ? 'questions' : attributeOf(setting.id);
      if (setting.id?.startsWith('question_')) continue;
      const declared = SETTINGS[attribute];
      assert.ok(declared, `${name}: ${setting.id ?? setting.content} is a declared setting`);
      assert.equal(groups.at(-1), declared.group, `${name}: ${attribute} sits under its group`);
      const [label, info] = setting.type === 'header' ? [setting.content, setting.info] : [setting.label, setting.info];
      assert.equal(words(label), declared.label, `${name}: ${attribute}'s label`);
      assert.equal(words(info), declared.help, `${name}: ${attribute}'s help`);
      for (const option of setting.options ?? []) {
        const expected =
          option.value === sharedMappings[attribute]?.unset
            ? declared.default
              ? `Default (${declared.choices[declared.default]})`
              : 'Off'
            : declared.choices[option.value];
        assert.equal(words(option.label), expected, `${name}: ${attribute} = ${option.value}`);
      }
      worded.push(attribute);
    }
    // Every group once, in the declaration's order; every setting the block offers worded.
    assert.deepEqual(
      groups,
      SETTING_GROUPS.filter((group) => groups.includes(group))
    );
    assert.deepEqual(
      worded.toSorted(),
      [...Object.keys(blockMappings[name].attributes), ...Object.keys(sharedMappings)].toSorted()
    );
  }
});
