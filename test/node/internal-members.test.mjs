// The members the build renames (INTERNAL_MEMBERS in scripts/lib/sensiq-builds.mjs) must stay internal: a renamed
// name that a page, an event listener, Lit or the browser reads by its written name would break only in dist/,
// silently. Each rule below is one way that could happen.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import ts from 'typescript';
import {INTERNAL_MEMBERS} from '../../scripts/lib/sensiq-builds.mjs';

const read = (file) => readFileSync(file, 'utf8');
const sources = readdirSync('src', {recursive: true})
  .filter((file) => file.endsWith('.ts') && !file.startsWith('builder'))
  .map((file) => ({file, text: read(join('src', file))}));
const withoutComments = (text) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

/**
 * The names of every shape another module or a page may read by name in `text`: members of interfaces and type
 * literals (events' details, content, settings) and class members that are neither private nor protected.
 */
function publicNames(file, text) {
  const names = new Set();
  const hidden = (node) => ts.getCombinedModifierFlags(node) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected);
  const visit = (node) => {
    if (ts.isPropertySignature(node) || ts.isMethodSignature(node)) names.add(node.name.getText());
    else if (ts.isClassElement(node) && node.name && !hidden(node)) names.add(node.name.getText());
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true));
  return names;
}

/** Names that `typings` declares as members: `name:`, `name?:` or `name(`. */
const declaredIn = (typings) => new Set(typings.match(/\b[A-Za-z_$][\w$]*(?=\??\s*[:(])/g));

test('every renamed member is a private or protected member of our classes', () => {
  const undeclared = INTERNAL_MEMBERS.filter(
    (name) =>
      !sources.some(({text}) =>
        new RegExp(`^\\s+(private|protected)( static| readonly| async)* ${name}\\b`, 'm').test(text)
      )
  );
  assert.deepEqual(undeclared, [], 'renamed but not declared private or protected (stale or public?)');
});

test('no renamed member is written as a string, exported or part of the public API', () => {
  const members = JSON.parse(read('custom-elements.json')).modules.flatMap((module) =>
    (module.declarations ?? []).flatMap((declaration) => declaration.members ?? [])
  );
  const found = [];
  for (const name of INTERNAL_MEMBERS) {
    for (const {file, text} of sources) {
      const code = withoutComments(text);
      if (new RegExp(`['"\`]${name}['"\`]`).test(code)) found.push(`${name} as a string in ${file}`);
      if (new RegExp(`export (const|let|function|class) ${name}\\b|export \\{[^}]*\\b${name}\\b`).test(code))
        found.push(`${name} exported from ${file}`);
    }
    for (const {file, text} of sources)
      if (publicNames(file, text).has(name)) found.push(`${name} is public or in a type in ${file}`);
    if (members.some((member) => member.name === name && !['private', 'protected'].includes(member.privacy)))
      found.push(`${name} public in custom-elements.json`);
  }
  assert.deepEqual(found, []);
});

test('no renamed member shares its name with a DOM or Lit property', () => {
  const typings = [
    'node_modules/typescript/lib/lib.dom.d.ts',
    ...['lit-html', 'lit-element', '@lit/reactive-element', '@lit/context'].flatMap((pkg) =>
      readdirSync(join('node_modules', pkg), {recursive: true})
        .filter((file) => file.endsWith('.d.ts'))
        .map((file) => join('node_modules', pkg, file))
    ),
  ];
  const platform = new Set(typings.flatMap((file) => [...declaredIn(read(file))]));
  assert.deepEqual(
    INTERNAL_MEMBERS.filter((name) => platform.has(name)),
    []
  );
});

test('dist/ reads none of the renamed members by their written names', () => {
  const files = ['dist/sensiq.js', ...readdirSync('dist/components').filter((f) => f.endsWith('.js'))].map((f) =>
    f.startsWith('dist/') ? f : join('dist/components', f)
  );
  for (const file of files) {
    const code = read(file);
    const left = INTERNAL_MEMBERS.filter((name) => new RegExp(`[.]${name}\\b`).test(code));
    assert.deepEqual(left, [], `${file} still reads these members by their written names`);
  }
});
