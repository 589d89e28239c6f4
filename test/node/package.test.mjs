// Facts about the package that must stay in step with each other.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {spawnSync} from 'node:child_process';
import {VERSION} from '../../build/src/internal/version.js';
import {elementsIn} from '../../scripts/lib/elements.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

test('the version elements report is the package version', () => {
  assert.equal(VERSION, pkg.version);
});

// What `npm pack` would publish, and that every entry point it promises is in it.
const packed = (() => {
  const run = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {encoding: 'utf8'});
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout)[0].files.map((f) => f.path);
})();
const folders = elementsIn().map((element) => element.folder);

/** The exports map's targets for the `condition`, with each pattern expanded for every element module. */
function exportTargets(condition) {
  return Object.entries(pkg.exports).flatMap(([key, value]) => {
    const target = typeof value === 'string' ? value : value[condition];
    if (target === undefined) return []; // a types-only entry (the JSX typings) has no `default`
    if (!key.includes('*')) return [target.slice(2)];
    return folders.flatMap((name) =>
      [`${name}/register`, `${name}/sensiq-${name}`].map((stem) => target.replaceAll('*', stem).slice(2))
    );
  });
}

test('the package holds the built files, the manifest and the README, and no tests or sources', () => {
  for (const file of [
    'README.md',
    'package.json',
    'custom-elements.json',
    'dist/sensiq.js',
    'dist/sensiq.js.map',
    'dist/loader.js',
  ]) {
    assert.ok(packed.includes(file), file);
  }
  for (const name of folders) {
    for (const file of [
      `dist/components/sensiq-${name}.js`,
      `dist/components/sensiq-${name}.standalone.js`,
      `build/src/components/${name}/register.js`,
      `build/src/components/${name}/register.d.ts`,
      `build/src/components/${name}/sensiq-${name}.js`,
      `build/src/components/${name}/sensiq-${name}.d.ts`,
    ]) {
      assert.ok(packed.includes(file), file);
    }
  }
  const chunks = existsSync('dist/components/chunks') ? readdirSync('dist/components/chunks') : [];
  for (const chunk of chunks) assert.ok(packed.includes(`dist/components/chunks/${chunk}`), chunk);
  const unwanted = packed.filter(
    (file) =>
      /(^|\/)test(s)?\//.test(file) ||
      /\.test\./.test(file) ||
      /^(src|scripts|demo|stories|node_modules|\.ci)\//.test(file) ||
      (file.endsWith('.ts') && !file.endsWith('.d.ts')) ||
      file.endsWith('.d.ts.map') ||
      /^build\/(?!src\/)/.test(file) ||
      /^dist\/(?!components\/)[^/]+\//.test(file) || // other builds in dist/ (the WordPress plugin) are not for npm
      ['build/src/bundle.js', 'build/src/loader.js'].includes(file) // they only work bundled (dist/)
  );
  assert.deepEqual(unwanted, []);
});

// The platform packages are their own downloads: npm users get the library, not a WordPress plugin or a Shopify
// extension (the pattern above leaves them out; this names them, and that they were built to be left out).
test('the npm package leaves out dist/wordpress/ and dist/shopify/', () => {
  assert.ok(
    existsSync('dist/wordpress/sensiq-embed.zip') && existsSync('dist/shopify/sensiq-embed'),
    'run the build first'
  );
  assert.deepEqual(
    packed.filter((file) => /^dist\/(wordpress|shopify)\//.test(file)),
    []
  );
});

test('every export and type the package.json promises is in the package, types first', () => {
  const promised = [pkg.types, pkg.customElements, pkg['web-types']].map((path) => path.replace(/^\.\//, ''));
  for (const file of [...exportTargets('default'), ...exportTargets('types'), ...promised]) {
    assert.ok(packed.includes(file), file);
  }
  for (const [key, value] of Object.entries(pkg.exports)) {
    if (typeof value !== 'object') continue;
    if (key.startsWith('./jsx')) assert.deepEqual(Object.keys(value), ['types'], key);
    else assert.deepEqual(Object.keys(value), ['types', 'default'], key);
  }
});

test('sideEffects names the registration modules and the dist files, not the classes', () => {
  const matches = (file) =>
    pkg.sideEffects.some((glob) =>
      new RegExp(
        `^${glob
          .slice(2)
          .replace(/[.+^${}()|[\]\\]/g, '\\$&')
          .replaceAll('*', '[^/]*')}$`
      ).test(file)
    );
  const effectful = ['build/src/sensiq.js', 'dist/sensiq.js', 'dist/loader.js'];
  for (const name of folders) {
    effectful.push(
      `build/src/components/${name}/register.js`,
      `dist/components/sensiq-${name}.js`,
      `dist/components/sensiq-${name}.standalone.js`
    );
  }
  for (const file of effectful) assert.ok(matches(file), file);
  const pure = packed.filter((file) => file.endsWith('.js') && !effectful.includes(file));
  assert.ok(pure.some((file) => file.endsWith(`sensiq-${folders[0]}.js`) && file.startsWith('build/')));
  assert.deepEqual(pure.filter(matches), []);
});

test('unbundled modules import lit as a dependency; the dist files bundle it', () => {
  assert.ok(pkg.dependencies.lit);
  for (const name of folders) {
    assert.match(readFileSync(`build/src/components/${name}/sensiq-${name}.js`, 'utf8'), /from 'lit'/);
  }
  for (const file of packed.filter((f) => f.startsWith('dist/') && f.endsWith('.js'))) {
    const specifiers = [...readFileSync(file, 'utf8').matchAll(/\b(?:from|import)\s*\(?\s*["'`]([^"'`]+)["'`]/g)].map(
      (m) => m[1]
    );
    assert.deepEqual(
      specifiers.filter((s) => !/^\.\.?\//.test(s)),
      [],
      `${file} imports only relative files`
    );
  }
});

test('a TypeScript user gets the element classes, the tag map and the entry points from the exports map', () => {
  // Inside the package, so `@sensiq/embed` resolves to this package through its own exports map.
  const dir = 'build/consumer-check';
  mkdirSync(dir, {recursive: true});
  const imports = folders
    .map(
      (name, i) => `import {${className(name)} as C${i}} from '@sensiq/embed/components/${name}/sensiq-${name}.js';
import '@sensiq/embed/components/${name}/register.js';
const e${i}: C${i} = document.createElement('sensiq-${name}');
e${i}.noPromo = true;`
    )
    .join('\n');
  writeFileSync(
    `${dir}/consumer.ts`,
    `${imports}\nimport '@sensiq/embed';\nimport '@sensiq/embed/sensiq.js';\nimport '@sensiq/embed/loader.js';\n`
  );
  const compilerOptions = {
    noEmit: true,
    strict: true,
    target: 'es2021',
    module: 'es2022',
    moduleResolution: 'bundler',
    lib: ['es2022', 'dom'],
    types: [],
    noUncheckedSideEffectImports: true, // a side-effect import without types fails too
  };
  writeFileSync(`${dir}/tsconfig.json`, JSON.stringify({compilerOptions, files: ['consumer.ts']}));
  const tsc = spawnSync('npx', ['tsc', '-p', dir], {encoding: 'utf8'});
  assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
});

function className(folder) {
  return `Sensiq${folder.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase())}`;
}
