// The builder offers what the elements document: its data comes from custom-elements.json and the content at
// build time (scripts/lib/builder-data.mjs), so a new attribute or custom property needs no edit to the builder.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {builderData, ATTRIBUTES_WITH_CHOICES} from '../../../scripts/lib/builder-data.mjs';
import {manifestElements} from '../../../scripts/lib/manifest-elements.mjs';
import {shortcodeTable} from '../../../scripts/lib/wordpress-elements.mjs';
import {faqs} from '../../../build/src/content/generated/faq.js';
import {DEFAULT_ARTICLE} from '../../../build/src/content/index.js';
import {ELEMENT_DESCRIPTIONS, ELEMENT_LABELS, SETTINGS, SETTING_GROUPS} from '../../../build/src/internal/settings.js';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const page = readFileSync('dist/builder/index.html', 'utf8');
const shipped = JSON.parse(/<script type="application\/json" id="sensiq-builder-data">([^<]*)<\/script>/.exec(page)[1]);
const snippets = readdirSync('dist/snippets').map((file) => file.replace(/\.html$/, ''));
const questionIds = faqs[DEFAULT_ARTICLE].map((item) => item.id);

test('the builder offers every element that shows content of its own, and not the provider', () => {
  assert.deepEqual(shipped.elements.map((e) => e.tag).sort(), snippets.sort());
  assert.ok(declarations.some((d) => d.tagName === 'sensiq-provider'));
  assert.ok(!shipped.elements.some((e) => e.tag === 'sensiq-provider'));
});

test("each element's settings are its documented attributes, in the settings declaration's words, offered by their kind", () => {
  const documented = manifestElements();
  const control = {
    boolean: 'boolean',
    keyword: 'select',
    article: 'select',
    ids: 'checklist',
    item: 'item',
    phone: 'phone',
    url: 'text',
    text: 'text',
  };
  for (const element of shipped.elements) {
    assert.equal(element.label, ELEMENT_LABELS[element.tag]);
    assert.equal(element.summary, ELEMENT_DESCRIPTIONS[element.tag]);
    const attributes = documented.get(element.tag).attributes;
    assert.deepEqual(
      element.attributes.map((a) => a.name),
      attributes.map((a) => a.name),
      element.tag
    );
    for (const [i, spec] of element.attributes.entries()) {
      const attribute = attributes[i];
      const setting = SETTINGS[spec.name];
      const kind = setting.kind === 'whole' ? (setting.max === undefined ? 'number' : 'select') : control[setting.kind];
      assert.equal(spec.kind, kind, `${element.tag} ${spec.name}`);
      assert.deepEqual(spec.values, attribute.values, `${element.tag} ${spec.name} values`);
      assert.deepEqual([spec.label, spec.help, spec.group], [setting.label, setting.help, setting.group], spec.name);
      assert.equal(spec.description, attribute.description.replace(/\s+/g, ' '));
      assert.equal(spec.list, setting.list, `${spec.name}: whether it is the element's own list`);
      if (setting.choices)
        assert.deepEqual(
          spec.choices,
          Object.entries(setting.choices).map(([value, label]) => ({value, label})),
          spec.name
        );
    }
  }
  assert.deepEqual(shipped.groups, [...SETTING_GROUPS]);
});

