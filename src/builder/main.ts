// The embed builder page (dist/builder/index.html): pick an element and its settings, see it live, copy the
// code for a platform. Everything it knows about the elements comes from the data the build wrote into the
// page (builder-data.ts); the preview is the real element from ../sensiq.js. The setup lives in the page's
// address (setup.ts), so reload, back and forward and a shared link show it again.
import {readBuilderData} from './builder-data.js';
import {contrastChecks, formatRatio, passes, propertyLabel} from './colours.js';
import {copyText} from './copy.js';
import {h} from './dom.js';
import {attributeField, propertyField, type Field, type Value} from './fields.js';
import {embedCode, FORMATS, type Embed, type FormatId} from './formats.js';
import {guide} from './guides.js';
import {PRESETS} from './presets.js';
import {prerendered as prerenderedOf} from './prerender.js';
import {renderPreview, warnedAttribute, type Rendered} from './preview.js';
import {readSetupHash, setupHash, type Refused, type Setup} from './setup.js';

const FIRST_ELEMENT = 'sensiq-faq';
const LOOK = 'Look';

const data = readBuilderData(document);
// The code loads the library from the folder this builder is served from: a CDN's builder hands out that
// CDN's URLs, `npm start` the local dist/.
const scripts = new URL('../', import.meta.url).href;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const ui = {
  element: byId<HTMLSelectElement>('element'),
  summary: byId<HTMLElement>('element-summary'),
  presetNote: byId<HTMLElement>('preset-note'),
  presets: byId<HTMLElement>('presets'),
  reset: byId<HTMLButtonElement>('reset'),
  settings: byId<HTMLElement>('settings'),
  preview: byId<HTMLElement>('preview'),
  frame: byId<HTMLElement>('preview-frame'),
  otherWarnings: byId<HTMLElement>('preview-warnings'),
  format: byId<HTMLSelectElement>('format'),
  guide: byId<HTMLElement>('format-guide'),
  scripts: byId<HTMLElement>('scripts-url'),
  code: byId<HTMLTextAreaElement>('code'),
  codeNote: byId<HTMLElement>('code-note'),
  copy: byId<HTMLButtonElement>('copy'),
  status: byId<HTMLElement>('copy-status'),
  link: byId<HTMLInputElement>('setup-link'),
  copyLink: byId<HTMLButtonElement>('copy-link'),
  linkStatus: byId<HTMLElement>('copy-link-status'),
};

const firstElement = data.elements.find((e) => e.tag === FIRST_ELEMENT) ?? data.elements[0];
let setup: Setup = {element: firstElement, values: new Map(), properties: new Map(), format: 'script'};
let refused: Refused = {byField: new Map(), others: []};
let fields = new Map<string, Field>();
let shown: (Rendered & {embed: Embed}) | undefined;
/** The hash the page shows the setup of (read from the address or written to it). */
let shownHash = '';

const isSet = (value: Value): value is string | true =>
  value === true || (typeof value === 'string' && value.trim() !== '');

function currentEmbed(): Embed {
  const {element, values, properties} = setup;
  return {
    tag: element.tag,
    attributes: element.attributes.flatMap((a) => {
      const value = values.get(a.name);
      return isSet(value) && (value === true) === (a.kind === 'boolean') ? [[a.name, value] as const] : [];
    }),
    properties: element.properties.flatMap((p) => {
      const value = properties.get(p.name);
      return value === undefined ? [] : [[p.name, value] as const];
    }),
  };
}

/** Writes the setup into the address: a new history entry per choice, the same one while typing. */
function remember(how: 'push' | 'replace'): void {
  const hash = setupHash(setup);
  if (hash !== location.hash) history[how === 'push' ? 'pushState' : 'replaceState'](null, '', hash);
  shownHash = hash;
  ui.link.value = location.href;
  ui.linkStatus.textContent = '';
}

/** The colours' contrast, by each colour and in a note over the code when any is below WCAG AA. */
function showContrast(): void {
  const theme = setup.values.get('theme');
  const checks = contrastChecks(
    typeof theme === 'string' ? theme.trim().toLowerCase() : undefined,
    setup.properties,
    setup.element.properties
  );
  for (const [name, field] of fields) field.contrast?.(checks.filter((check) => check.property === name));
  const failing = checks.filter((check) => !passes(check));
  ui.codeNote.hidden = failing.length === 0;
  ui.codeNote.replaceChildren(
    h('strong', {}, 'Below WCAG AA contrast: '),
    failing
      .map(
        (c) =>
          `${propertyLabel(c.property)} has ${formatRatio(c.ratio, c.minimum)} ${c.where} for ${c.what} (needs ${c.minimum}:1)`
      )
      .join('; '),
    '. Some visitors will not be able to read it. The code is still yours to use.'
  );
}

