// The WordPress plugin as files: PHP that lints, a version in step with the package, the attributes the elements
// document (generated into the built plugin), and an archive holding exactly the plugin folder.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {filesIn} from '../../../../scripts/lib/files-in.mjs';
import {documentedAttributes} from '../../helpers/elements.mjs';
import {
  ELEMENT_DESCRIPTIONS,
  ELEMENT_LABELS,
  SETTINGS,
  SETTING_GROUPS,
} from '../../../../build/src/internal/settings.js';

const SOURCE = 'integrations/wordpress/sensiq-embed';
const BUILT = 'dist/wordpress/sensiq-embed';
// What the build writes into the plugin besides the library files: the attribute table
// (scripts/lib/wordpress-elements.mjs), the render plans and the blocks (scripts/lib/wordpress-blocks.mjs).
const GENERATED = [
  'elements.json',
  'includes/elements.generated.php',
  'includes/render-plans.generated.php',
  ...['article', 'faq', 'red-flags', 'takeaways'].map((block) => `blocks/${block}/block.json`),
];
// Written into assets/ by the build beside the library files: the blocks' data.
const BUILT_ASSETS = ['assets/blocks-data.js'];
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

function php(args, input) {
  const result = spawnSync('php', args, {input, encoding: 'utf8'});
  assert.ok(!result.error, `php is needed for this test (Debian package php-cli): ${result.error?.message}`);
  return result;
}

test('every PHP file, the generated one included, lints clean with php -l', () => {
  const files = filesIn(BUILT).filter((file) => file.endsWith('.php'));
  assert.ok(files.length >= 6 && files.includes('includes/elements.generated.php'), files.join());
  for (const file of files) {
    const {status, stdout, stderr} = php(['-l', join(BUILT, file)]);
    assert.equal(status, 0, `${file}: ${stdout}${stderr}`);
  }
});

test('the plugin header, readme and version constant carry the package version', () => {
  const main = readFileSync(`${SOURCE}/sensiq-embed.php`, 'utf8');
  assert.match(main, new RegExp(`^ \\* Version:\\s+${pkg.version.replaceAll('.', '\\.')}$`, 'm'));
  // Spaced as WordPress writes it or as prettier does: the formatter owns the whitespace, the test the version.
  assert.match(main, new RegExp(`define\\(\\s*'SENSIQ_EMBED_VERSION', '${pkg.version}'\\s*\\);`));
  assert.match(readFileSync(`${SOURCE}/readme.txt`, 'utf8'), new RegExp(`^Stable tag: ${pkg.version}$`, 'm'));
});

/** The built plugin's shortcode table as PHP builds it (filters are the identity here). */
function shortcodeTable() {
  const {status, stdout, stderr} = php(
    [],
    `<?php
define('ABSPATH', '/');
function apply_filters($name, $value) { return $value; }
require '${BUILT}/includes/elements.php';
echo json_encode(sensiq_embed_elements());`
  );
  assert.equal(status, 0, stderr);
  return JSON.parse(stdout);
}

test('each shortcode passes through exactly the attributes its element documents in custom-elements.json', () => {
  const documented = documentedAttributes();
  const table = shortcodeTable();
  assert.deepEqual(Object.keys(table).sort(), ['sensiq_article', 'sensiq_faq', 'sensiq_red_flags', 'sensiq_takeaways']);
  for (const [shortcode, {tag, attributes}] of Object.entries(table)) {
    assert.equal(shortcode, tag.replaceAll('-', '_'));
    assert.ok(documented.has(tag), `${tag} is not in custom-elements.json`);
    // `theme` comes with the theming issue; the plugin passes it through already.
    const expected = [...new Set([...documented.get(tag), 'theme'])].sort();
    assert.deepEqual(Object.keys(attributes).sort(), expected, shortcode);
  }
});

