// The embed builder page (dist/builder/index.html): pick an element and its settings, see it live, copy the
// code for a platform. Everything it knows about the elements comes from the data the build wrote into the
// page (builder-data.ts); the preview is the real element from ../sensiq.js.
import {readBuilderData, type ElementSpec} from './builder-data.js';
import {copyText} from './copy.js';
import {h} from './dom.js';
import {attributeField, propertyField, type Field, type Value} from './fields.js';
import {embedCode, FORMATS, WHERE, type Embed, type FormatId} from './formats.js';
import {prerendered as prerenderedOf} from './prerender.js';
import {renderPreview, warnedAttribute, type Rendered} from './preview.js';

/** Attributes shown under Look rather than Settings. */
const LOOK_ATTRIBUTES = new Set(['theme']);
const FIRST_ELEMENT = 'sensiq-faq';

const data = readBuilderData(document);
// The code loads the library from the folder this builder is served from: a CDN's builder hands out that
// CDN's URLs, `npm start` the local dist/.
const scripts = new URL('../', import.meta.url).href;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const ui = {
  element: byId<HTMLSelectElement>('element'),
  summary: byId<HTMLElement>('element-summary'),
  settings: byId<HTMLElement>('settings'),
  look: byId<HTMLElement>('look'),
  preview: byId<HTMLElement>('preview'),
  frame: byId<HTMLElement>('preview-frame'),
  otherWarnings: byId<HTMLElement>('preview-warnings'),
  format: byId<HTMLSelectElement>('format'),
  where: byId<HTMLElement>('format-where'),
  scripts: byId<HTMLElement>('scripts-url'),
  code: byId<HTMLTextAreaElement>('code'),
  copy: byId<HTMLButtonElement>('copy'),
  status: byId<HTMLElement>('copy-status'),
};

// Settings by attribute name, kept when another element is chosen (most attributes are shared).
const values = new Map<string, Value>();
const properties = new Map<string, string>();
let chosen: ElementSpec = data.elements.find((e) => e.tag === FIRST_ELEMENT) ?? data.elements[0];
let fields = new Map<string, Field>();
let shown: (Rendered & {embed: Embed}) | undefined;

const isSet = (value: Value): value is string | true =>
  value === true || (typeof value === 'string' && value.trim() !== '');

function currentEmbed(): Embed {
  return {
    tag: chosen.tag,
    attributes: chosen.attributes.flatMap((a) => {
      const value = values.get(a.name);
      return isSet(value) && (value === true) === (a.kind === 'boolean') ? [[a.name, value] as const] : [];
    }),
    properties: chosen.properties.flatMap((p) => {
      const value = properties.get(p.name);
      return value === undefined ? [] : [[p.name, value] as const];
    }),
  };
}

function updateCode(): void {
  const format = ui.format.value as FormatId;
  ui.status.textContent = '';
  ui.where.textContent = WHERE[format];
  if (!shown) {
    ui.code.value = ''; // no code for a preview that could not be shown, or not yet
    return;
  }
  const {embed, element} = shown;
  const prerendered =
    format === 'snippet' ? prerenderedOf(element, new Set(embed.attributes.map(([name]) => name))) : undefined;
  const shortcode = data.elements.find((e) => e.tag === embed.tag)?.shortcode;
  ui.code.value = embedCode(format, embed, {
    scripts,
    shortcode,
    prerendered,
    version: data.version,
    fallback: data.fallback,
  });
}

function showWarnings(warnings: readonly string[], tag: string): void {
  const byAttribute = new Map<string, string[]>();
  const others: string[] = [];
  for (const warning of warnings) {
    const attribute = warnedAttribute(warning, tag);
    if (attribute && fields.has(attribute))
      byAttribute.set(attribute, [...(byAttribute.get(attribute) ?? []), warning]);
    else others.push(warning);
  }
  for (const [name, field] of fields) field.warn(byAttribute.get(name) ?? []);
  ui.otherWarnings.replaceChildren(...others.map((warning) => h('li', {}, warning)));
  ui.otherWarnings.hidden = others.length === 0;
}

