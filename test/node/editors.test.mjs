// What editors and TypeScript make of the package (issue 18): VS Code's custom HTML data, JetBrains web-types and
// the JSX typings, all generated from custom-elements.json by `npm run manifest` (scripts/editor-integrations.mjs).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import Ajv from 'ajv';
import htmlLanguageService from 'vscode-html-languageservice';
import {TextDocument} from 'vscode-languageserver-textdocument';
import ts from 'typescript';
import {EDITOR_FILES} from '../../scripts/editor-integrations.mjs';

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const pkg = readJson('package.json');
const vsCode = readJson(EDITOR_FILES.vsCode);
const webTypes = readJson(EDITOR_FILES.webTypes);
const ajv = new Ajv({allErrors: true, strict: false}); // the VS Code schema carries editor-only keywords

/** The manifest's elements, tag => class declaration (summary, attributes, events). */
const elements = new Map(
  readJson('custom-elements.json')
    .modules.flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => [declaration.tagName, declaration])
);
const THEMES = ['page', 'light', 'dark', 'auto'];

/** Checks `generated` (name, description, attributes) against the manifest's element of the same name. */
function assertDescribes(generated, attributesOf) {
  assert.deepEqual(generated.map((element) => element.name).sort(), [...elements.keys()].sort());
  for (const element of generated) {
    const declared = elements.get(element.name);
    assert.ok(element.description.startsWith(declared.summary), element.name);
    const attributes = attributesOf(element).map(({name, description}) => ({name, description}));
    assert.deepEqual(
      attributes,
      declared.attributes.map(({name, description}) => ({name, description})),
      element.name
    );
  }
}

test('the VS Code custom data is valid by its schema and describes every element and attribute', () => {
  const schema = readJson('node_modules/vscode-html-languageservice/docs/customData.schema.json');
  assert.ok(ajv.validate(schema, vsCode), ajv.errorsText());
  assertDescribes(vsCode.tags, (tag) => tag.attributes);
  const theme = vsCode.tags.find((tag) => tag.name === 'sensiq-faq').attributes.find((a) => a.name === 'theme');
  assert.deepEqual(
    theme.values,
    THEMES.map((name) => ({name}))
  );
  assert.match(vsCode.tags.find((tag) => tag.name === 'sensiq-faq').description, /sensiq-faq-toggle/);
});

test("VS Code's HTML support completes our tags, attributes and theme values, and explains a tag on hover", () => {
  const {getLanguageService, newHTMLDataProvider} = htmlLanguageService;
  const service = getLanguageService({
    customDataProviders: [newHTMLDataProvider('sensiq', vsCode)],
    useDefaultDataProvider: false,
  });
  const documentOf = (text) => TextDocument.create('file:///page.html', 'html', 1, text);
  const completions = (text) => {
    const document = documentOf(text);
    return service
      .doComplete(document, document.positionAt(text.length), service.parseHTMLDocument(document))
      .items.map((i) => i.label);
  };
  assert.deepEqual(completions('<sensiq-'), [...elements.keys()].sort());
  for (const attribute of ['heading-level', 'no-promo', 'no-structured-data'])
    assert.ok(completions('<sensiq-faq ').includes(attribute));
  assert.deepEqual(completions('<sensiq-faq theme="'), THEMES);
  const document = documentOf('<sensiq-takeaways></sensiq-takeaways>');
  const hover = service.doHover(document, document.positionAt(3), service.parseHTMLDocument(document));
  assert.ok(hover.contents.value.startsWith(elements.get('sensiq-takeaways').summary));
});

/**
 * The web-types schema is published only in JetBrains' GitHub repository (JetBrains/web-types, schema/web-types.json),
 * in no npm package, so this test cannot read it offline. Instead, the shape JetBrains reads, written here from that
 * schema's definitions for what our file uses, strict about unknown keys.
 */
const text = {type: 'string'};
const strictObject = (properties, required = ['name']) => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
});
const named = (properties = {}) => ({
  type: 'array',
  items: strictObject({name: text, description: text, ...properties}),
});
const WEB_TYPES_SHAPE = strictObject(
  {
    $schema: text,
    name: {const: pkg.name},
    version: {const: pkg.version},
    'description-markup': {enum: ['html', 'markdown', 'none']},
    contributions: strictObject(
      {
        html: strictObject(
          {
            elements: named({
              'doc-url': text,
              attributes: named({value: strictObject({type: text, default: text}, ['type'])}),
              slots: named(),
              events: named({type: text}),
              js: strictObject({properties: named({type: text}), events: named({type: text})}, []),
              source: strictObject({symbol: text, module: text}, ['symbol', 'module']),
            }),
          },
          ['elements']
        ),
        css: strictObject({properties: named(), 'pseudo-elements': named()}, []),
      },
      ['html']
    ),
  },
  ['name', 'version', 'contributions']
);

