// The settings declaration (src/internal/settings.ts) is the one place a setting's rules are written: every
// attribute an element documents is declared, with the element's own keywords, and the build refuses an
// attribute that is not, or a setting with nothing to prove the server renders with.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {
  ELEMENT_DESCRIPTIONS,
  ELEMENT_LABELS,
  SETTINGS,
  SETTING_GROUPS,
} from '../../../../build/src/internal/settings.js';
import {compilePlan, checkMatrixValues} from '../../../../scripts/lib/render-plan.mjs';
import {renderData} from './runners.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

test('every attribute an element documents is declared, keywords as the element documents them', () => {
  let checked = 0;
  for (const element of elements) {
    for (const attribute of element.attributes ?? []) {
      const setting = SETTINGS[attribute.name];
      assert.ok(setting, `<${element.tagName}> ${attribute.name} is not in src/internal/settings.ts`);
      if (setting.kind === 'keyword') {
        const documented = [...attribute.type.text.matchAll(/'([^']+)'/g)].map(([, value]) => value);
        assert.deepEqual(documented, [...setting.values], `<${element.tagName}> ${attribute.name}`);
      }
      checked++;
    }
  }
  assert.ok(checked > 20, `${checked} attributes checked`);
});

test('every element and setting has plain words for the people who set it up, and every choice a label', () => {
  for (const element of elements) assert.ok(ELEMENT_LABELS[element.tagName], `<${element.tagName}> has no label`);
  for (const [name, setting] of Object.entries(SETTINGS)) {
    assert.ok(SETTING_GROUPS.includes(setting.group), `${name}: group ${setting.group}`);
    // Plain words: not the attribute name a developer types, nor any hyphenated name like it.
    assert.notEqual(setting.label.toLowerCase(), name);
    assert.doesNotMatch(setting.label, /[a-z]-[a-z]/, name);
    assert.match(setting.help, /^[A-Z].*[.?]$/, `${name}: help is a sentence`);
    if (setting.kind === 'keyword') assert.deepEqual(Object.keys(setting.choices ?? {}), [...setting.values], name);
    if (setting.choices && setting.kind === 'whole') {
      const range = Array.from({length: setting.max - setting.min + 1}, (_, i) => String(setting.min + i));
      assert.deepEqual(Object.keys(setting.choices), range, name);
    }
  }
});

test('every render plan reads its attributes by the declaration, less the matrix values', () => {
  for (const plan of Object.values(renderData().plans)) {
    for (const [name, reading] of Object.entries(plan.settings)) {
      const {matrix: _matrix, ...declared} = SETTINGS[name];
      assert.deepEqual(reading, JSON.parse(JSON.stringify(declared)), `<${plan.tag}> ${name}`);
    }
  }
});

test('every element is described in one plain sentence: what a visitor sees, with no tag or attribute names', () => {
  assert.deepEqual(Object.keys(ELEMENT_DESCRIPTIONS).toSorted(), Object.keys(ELEMENT_LABELS).toSorted());
  // Tags and multi-word attributes are hyphenated; a one-word attribute is a developer's name where its setting's
  // plain label avoids it (`theme` is "Colours"), and an everyday word where the label uses it ("Questions to show").
  const codeNames = Object.entries(SETTINGS)
    .filter(([name, setting]) => !new RegExp(`\\b${name}\\b`, 'i').test(setting.label))
    .map(([name]) => name);
  assert.ok(codeNames.includes('theme') && codeNames.includes('searchable'), codeNames.join(', '));
  for (const [tag, description] of Object.entries(ELEMENT_DESCRIPTIONS)) {
    // One sentence: a capital, words, one full stop at the end and none before it.
    assert.match(description, /^[A-Z][^.?!]+\.$/, `<${tag}>: one sentence`);
    assert.ok(description.split(' ').length >= 8, `<${tag}>: a sentence, not a label`);
    assert.doesNotMatch(description, /[<>`]|\b[a-z]+-[a-z]+/, `<${tag}>: no markup, code or hyphenated names`);
    for (const name of codeNames)
      assert.doesNotMatch(description, new RegExp(`\\b${name}\\b`, 'i'), `<${tag}>: ${name}`);
    assert.notEqual(description, ELEMENT_LABELS[tag]);
  }
});

test('the build refuses an attribute that is not declared, and a setting with no matrix values', async () => {
  const element = {tag: 'sensiq-new', attributes: [{name: 'glitter'}]};
  await assert.rejects(
    compilePlan(element, () => '', 'slug'),
    /glitter: declare it in src\/internal\/settings\.ts/
  );
  SETTINGS.glitter = {kind: 'boolean', matrix: {valid: [], invalid: []}};
  try {
    assert.throws(() => checkMatrixValues('glitter'), /glitter: .* no matrix values/);
  } finally {
    delete SETTINGS.glitter;
  }
  for (const name of Object.keys(SETTINGS)) assert.doesNotThrow(() => checkMatrixValues(name), name);
});

test("the render matrix proves clinic mode with a clinic's own button, in every place, with and without its text", async () => {
  const {settingsMatrix} = await import('../../../../scripts/lib/render-matrix.mjs');
  const {resolveSettings} = await import('../../../../scripts/lib/render-settings.mjs');
  for (const plan of Object.values(renderData().plans).filter((p) => p.axes.cta)) {
    const places = plan.axes.cta.values.filter((value) => value !== 'none' && !value.startsWith('own-'));
    assert.deepEqual(
      plan.axes.cta.values.filter((value) => value.startsWith('own-')),
      places.map((place) => `own-${place}`),
      `<${plan.tag}>: an own-button value for each place`
    );
    // What the matrix shows in clinic mode: the call to action's value, and whether its text is the default.
    const shown = new Set(
      settingsMatrix(plan)
        .filter((given) => given['no-promo'] === true)
        .map((given) => resolveSettings(plan, given, {article: 'menopause-hip-leg-pain'}))
        .map(({axes, slots}) => `${axes.cta}, ${slots['own-cta-label'] === 'Learn more' ? 'default' : 'own'} text`)
    );
    for (const place of places) assert.ok(shown.has(`own-${place}, default text`), `<${plan.tag}> own-${place}`);
    assert.ok(shown.has('own-end, own text'), `<${plan.tag}>: the own button with a label`);
    assert.equal(plan.slots['own-cta-label'].fallback, 'Learn more');
    assert.equal(plan.slots['cta-label'].fallback, 'Learn more from SensIQ');
  }
});
