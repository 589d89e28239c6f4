#!/usr/bin/env node
// Lint gate (npm run lint) over every import of the project's code (src, scripts, test, bench, stories,
// integrations, .storybook and the config files at the top), static, dynamic and require() alike:
//   a bare import names a package package.json declares (dependencies or devDependencies), so nothing works
//   only because another package happened to pull it into node_modules; Node's builtins and the virtual
//   modules a .d.ts of ours declares (`declare module 'sensiq:element-tags'`) are not packages;
//   nothing under scripts/ imports rollup.config.mjs or bench/: the build's tools are what the rollup config
//   and the bench import, never the other way round.
import ts from 'typescript';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {isBuiltin} from 'node:module';
import {dirname, join, relative, resolve, sep} from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const FOLDERS = ['src', 'scripts', 'test', 'bench', 'stories', 'integrations', '.storybook'];
const SKIPPED = new Set(['node_modules', 'out']); // bench/out: pages the bench writes
const CODE = /\.(m|c)?(j|t)sx?$/;

/** The package a bare specifier names: `@scope/name` or `name`, without the path inside it. */
export const packageName = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** The specifiers a JavaScript or TypeScript file imports, and the modules it declares (`declare module`). */
export function importsOf(text) {
  const {importedFiles, ambientExternalModules = []} = ts.preProcessFile(text, true, true);
  return {specifiers: importedFiles.map((entry) => entry.fileName), declared: ambientExternalModules};
}

/**
 * What is wrong with one file's imports, as messages. `file` is relative to the project root with forward
 * slashes; `packages` the names package.json declares; `virtual` the module names our .d.ts files declare.
 */
export function importProblems(file, specifiers, {packages, virtual, self}) {
  const problems = [];
  for (const specifier of specifiers) {
    if (specifier.startsWith('.') || specifier.startsWith('/')) {
      const target = relative(ROOT, resolve(ROOT, dirname(file), specifier))
        .split(sep)
        .join('/');
      if (file.startsWith('scripts/') && (target === 'rollup.config.mjs' || target.startsWith('bench/'))) {
        problems.push(
          `imports ${specifier}: scripts/ must not import ${target.startsWith('bench/') ? 'bench/' : target}` +
            ' (move what both need into scripts/lib/ and import it from there)'
        );
      }
      continue;
    }
    if (isBuiltin(specifier) || virtual.has(specifier)) continue;
    const name = packageName(specifier);
    if (name !== self && !packages.has(name)) {
      problems.push(`imports "${specifier}", but package.json does not declare ${name} (npm install -D ${name})`);
    }
  }
  return problems;
}

/** The project's code files, relative to the root with forward slashes. */
function codeFiles() {
  const top = readdirSync(ROOT).filter((name) => name.endsWith('.mjs'));
  const walk = (dir) =>
    readdirSync(join(ROOT, dir), {withFileTypes: true}).flatMap((entry) => {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) return SKIPPED.has(entry.name) ? [] : walk(path);
      return CODE.test(entry.name) ? [path] : [];
    });
  return [...top, ...FOLDERS.filter((dir) => existsSync(join(ROOT, dir))).flatMap(walk)];
}

if (process.argv[1] === import.meta.filename) {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const packages = new Set(Object.keys({...pkg.dependencies, ...pkg.devDependencies}));
  const files = codeFiles().map((file) => ({file, ...importsOf(readFileSync(join(ROOT, file), 'utf8'))}));
  const virtual = new Set(files.flatMap((entry) => entry.declared));
  const problems = files.flatMap(({file, specifiers}) =>
    importProblems(file, specifiers, {packages, virtual, self: pkg.name}).map((problem) => `${file}: ${problem}`)
  );
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log(`check-imports: ${files.length} files, every import declared and pointing the right way`);
}