test('the generated table gives each attribute its kind, its allowed values and its description', () => {
  const table = shortcodeTable();
  const data = JSON.parse(readFileSync(`${BUILT}/elements.json`, 'utf8'));
  assert.equal(table.sensiq_article.attributes['cta-href'], 'url', 'a link, escaped with esc_url');
  assert.equal(table.sensiq_faq.attributes.searchable, 'flag', 'a boolean attribute');
  assert.equal(table.sensiq_faq.attributes.limit, 'text');
  for (const [shortcode, {attributes, values, descriptions}] of Object.entries(table)) {
    const own = shortcode === 'sensiq_article' ? {'cta-placement': ['end', 'after-takeaways', 'both']} : {};
    assert.deepEqual(values, {...own, theme: ['page', 'light', 'dark', 'auto'], analytics: ['datalayer']}, shortcode);
    for (const name of Object.keys(attributes)) assert.ok(descriptions[name]?.length > 10, `${shortcode} ${name}`);
    const kinds = Object.fromEntries(data[shortcode].attributes.map((a) => [a.name, a.kind]));
    assert.deepEqual(kinds, attributes, `elements.json and the PHP table agree on ${shortcode}`);
  }
});

/** Runs Info-ZIP's unzip, the reader behind most servers' and people's "extract". */
function unzip(args) {
  const result = spawnSync('unzip', args, {encoding: 'utf8'});
  assert.ok(!result.error, `unzip is needed for this test (Debian package unzip): ${result.error?.message}`);
  assert.equal(result.status, 0, `unzip ${args.join(' ')}: ${result.stdout}${result.stderr}`);
  return result.stdout;
}

test('the built plugin ships the loader and every element file, and the zip holds exactly that folder', () => {
  const files = filesIn(BUILT);
  assert.ok(files.includes('assets/loader.js'));
  for (const element of readdirSync('dist/components').filter((file) => file.endsWith('.js'))) {
    assert.ok(files.includes(`assets/components/${element}`), element);
  }
  assert.deepEqual(
    files.filter((file) => file.endsWith('.map')),
    []
  );
  assert.deepEqual(
    files.filter((file) => !file.startsWith('assets/components/') && file !== 'assets/loader.js'),
    [...filesIn(SOURCE), ...GENERATED, ...BUILT_ASSETS].sort(),
    'every source file is in the build, and the generated files'
  );

  // -t inflates every entry and checks it against its CRC-32.
  assert.match(unzip(['-t', `${BUILT}.zip`]), /^No errors detected in compressed data /m);
  const listed = unzip(['-Z1', `${BUILT}.zip`])
    .split('\n')
    .filter((name) => name && !name.endsWith('/'));
  assert.deepEqual(
    listed.sort(),
    files.map((file) => `sensiq-embed/${file}`)
  );
  const extracted = mkdtempSync(join(tmpdir(), 'sensiq-zip-'));
  try {
    unzip(['-q', `${BUILT}.zip`, '-d', extracted]);
    for (const file of files) {
      assert.ok(readFileSync(join(extracted, 'sensiq-embed', file)).equals(readFileSync(join(BUILT, file))), file);
    }
  } finally {
    rmSync(extracted, {recursive: true, force: true});
  }
});

