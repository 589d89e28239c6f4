// The lint gates of our own (scripts/check-imports.mjs, scripts/check-php.mjs) catch what they are for.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {importProblems, importsOf, packageName} from '../../scripts/check-imports.mjs';

const declared = {packages: new Set(['lit', '@lit/context']), virtual: new Set(['sensiq:element-tags']), self: 'x'};

test('every kind of import is read: static, re-export, dynamic, require, type-only', () => {
  const {specifiers} = importsOf(`
    import {a} from 'one';
    export * from 'two';
    const three = await import('three');
    const four = require('four');
    import type {Five} from 'five';
  `);
  assert.deepEqual(specifiers.sort(), ['five', 'four', 'one', 'three', 'two']);
});

test('a package is named without the path inside it', () => {
  assert.equal(packageName('lit/decorators.js'), 'lit');
  assert.equal(packageName('@lit/context/lib/x.js'), '@lit/context');
});

test('a bare import of an undeclared package fails, naming the package', () => {
  const problems = importProblems('test/node/x.test.mjs', ['acorn', 'lit/directives/map.js'], declared);
  assert.equal(problems.length, 1);
  assert.match(problems[0], /"acorn".*does not declare acorn/);
});

test("declared packages, Node's builtins, our virtual modules and relative paths pass", () => {
  const specifiers = ['lit', '@lit/context', 'node:fs', 'path', 'sensiq:element-tags', './y.mjs', '../z.js', 'x/a.js'];
  assert.deepEqual(importProblems('src/a.ts', specifiers, declared), []);
});

test('scripts/ importing rollup.config.mjs or bench/ fails; bench/ and the config importing scripts/lib/ pass', () => {
  assert.equal(importProblems('scripts/a.mjs', ['../rollup.config.mjs'], declared).length, 1);
  assert.equal(importProblems('scripts/lib/b.mjs', ['../../bench/server.mjs'], declared).length, 1);
  assert.deepEqual(importProblems('bench/run.mjs', ['../scripts/lib/sizes.mjs'], declared), []);
  assert.deepEqual(importProblems('rollup.config.mjs', ['./scripts/lib/sensiq-builds.mjs'], declared), []);
  assert.deepEqual(importProblems('test/node/x.test.mjs', ['../../rollup.config.mjs'], declared), []);
});

test('php -l failing on a plugin file fails the PHP check, naming the file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'check-php-'));
  try {
    mkdirSync(join(dir, 'integrations'));
    writeFileSync(join(dir, 'integrations/fine.php'), '<?php\necho 1;\n');
    writeFileSync(join(dir, 'integrations/broken.php'), '<?php\nfunction (\n');
    const run = spawnSync('node', [resolve('scripts/check-php.mjs')], {cwd: dir, encoding: 'utf8'});
    assert.equal(run.status, 1, run.stdout);
    assert.match(run.stderr, /1 of 2 PHP files do not parse:\nintegrations\/broken\.php:/);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});
