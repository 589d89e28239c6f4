// The CDN files in dist/: ES2021 modules, minified with Lit's production build, a licence banner,
// sourcemaps back to the TypeScript sources, and every element folder built and registered.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {parse} from 'acorn';
import {openPage} from './helpers/browser.mjs';
import {hostPage, moduleScript, pageTests} from './helpers/embed.mjs';
import {elementsIn} from '../../scripts/lib/elements.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const folders = elementsIn().map((element) => element.folder);
const chunks = existsSync('dist/components/chunks')
  ? readdirSync('dist/components/chunks').filter((f) => f.endsWith('.js'))
  : [];
// sensiq.js's later parts sit beside it (sensiq-*.js), as the loader's chunks sit in components/chunks/.
const bundleParts = readdirSync('dist').filter((f) => /^sensiq-.+\.js$/.test(f));
const files = [
  'dist/sensiq.js',
  ...bundleParts.map((part) => `dist/${part}`),
  'dist/loader.js',
  ...folders.map((name) => `dist/components/sensiq-${name}.js`),
  ...folders.map((name) => `dist/components/sensiq-${name}.standalone.js`),
  ...chunks.map((chunk) => `dist/components/chunks/${chunk}`),
];

test('every dist file is an ES2021 module with the licence banner', () => {
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    assert.doesNotThrow(() => parse(code, {ecmaVersion: 2021, sourceType: 'module'}), file);
    assert.ok(code.startsWith(`/*! ${pkg.name} ${pkg.version} | (c) SensIQ | ${pkg.license}`), file);
    // Lit's licence asks for its notice in every file that carries Lit's code (its sourcemap names Lit).
    const sources = JSON.parse(readFileSync(`${file}.map`, 'utf8')).sources;
    const carriesLit = sources.some((source) => /node_modules\/(lit|lit-html|lit-element|@lit)\//.test(source));
    assert.equal(
      /Lit, \(c\) Google LLC, BSD-3-Clause/.test(code.split('\n')[0]),
      carriesLit,
      `${file}: Lit notice when it carries Lit`
    );
  }
});

test('dist files are minified and carry Lit in its production build', () => {
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    assert.ok(!/dev mode|litIssuedWarnings/.test(code), `${file} has no Lit dev-mode code`);
    // Terser ran: Lit's @license blocks and our doc comments are gone, only the banner is kept.
    assert.deepEqual(code.match(/\/\*\*|@license/g), null, `${file} is minified`);
  }
});

test('sourcemaps lead back to the TypeScript sources', () => {
  for (const file of files) {
    assert.ok(
      readFileSync(file, 'utf8')
        .trimEnd()
        .endsWith(`//# sourceMappingURL=${file.split('/').pop()}.map`),
      file
    );
    const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
    assert.equal(map.sources.length, map.sourcesContent.length, file);
  }
  const sources = (file) => JSON.parse(readFileSync(`${file}.map`, 'utf8')).sources;
  assert.ok(sources('dist/loader.js').includes('../src/loader.ts'));
  // Placeholder upgrading, like every part no first paint needs, arrives in a file of its own beside sensiq.js.
  assert.ok(!sources('dist/sensiq.js').includes('../src/internal/placeholders.ts'));
  assert.ok(
    bundleParts.some((part) => sources(`dist/${part}`).includes('../src/internal/placeholders.ts')),
    bundleParts.join()
  );
  for (const name of folders) {
    const all = [`dist/components/sensiq-${name}.js`, ...chunks.map((c) => `dist/components/chunks/${c}`)].flatMap(
      sources
    );
    assert.ok(
      all.includes(`../../src/components/${name}/sensiq-${name}.ts`) ||
        all.includes(`../../../src/components/${name}/sensiq-${name}.ts`),
      name
    );
    assert.ok(
      sources(`dist/components/sensiq-${name}.standalone.js`).includes(
        `../../src/components/${name}/sensiq-${name}.ts`
      ),
      name
    );
  }
});

test('src/sensiq.ts registers every element folder', () => {
  const entry = readFileSync('src/sensiq.ts', 'utf8');
  for (const name of folders) assert.ok(entry.includes(`import './components/${name}/register.js';`), name);
});

const env = pageTests();

for (const [what, scripts] of [
  ['dist/sensiq.js defines', ['/dist/sensiq.js']],
  ['the per-element files define', folders.map((name) => `/dist/components/sensiq-${name}.js`)],
  // Each with its own copy of Lit, all on one page: the guarded definitions let them share it quietly.
  ['the standalone files define', folders.map((name) => `/dist/components/sensiq-${name}.standalone.js`)],
]) {
  test(`${what} every element, each reporting the package version`, async () => {
    env.server.pages['/all.html'] = {body: hostPage(scripts.map(moduleScript).join(''))};
    const {page, seen} = await openPage(env.browser, `${env.server.origin}/all.html`);
    await page.waitForLoadState('networkidle');
    const versions = await page.evaluate(
      (tags) => tags.map((tag) => customElements.get(tag)?.version),
      folders.map((name) => `sensiq-${name}`)
    );
    assert.deepEqual(
      versions,
      folders.map(() => pkg.version)
    );
    assert.deepEqual(seen, {errors: [], warnings: [], pageErrors: []});
    await page.close();
  });
}

// The FAQ's answers and the article's sections share the answers' text, a file of its own in sensiq.js's parts and
// in the element files' chunks. Each asks for it beside its own part, so that neither waits for one file to arrive
// before asking for the next (a round trip more: 150 ms on a slow 4G line).
for (const [what, script, folder] of [
  ['sensiq.js', '/dist/sensiq.js', 'dist/sensiq-'],
  ['the loader', '/dist/loader.js', 'dist/components/chunks/'],
]) {
  test(`with ${what}, an open FAQ and an article ask for their later parts and the text they share at once`, async () => {
    env.server.pages['/parts.html'] = {
      body: hostPage(moduleScript(script), '<sensiq-faq open="all"></sensiq-faq>\n<sensiq-article></sensiq-article>'),
    };
    const {page, seen} = await openPage(env.browser, `${env.server.origin}/parts.html`);
    await page.waitForLoadState('networkidle');
    const files = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => ({
        path: new URL(entry.name).pathname.slice(1),
        start: entry.startTime,
        end: entry.responseEnd,
      }))
    );
    const part = (name) => {
      const found = files.filter(({path}) => path.startsWith(folder) && name.test(path.slice(folder.length)));
      assert.equal(found.length, 1, `one request for ${folder}${name}: ${files.map(({path}) => path).join(', ')}`);
      return found[0];
    };
    const text = part(/^faq-(?!answers-|questions-)[\w-]+\.js$/);
    const answers = part(/^faq-answers-[\w-]+\.js$/);
    const sections = part(/^body-[\w-]+\.js$/);
    assert.ok(
      text.start < answers.end,
      `the answers' text was asked for ${text.start - answers.end} ms after the answers' code arrived`
    );
    assert.ok(
      text.start < sections.end,
      `the answers' text was asked for ${text.start - sections.end} ms after the sections arrived`
    );
    assert.deepEqual(seen, {errors: [], warnings: [], pageErrors: []});
    await page.close();
  });
}