test("readme.txt follows the plugin directory's readme format and says what the plugin is tested on", () => {
  const readme = readFileSync(`${SOURCE}/readme.txt`, 'utf8');
  const [, name, header, summary] = /^=== (.+) ===\n((?:[A-Za-z ]+: .+\n)+)\n(.+)\n/.exec(readme) ?? [];
  assert.equal(name, 'SensIQ Embed');
  const fields = Object.fromEntries(
    header
      .trim()
      .split('\n')
      .map((line) => line.split(/: (.*)/s).slice(0, 2))
  );
  assert.deepEqual(Object.keys(fields), [
    'Contributors',
    'Tags',
    'Requires at least',
    'Tested up to',
    'Requires PHP',
    'Stable tag',
    'License',
  ]);
  assert.ok(fields.Tags.split(',').length <= 5, 'five tags at most');
  assert.ok(summary.length <= 150, `the short description has ${summary.length} characters; the directory shows 150`);
  // What the tests run: Debian's 6.1 (e2e.test.mjs) and 6.5.5 (wordpress-6.5.test.mjs).
  assert.equal(fields['Requires at least'], '6.1');
  assert.equal(fields['Tested up to'], '6.5');
  const main = readFileSync(`${SOURCE}/sensiq-embed.php`, 'utf8');
  assert.match(main, /^ \* Requires at least: 6\.1$/m);
  // UNLICENSED has no licence URI; the readme says so instead of inventing one.
  assert.equal(fields.License, pkg.license);
  assert.doesNotMatch(readme, /License URI/);
  assert.match(readme, /not released under the GPL or any other\nopen-source licence/);
  const sections = [...readme.matchAll(/^== (.+) ==$/gm)].map((m) => m[1]);
  assert.deepEqual(sections, ['Description', 'Installation', 'Frequently Asked Questions', 'Screenshots', 'Changelog']);
  assert.match(readme, /== Screenshots ==\n\n1\. .+\n2\. .+/);
});

/** The blocks as the editor gets them (assets/blocks-data.js) and the servers' link reader written beside them. */
function blocksData() {
  const window = {};
  new Function('window', readFileSync(`${BUILT}/assets/blocks-data.js`, 'utf8'))(window);
  return window;
}

test('each block is named and described by what it shows, with its own icon and preview, and its sidebar worded and grouped by the settings declaration', () => {
  const {sensiqEmbedBlocks: blocks} = blocksData();
  assert.equal(blocks.length, 4);
  for (const block of blocks) {
    const json = JSON.parse(readFileSync(`${BUILT}/blocks/${block.name.split('/')[1]}/block.json`, 'utf8'));
    assert.equal(json.title, ELEMENT_LABELS[block.tag]);
    assert.equal(block.title, json.title);
    assert.equal(json.description, ELEMENT_DESCRIPTIONS[block.tag]);
    assert.equal(block.description, json.description);
    assert.ok(json.example?.attributes, `${block.name} has an inserter preview`);
    assert.deepEqual(
      block.groups,
      SETTING_GROUPS.filter((group) => block.groups.includes(group))
    );
    for (const control of block.controls) {
      const declared = SETTINGS[control.name];
      const where = `${block.name} ${control.name}`;
      assert.deepEqual(
        [control.label, control.help, control.group],
        [declared.label, declared.help, declared.group],
        where
      );
      assert.ok(block.groups.indexOf(control.group) >= 0, where);
      // A choice's words are the declaration's; its first option writes nothing and names the default.
      if (control.control === 'select' && declared.choices) {
        const [unset, ...options] = control.options;
        assert.equal(unset.value, '', where);
        assert.equal(unset.label, declared.default ? `Default (${declared.choices[declared.default]})` : 'Off', where);
        for (const option of options) assert.equal(option.label, declared.choices[option.value], where);
      }
    }
    // The controls by group, in the groups' order.
    assert.deepEqual(
      block.controls.map((control) => block.groups.indexOf(control.group)),
      block.controls.map((control) => block.groups.indexOf(control.group)).toSorted((a, b) => a - b)
    );
  }
  assert.equal(new Set(blocks.map((block) => block.icon)).size, 4, 'an icon each');
});

test('the sidebar refuses the links the servers refuse, and a bare address is one https:// from a link', () => {
  const {sensiqEmbedCanonicalUrl: canonical} = blocksData();
  assert.equal(canonical('https://sensiq.com/shop'), 'https://sensiq.com/shop');
  assert.equal(canonical('HTTPS://SensIQ.com'), 'https://sensiq.com/');
  for (const refused of ['sensiq.com/shop', 'javascript:alert(1)', 'https://a@b.example/', 'http://0x7f.1/'])
    assert.equal(canonical(refused), undefined, refused);
});
