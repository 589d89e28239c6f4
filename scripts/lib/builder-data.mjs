// What the embed builder offers for each element, from custom-elements.json, the settings declaration
// (src/internal/settings.ts: each setting's label, help, group and plain words for its choices) and the compiled
// content: the shape src/builder/builder-data.ts reads. A new attribute or custom property appears in the
// builder with the next build; only the suggested values below are named here.

/** The values a text attribute may be picked from, by attribute name (from the content, not the manifest). */
function choicesOf(name, {questions, articles}) {
  const picks = questions.map(({id, heading}) => ({value: id, label: heading}));
  const table = {
    questions: {list: true, choices: picks},
    open: {choices: [{value: 'all', label: 'Every question'}, ...picks]},
    article: {choices: articles.map(({slug, title}) => ({value: slug, label: title}))},
  };
  return table[name];
}

/**
 * The control a setting is offered with, from its declared kind: a checkbox, a choice (keywords, a whole number
 * with a short range, the article), a stepper (a whole number with no upper limit), the questions' checklist,
 * the pick among them (`item`), or text (links, the button's words, the phone number).
 */
function controlOf(setting, manifestKind) {
  if (!setting) return manifestKind;
  if (setting.kind === 'boolean') return 'boolean';
  if (setting.kind === 'keyword' || setting.kind === 'article') return 'select';
  if (setting.kind === 'whole') return setting.max === undefined ? 'number' : 'select';
  if (setting.kind === 'ids') return 'checklist';
  if (setting.kind === 'item') return 'item';
  if (setting.kind === 'phone') return 'phone';
  return 'text';
}

/** Plain words for each value `setting` offers (its own, or the manifest's values as written). */
function wordsOf(setting, values) {
  if (setting?.choices) return Object.entries(setting.choices).map(([value, label]) => ({value, label}));
  return values?.map((value) => ({value, label: value}));
}

/** The attribute names choicesOf() knows (a test checks they are still documented). */
export const ATTRIBUTES_WITH_CHOICES = ['questions', 'open', 'article'];

const COLOUR_VALUE =
  /^(#[0-9a-f]{3,8}|currentcolor|transparent|(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix|light-dark)\(.*\))$/i;

/**
 * Whether a custom property holds a colour: its declared syntax says so, or its default is a colour or the
 * value of another colour property. (The manifest has a `syntax` only where the JSDoc writes `{<color>}`.)
 */
function isColour(property, all, seen = new Set()) {
  if (property.syntax) return property.syntax.trim() === '<color>';
  if (COLOUR_VALUE.test((property.default ?? '').trim())) return true;
  const target = referenced(property, all, seen);
  return Boolean(target && isColour(target, all, seen));
}

/** The property whose value `property`'s default is (`var(--other)`), once per chain (`seen`), if any. */
function referenced(property, all, seen) {
  const name = /^var\(\s*(--[\w-]+)\s*\)$/.exec((property.default ?? '').trim())?.[1];
  if (!name || seen.has(name)) return undefined;
  seen.add(name);
  return all.find((p) => p.name === name);
}

/**
 * Where a colour picker starts: the colour of the property the default refers to, else the first #rrggbb in
 * the default or the description (the light theme's), else black.
 */
function initialColour(property, all, seen = new Set()) {
  const target = referenced(property, all, seen);
  if (target) return initialColour(target, all, seen);
  return (
    `${property.default ?? ''} ${property.description ?? ''}`.match(/#[0-9a-f]{6}\b/i)?.[0] ?? '#000000'
  ).toLowerCase();
}

function attributeSpec(attribute, sources) {
  const manifestKind = attribute.type === 'boolean' ? 'boolean' : attribute.values ? 'select' : 'text';
  const setting = sources.settings?.[attribute.name];
  const description = attribute.description.replace(/\s+/g, ' ');
  const spec = {
    name: attribute.name,
    kind: controlOf(setting, manifestKind),
    // An attribute the declaration does not know yet is offered by its name, under Advanced.
    label: setting?.label ?? attribute.name,
    help: setting?.help ?? description,
    group: setting?.group ?? 'Advanced',
    description,
  };
  if (attribute.values) spec.values = attribute.values;
  const words = wordsOf(setting, attribute.values);
  if (words) spec.choices = words;
  if (setting?.default !== undefined) spec.default = setting.default;
  if (setting?.min !== undefined) spec.min = setting.min;
  if (setting?.pattern) spec.pattern = setting.pattern;
  // It picks, cuts or opens the element's own items: another element's list is not this one's.
  if (setting?.list) spec.list = true;
  if (manifestKind === 'text') Object.assign(spec, choicesOf(attribute.name, sources));
  return spec;
}

/** The colour each theme gives a property, as its description states it: `(light theme: #…, dark theme: #…)`. */
function themeColours(property) {
  const found = /light theme: (#[0-9a-f]{6})\b.*dark theme: (#[0-9a-f]{6})\b/i.exec(property.description ?? '');
  return found ? {themes: {light: found[1].toLowerCase(), dark: found[2].toLowerCase()}} : {};
}

function propertySpecs(declaration) {
  const all = declaration.cssProperties ?? [];
  return all.map((property) => {
    const colour = isColour(property, all);
    return {
      name: property.name,
      description: (property.description ?? '').replace(/\s+/g, ' '),
      ...(property.default === undefined ? {} : {default: property.default}),
      colour,
      ...(colour ? {initial: initialColour(property, all), ...themeColours(property)} : {}),
    };
  });
}

/**
 * The builder's data: {version, groups, elements: [{tag, label, summary, shortcode?, attributes, properties}]}
 * for each element
 * `showsContent(tag)` accepts, in the manifest's order. `elements` and `shortcodes` are scripts/lib's readings of
 * the manifest (manifestElements, shortcodeTable); `questions` the default article's FAQ ({id, heading}),
 * `articles` the bundled ones ({slug, title}), `fallback` the default article's {title, url} for the code's
 * fallback link; `settings`, `groups`, `labels` and `descriptions` the settings declaration's SETTINGS,
 * SETTING_GROUPS, ELEMENT_LABELS and ELEMENT_DESCRIPTIONS. An element's `summary` is what a visitor sees of it, in
 * the declaration's words (the manifest's own summary is for developers).
 */
export function builderData({
  version,
  manifest,
  elements,
  shortcodes,
  showsContent,
  questions,
  articles,
  fallback,
  settings = {},
  groups = ['Content', 'Call to action', 'Look', 'Advanced'],
  labels = {},
  descriptions = {},
}) {
  const declarations = new Map(
    manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((d) => d.tagName)
      .map((d) => [d.tagName, d])
  );
  const shortcodeOf = new Map(Object.entries(shortcodes).map(([shortcode, {tag}]) => [tag, shortcode]));
  return {
    version,
    fallback,
    groups: [...groups],
    elements: [...elements.values()]
      .filter(({tag}) => showsContent(tag))
      .map(({tag, summary, attributes}) => ({
        tag,
        label: labels[tag] ?? tag,
        summary: descriptions[tag] ?? summary,
        ...(shortcodeOf.has(tag) ? {shortcode: shortcodeOf.get(tag)} : {}),
        attributes: attributes.map((attribute) => attributeSpec(attribute, {questions, articles, settings})),
        properties: propertySpecs(declarations.get(tag)),
      })),
  };
}