test('the web-types file has the shape JetBrains reads, is named in package.json, and describes every element', () => {
  assert.equal(pkg['web-types'], `./${EDITOR_FILES.webTypes}`);
  assert.ok(ajv.validate(WEB_TYPES_SHAPE, webTypes), ajv.errorsText());
  const {elements: generated} = webTypes.contributions.html;
  assertDescribes(generated, (element) => element.attributes);
  const faq = generated.find((element) => element.name === 'sensiq-faq');
  assert.equal(
    faq.attributes.find((a) => a.name === 'theme').value.type,
    "'page' | 'light' | 'dark' | 'auto' | undefined"
  );
  assert.deepEqual(
    faq.events.map(({name, type}) => ({name, type})),
    [
      {name: 'sensiq-faq-toggle', type: 'CustomEvent<SensiqFaqToggleDetail>'},
      {name: 'sensiq-faq-search', type: 'CustomEvent<SensiqFaqSearchDetail>'},
      {name: 'sensiq-faq-copy-link', type: 'CustomEvent<SensiqFaqCopyLinkDetail>'},
    ]
  );
  // "Go to declaration" leads to the class through an import path the package exports.
  for (const {source} of generated)
    assert.ok(statSync(fileURLToPath(import.meta.resolve(source.module))).isFile(), source.module);
});

/**
 * Type-checks the TSX files in test/node/jsx/ (and copies with a misspelled attribute) as an app that installed the
 * package would: the shipped typings are copied into a node_modules/@sensiq/embed of its own.
 */
function typeCheckJsx() {
  const app = 'build/jsx-check';
  const installed = `${app}/node_modules/@sensiq/embed`;
  rmSync(app, {recursive: true, force: true});
  for (const path of ['package.json', 'jsx', 'build/src']) {
    cpSync(path, `${installed}/${path}`, {recursive: true, filter: (from) => !/\.(js|map)$/.test(from)});
  }
  const files = [];
  for (const framework of ['react', 'preact', 'solid']) {
    const source = readFileSync(`test/node/jsx/${framework}.tsx`, 'utf8');
    const misspelled = source.replace('limit={5}', 'limt={5}').replace('theme="dark"', 'theme="dakr"');
    writeFileSync(`${app}/${framework}.tsx`, source);
    writeFileSync(`${app}/${framework}-misspelled.tsx`, misspelled);
    files.push(`${app}/${framework}.tsx`, `${app}/${framework}-misspelled.tsx`);
  }
  const program = ts.createProgram(files, {
    noEmit: true,
    strict: true,
    target: ts.ScriptTarget.ES2021,
    module: ts.ModuleKind.ES2022,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.ReactJSX, // React's runtime unless a file names another (`@jsxImportSource`)
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
    skipLibCheck: true,
  });
  const errors = new Map(files.map((file) => [file.slice(app.length + 1), []]));
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    errors
      .get(diagnostic.file.fileName.slice(app.length + 1))
      .push(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  }
  return errors;
}
let jsxErrors;
const jsxErrorsOnce = () => (jsxErrors ??= typeCheckJsx());

test('TSX for React 19, Preact and Solid using the elements, attributes and the FAQ event type-checks', () => {
  const react = readFileSync('test/node/jsx/react.tsx', 'utf8');
  for (const tag of elements.keys()) assert.ok(react.includes(`<${tag}`), `react.tsx uses <${tag}>`);
  for (const framework of ['react', 'preact', 'solid'])
    assert.deepEqual(jsxErrorsOnce().get(`${framework}.tsx`), [], framework);
});

test('a misspelled attribute fails to type-check, naming it, and so does a theme that does not exist', () => {
  for (const framework of ['react', 'preact', 'solid']) {
    assert.ok(
      jsxErrorsOnce()
        .get(`${framework}-misspelled.tsx`)
        .some((error) => error.includes("Property 'limt' does not exist")),
      framework
    );
  }
  assert.ok(
    jsxErrorsOnce()
      .get('react-misspelled.tsx')
      .some((error) => error.includes(`Type '"dakr"' is not assignable`))
  );
});