async function renderOnce(): Promise<void> {
  const embed = currentEmbed();
  try {
    const rendered = await renderPreview(ui.frame, embed);
    shown = {...rendered, embed};
    showWarnings(rendered.warnings, embed.tag);
  } catch (error) {
    shown = undefined;
    showWarnings([`The preview could not be shown: ${(error as Error).message}`], '');
  }
  updateCode();
}

// One rendering at a time (the warnings of one must not mix with another's); changes made meanwhile are
// rendered together right after. The preview region is busy until then (tests wait on it too).
let rendering = false;
let again = false;
async function refresh(): Promise<void> {
  if (rendering) {
    again = true;
    return;
  }
  rendering = true;
  ui.preview.setAttribute('aria-busy', 'true');
  try {
    do {
      again = false;
      await renderOnce();
    } while (again);
  } finally {
    rendering = false;
    ui.preview.setAttribute('aria-busy', 'false');
  }
}

function buildFields(): void {
  fields = new Map();
  const field = (name: string, made: Field) => {
    fields.set(name, made);
    return made.root;
  };
  const attribute = (spec: ElementSpec['attributes'][number]) =>
    field(
      spec.name,
      attributeField(spec, values.get(spec.name), (value) => {
        values.set(spec.name, value);
        void refresh();
      })
    );
  ui.settings.replaceChildren(...chosen.attributes.filter((a) => !LOOK_ATTRIBUTES.has(a.name)).map(attribute));
  ui.look.replaceChildren(
    ...chosen.attributes.filter((a) => LOOK_ATTRIBUTES.has(a.name)).map(attribute),
    // Colours first: they are what a marketer most often sets.
    ...[...chosen.properties]
      .sort((a, b) => Number(b.colour) - Number(a.colour))
      .map((spec) =>
        field(
          spec.name,
          propertyField(spec, properties.get(spec.name), (value) => {
            if (value === undefined) properties.delete(spec.name);
            else properties.set(spec.name, value);
            void refresh();
          })
        )
      )
  );
  ui.summary.textContent = chosen.summary;
}

function start(): void {
  ui.element.replaceChildren(...data.elements.map((e) => h('option', {value: e.tag, selected: e === chosen}, e.tag)));
  ui.element.addEventListener('change', () => {
    chosen = data.elements.find((e) => e.tag === ui.element.value) ?? chosen;
    buildFields();
    void refresh();
  });
  ui.format.replaceChildren(...FORMATS.map((format) => h('option', {value: format.id}, format.label)));
  ui.format.addEventListener('change', () => {
    if (ui.format.value !== 'snippet') return updateCode();
    // The snippet is the element as its settings render it, not as a click or a search in the preview left it
    // (a question opened there would be open in the snippet and close when the script arrives): render it anew.
    shown = undefined;
    updateCode();
    void refresh();
  });
  ui.scripts.textContent = scripts;
  // A builder opened from `npm start` hands out URLs no visitor of a live site can load: say so.
  byId('scripts-local').hidden = !/^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(new URL(scripts).hostname);
  for (const radio of document.querySelectorAll<HTMLInputElement>(
    'input[name="preview-page"], input[name="preview-width"]'
  )) {
    radio.addEventListener('change', () => {
      const key = radio.name === 'preview-page' ? 'page' : 'width';
      ui.frame.parentElement?.setAttribute(`data-${key}`, radio.value);
    });
  }
  ui.copy.addEventListener('click', async () => {
    const copied = await copyText(ui.code.value, ui.code);
    ui.status.textContent = copied ? 'Copied' : 'Could not copy: select the code and press Ctrl+C (Cmd+C on a Mac).';
  });
  buildFields();
  void refresh();
}

start();