function updateCode(): void {
  const format = setup.format;
  ui.status.textContent = '';
  ui.guide.replaceChildren(...guide(format, scripts));
  showContrast();
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
  const byField = new Map<string, string[]>();
  const others = [...refused.others];
  for (const [name, message] of refused.byField) byField.set(name, [message]);
  for (const warning of warnings) {
    const attribute = warnedAttribute(warning, tag);
    if (attribute && fields.has(attribute)) byField.set(attribute, [...(byField.get(attribute) ?? []), warning]);
    else others.push(warning);
  }
  for (const [name, field] of fields) field.warn(byField.get(name) ?? []);
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

/** A change made in a field: the field's link note goes, the address and the preview follow. */
function changed(name: string, how: 'push' | 'replace'): void {
  refused.byField.delete(name);
  for (const field of fields.values()) field.sync?.();
  remember(how);
  void refresh();
}

/** The fields of the chosen element, under the group headings, colours and sizes last under Look. */
function buildFields(): void {
  fields = new Map();
  const {element} = setup;
  const context = {values: setup.values};
  const attributeFields = element.attributes.map((spec) => {
    const field = attributeField(
      spec,
      setup.values.get(spec.name),
      (value) => {
        if (value === undefined || value === '') setup.values.delete(spec.name);
        else setup.values.set(spec.name, value);
        changed(
          spec.name,
          spec.kind === 'text' || spec.kind === 'phone' || spec.kind === 'number' ? 'replace' : 'push'
        );
      },
      context
    );
    fields.set(spec.name, field);
    return {group: spec.group, root: field.root};
  });
  // Colours first: they are what a marketer most often sets.
  const propertyFields = [...element.properties]
    .sort((a, b) => Number(b.colour) - Number(a.colour))
    .map((spec) => {
      const field = propertyField(spec, setup.properties.get(spec.name), (value) => {
        if (value === undefined) setup.properties.delete(spec.name);
        else setup.properties.set(spec.name, value);
        changed(spec.name, spec.colour ? 'push' : 'replace');
      });
      fields.set(spec.name, field);
      return {group: LOOK, root: field.root};
    });
  const all = [...attributeFields, ...propertyFields];
  ui.settings.replaceChildren(
    ...data.groups.flatMap((group, i) => {
      const members = all.filter((field) => field.group === group);
      if (!members.length) return [];
      const id = `group-${i}`;
      return [
        h(
          'section',
          {class: 'group', 'aria-labelledby': id},
          h('h3', {id}, group),
          h('div', {class: 'fields'}, ...members.map((field) => field.root))
        ),
      ];
    })
  );
  ui.summary.textContent = element.summary;
  ui.element.value = element.tag;
  ui.format.value = setup.format;
}

/** Shows the setup the address holds (on load, and on back and forward). */
function fromAddress(): void {
  shownHash = location.hash;
  const read = readSetupHash(location.hash, data, firstElement);
  setup = read.setup;
  refused = read.refused;
  ui.presetNote.textContent = '';
  buildFields();
  ui.link.value = location.href;
  void refresh();
}

/** After a new element, a preset or a reset: new fields, a new history entry, a new preview. */
function restart(): void {
  refused = {byField: new Map(), others: []};
  buildFields();
  remember('push');
  void refresh();
}

function start(): void {
  ui.element.replaceChildren(...data.elements.map((e) => h('option', {value: e.tag}, e.label)));
  ui.element.addEventListener('change', () => {
    const next = data.elements.find((e) => e.tag === ui.element.value) ?? setup.element;
    // What applies to the new element stays; its own list (questions, how many) is not another's.
    const applies = (name: string) => next.attributes.some((a) => a.name === name && !a.list);
    setup = {
      element: next,
      values: new Map([...setup.values].filter(([name]) => applies(name))),
      properties: new Map([...setup.properties].filter(([name]) => next.properties.some((p) => p.name === name))),
      format: setup.format,
    };
    ui.presetNote.textContent = '';
    restart();
  });
  ui.presets.replaceChildren(
    ...PRESETS.map((preset) => {
      const button = h('button', {type: 'button', class: 'secondary', id: `preset-${preset.id}`}, preset.label);
      button.addEventListener('click', () => {
        const has = (name: string) => setup.element.attributes.some((a) => a.name === name);
        setup.values = new Map(Object.entries(preset.values).filter(([name]) => has(name)));
        ui.presetNote.textContent = preset.note;
        restart();
      });
      return button;
    })
  );
  ui.reset.addEventListener('click', () => {
    setup.values = new Map();
    setup.properties = new Map();
    ui.presetNote.textContent = `${setup.element.label}: every setting is back to the standard.`;
    restart();
  });
  ui.format.replaceChildren(...FORMATS.map((format) => h('option', {value: format.id}, format.label)));
  ui.format.addEventListener('change', () => {
    setup.format = ui.format.value as FormatId;
    remember('push');
    if (setup.format !== 'snippet') return updateCode();
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
    'input[name="preview-page"], input[name="preview-width"], input[name="preview-font"]'
  )) {
    radio.addEventListener('change', () => {
      const key = radio.name.replace('preview-', '');
      ui.frame.parentElement?.setAttribute(`data-${key}`, radio.value);
    });
  }
  ui.copy.addEventListener('click', async () => {
    const copied = await copyText(ui.code.value, ui.code);
    ui.status.textContent = copied ? 'Copied' : 'Could not copy: select the code and press Ctrl+C (Cmd+C on a Mac).';
  });
  ui.copyLink.addEventListener('click', async () => {
    const copied = await copyText(location.href, ui.link);
    ui.linkStatus.textContent = copied
      ? 'Link copied'
      : 'Could not copy: select the link and press Ctrl+C (Cmd+C on a Mac).';
  });
  // On a phone: jump between the settings and the preview without scrolling past everything.
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-jump]')) {
    button.addEventListener('click', () => {
      const target = byId(button.dataset.jump ?? '');
      target.scrollIntoView({block: 'start'});
      target.focus({preventScroll: true});
    });
  }
  // Back and forward, a link opened in this tab, a hash typed into the address bar (browsers differ in which
  // of the two events they fire for each).
  for (const type of ['hashchange', 'popstate']) {
    window.addEventListener(type, () => {
      if (location.hash !== shownHash) fromAddress();
    });
  }
  fromAddress();
  if (!location.hash) remember('replace');
}

start();
