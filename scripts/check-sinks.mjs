#!/usr/bin/env node
// Static gate (npm test): no code in src/ (or the folder in argv[2]) may turn text into markup or code.
// It reads the TypeScript syntax tree, so comments that name a forbidden API do not count, and fails on:
//   unsafeHTML / unsafeSVG / unsafeMathML / unsafeStatic, and imports of the unsafe-* directive modules;
//   assignments to innerHTML / outerHTML; insertAdjacentHTML, document.write(ln), createContextualFragment,
//   setHTMLUnsafe, parseHTMLUnsafe;
//   srcdoc anywhere (property, attribute in a template, string);
//   a binding (${…}) inside <style> or <script> in an html`` or svg`` template.
import ts from 'typescript';
import {readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';

const UNSAFE_DIRECTIVES = new Set(['unsafeHTML', 'unsafeSVG', 'unsafeMathML', 'unsafeStatic']);
// lit/static-html itself is allowed: its `literal` tag only takes constants; its unsafeStatic is caught by name.
const UNSAFE_MODULES = /^lit(-html)?\/directives\/unsafe-(html|svg|mathml)(\.js)?$/;
const MARKUP_PROPERTIES = new Set(['innerHTML', 'outerHTML']);
const MARKUP_CALLS = new Set([
  'insertAdjacentHTML',
  'write',
  'writeln',
  'createContextualFragment',
  'setHTMLUnsafe',
  'parseHTMLUnsafe',
]);
const ASSIGNMENTS = new Set([ts.SyntaxKind.EqualsToken, ts.SyntaxKind.PlusEqualsToken]);

/** The findings in one file's source text: [{line, message}]. */
export function findSinks(fileName, text) {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const findings = [];
  const report = (node, message) =>
    findings.push({line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, message});

  const visit = (node) => {
    if (ts.isIdentifier(node) && UNSAFE_DIRECTIVES.has(node.text)) report(node, `${node.text} renders text as markup`);
    if (ts.isImportDeclaration(node) && UNSAFE_MODULES.test(node.moduleSpecifier.text))
      report(node, `imports ${node.moduleSpecifier.text}`);
    if (
      ts.isBinaryExpression(node) &&
      ASSIGNMENTS.has(node.operatorToken.kind) &&
      ts.isPropertyAccessExpression(node.left) &&
      MARKUP_PROPERTIES.has(node.left.name.text)
    )
      report(node, `assigns to ${node.left.name.text}`);
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const name = node.expression.name.text;
      // write() and writeln() only matter on a document; other objects may have methods of that name.
      const isWrite = name === 'write' || name === 'writeln';
      if (MARKUP_CALLS.has(name) && (!isWrite || /\bdocument$/.test(node.expression.expression.getText(source))))
        report(node, `calls ${name}()`);
    }
    if ((ts.isIdentifier(node) || ts.isStringLiteralLike(node)) && /srcdoc/i.test(node.text))
      report(node, 'mentions srcdoc');
    if (ts.isTaggedTemplateExpression(node) && /^(html|svg)$/.test(node.tag.getText(source))) checkTemplate(node);
    ts.forEachChild(node, visit);
  };

  // The template's static text with a marker where each binding sits, read as markup.
  const checkTemplate = (node) => {
    const template = node.template;
    const parts = ts.isNoSubstitutionTemplateLiteral(template)
      ? [template.rawText ?? template.text]
      : [
          template.head.rawText ?? template.head.text,
          ...template.templateSpans.map((s) => s.literal.rawText ?? s.literal.text),
        ];
    const markup = parts.join('\u0000');
    if (/srcdoc/i.test(markup)) report(node, 'a template mentions srcdoc');
    for (const [, tag, body] of markup.matchAll(/<(style|script)(?=[\s/>])[^>]*>([\s\S]*?)(<\/\1|$)/gi)) {
      if (body.includes('\u0000')) report(node, `a binding inside <${tag.toLowerCase()}> in a template`);
    }
    // A binding inside the opening tag of <style>/<script> counts too (e.g. <script src=${…}>).
    // eslint-disable-next-line no-control-regex -- \u0000 is the placeholder this script puts where a binding was
    for (const [, tag] of markup.matchAll(/<(style|script)(?=[\s/>])[^>]*\u0000[^>]*>/gi)) {
      report(node, `a binding on a <${tag.toLowerCase()}> tag in a template`);
    }
  };

  visit(source);
  return findings;
}

/** Every source file under `dir`, with its findings. */
export function checkFolder(dir) {
  const results = [];
  for (const file of readdirSync(dir, {recursive: true})) {
    if (!/\.(ts|js|mjs)$/.test(file) || file.endsWith('.d.ts')) continue;
    const path = join(dir, file);
    for (const finding of findSinks(path, readFileSync(path, 'utf8'))) results.push({file: path, ...finding});
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'src';
  const findings = checkFolder(dir);
  for (const {file, line, message} of findings) console.error(`${relative('.', file)}:${line}: ${message}`);
  console.log(findings.length ? `${findings.length} unsafe DOM sink(s) in ${dir}/` : `no unsafe DOM sinks in ${dir}/`);
  process.exit(findings.length ? 1 : 0);
}