test('Look offers every documented custom property: colours as pickers starting at a colour, sizes and fonts as text', () => {
  for (const element of shipped.elements) {
    const documented = declarations.find((d) => d.tagName === element.tag).cssProperties;
    assert.deepEqual(
      element.properties.map((p) => p.name),
      documented.map((p) => p.name),
      element.tag
    );
    for (const property of element.properties) {
      const text = ['--sensiq-radius', '--sensiq-space', '--sensiq-font-family'].includes(property.name);
      assert.equal(property.colour, !text, `${element.tag} ${property.name}`);
      if (property.colour) assert.match(property.initial, /^#[0-9a-f]{6}$/, property.name);
    }
  }
  const faq = shipped.elements.find((e) => e.tag === 'sensiq-faq');
  // A property whose default is another property starts where that one does.
  const initial = (name) => faq.properties.find((p) => p.name === name).initial;
  assert.equal(initial('--sensiq-faq-divider'), initial('--sensiq-border'));
  assert.equal(initial('--sensiq-accent'), '#0b5f8a');
});

test('a new attribute or custom property appears with the next build, with no edit to the builder', () => {
  const grown = structuredClone(manifest);
  const faq = grown.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'sensiq-faq');
  faq.attributes.push({name: 'compact', type: {text: 'boolean'}, description: 'Tighter spacing.'});
  faq.attributes.push({name: 'density', type: {text: "'cosy' | 'roomy'"}, description: 'How much room.'});
  faq.cssProperties.push({name: '--sensiq-faq-highlight', default: '#ffee00', description: 'Highlight.'});
  const file = join(mkdtempSync(join(tmpdir(), 'sensiq-builder-')), 'custom-elements.json');
  writeFileSync(file, JSON.stringify(grown));
  const data = builderData({
    version: '0',
    manifest: grown,
    elements: manifestElements(file),
    shortcodes: shortcodeTable(manifestElements(file)),
    showsContent: (tag) => tag !== 'sensiq-provider',
    questions: [],
    articles: [],
  });
  const built = data.elements.find((e) => e.tag === 'sensiq-faq');
  assert.deepEqual(
    built.attributes.find((a) => a.name === 'compact'),
    {
      name: 'compact',
      kind: 'boolean',
      label: 'compact',
      help: 'Tighter spacing.',
      group: 'Advanced',
      description: 'Tighter spacing.',
    }
  );
  assert.deepEqual(built.attributes.find((a) => a.name === 'density').values, ['cosy', 'roomy']);
  assert.deepEqual(
    built.attributes.find((a) => a.name === 'density').choices.map((c) => c.label),
    ['cosy', 'roomy']
  );
  assert.deepEqual(built.properties.at(-1), {
    name: '--sensiq-faq-highlight',
    description: 'Highlight.',
    default: '#ffee00',
    colour: true,
    initial: '#ffee00',
  });
});

test("question ids are offered as choices for the FAQ's questions and open, from the content", () => {
  const faq = shipped.elements.find((e) => e.tag === 'sensiq-faq');
  const questions = faq.attributes.find((a) => a.name === 'questions');
  assert.equal(questions.kind, 'checklist');
  assert.deepEqual(
    questions.choices.map((c) => c.value),
    questionIds
  );
  assert.deepEqual(
    faq.attributes.find((a) => a.name === 'open').choices.map((c) => c.value),
    ['all', ...questionIds]
  );
  // Each attribute given choices is still documented somewhere (a rename must not leave a dead entry).
  const documented = new Set(declarations.flatMap((d) => (d.attributes ?? []).map((a) => a.name)));
  for (const name of ATTRIBUTES_WITH_CHOICES) assert.ok(documented.has(name), name);
});

test('each element with a WordPress shortcode gets the one the plugin registers', () => {
  const table = JSON.parse(readFileSync('dist/wordpress/sensiq-embed/elements.json', 'utf8'));
  for (const element of shipped.elements) {
    assert.equal(table[element.shortcode]?.tag, element.tag, element.tag);
  }
});

test('the data cannot end the script block it is written in, and the page loads only its own files and ../sensiq.js', () => {
  const json = /id="sensiq-builder-data">([^<]*)<\/script>/.exec(page)[1];
  assert.ok(!json.includes('<'));
  const sources = [...page.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(sources, ['builder.css', '../sensiq.js', 'builder.js']);
});

test('pages that embed the elements load nothing of the builder: no built file outside dist/builder/ refers to it', () => {
  const files = readdirSync('dist', {recursive: true}).filter(
    (file) => /\.(js|css|html|liquid|php)$/.test(file) && !file.startsWith('builder')
  );
  assert.ok(files.includes('loader.js') && files.includes('reserve.css'), 'the built files are there to read');
  const referring = files.filter((file) =>
    /builder\.js|builder\/|sensiq-builder-data|src\/builder/.test(readFileSync(join('dist', file), 'utf8'))
  );
  assert.deepEqual(referring, []);
});
