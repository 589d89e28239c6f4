// A rollup plugin that removes formatting whitespace from Lit's html`` and css`` templates in our own modules.
// Terser never touches template literal text, so without this every indent and CSS comment ships.
// The prerendered snippets render the same transformed modules, so their markup matches the client's
// templates exactly (hydration compares template strings).

const TAGS = new Set(['html', 'css']);

/**
 * CSS text: comments out (first: a comment may hold an apostrophe), whitespace collapsed, none around
 * `{ } ; ,` or after `:`; strings untouched.
 */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)
    .map((piece, i) =>
      i % 2
        ? piece
        : piece
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}')
    )
    .join('');
}

/**
 * HTML text: a whitespace run holding a line break is source formatting. Between a tag's end and the next
 * tag's start it goes (it only separates block children); anywhere else it becomes one space, which
 * renders the same (attribute separators, text next to bindings).
 */
export function minifyHtml(text) {
  return text.replace(/>\s*\n\s*</g, '><').replace(/\s*\n\s*/g, ' ');
}

/** Identifiers bound to `html`/`css` imported from Lit in this module. */
function litTags(ast) {
  const names = new Set();
  for (const node of ast.body) {
    if (node.type !== 'ImportDeclaration' || !/^lit(\/|$)/.test(node.source.value)) continue;
    for (const s of node.specifiers) {
      if (s.type === 'ImportSpecifier' && TAGS.has(s.imported.name)) names.add(s.local.name);
    }
  }
  return names;
}

function* taggedTemplates(node) {
  if (!node || typeof node.type !== 'string') return;
  if (node.type === 'TaggedTemplateExpression') yield node;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) yield* taggedTemplates(child);
    else if (value && typeof value === 'object') yield* taggedTemplates(value);
  }
}

// --- a source map for edits that only shorten text (one segment per line and per edit) ---------------

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function vlq(value) {
  let n = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = n & 31;
    n >>>= 5;
    if (n) digit |= 32;
    out += BASE64[digit];
  } while (n);
  return out;
}

function editMap(code, edits, id) {
  const lines = [[]];
  let outCol = 0;
  let line = 0;
  let col = 0;
  const mark = () => lines[lines.length - 1].push([outCol, line, col]);
  const advance = (text, emit) => {
    for (const char of text) {
      if (char === '\n') {
        line++;
        col = 0;
        if (emit) {
          lines.push([]);
          outCol = 0;
          mark();
        }
      } else {
        col++;
        if (emit) outCol++;
      }
    }
  };
  let pos = 0;
  mark();
  for (const {start, end, text} of edits) {
    advance(code.slice(pos, start), true);
    mark();
    outCol += text.length;
    advance(code.slice(start, end), false);
    mark();
    pos = end;
  }
  advance(code.slice(pos), true);
  let previous = [0, 0];
  const mappings = lines
    .map((segments) => {
      let lastCol = 0;
      return segments
        .map(([generated, sourceLine, sourceCol]) => {
          const segment = vlq(generated - lastCol) + 'A' + vlq(sourceLine - previous[0]) + vlq(sourceCol - previous[1]);
          lastCol = generated;
          previous = [sourceLine, sourceCol];
          return segment;
        })
        .join(',');
    })
    .join(';');
  return {version: 3, sources: [id], names: [], mappings};
}

/** The plugin; `include` picks the modules to transform (our compiled sources, never node_modules). */
export function minifyTemplates({include = (id) => !id.includes('node_modules')} = {}) {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!include(id) || !/\b(html|css)\s*`/.test(code)) return null;
      const ast = this.parse(code);
      const tags = litTags(ast);
      const edits = [];
      for (const node of taggedTemplates(ast)) {
        if (node.tag.type !== 'Identifier' || !tags.has(node.tag.name)) continue;
        const minify = node.tag.name === 'css' ? minifyCss : minifyHtml;
        const {quasis} = node.quasi;
        quasis.forEach((quasi, i) => {
          const raw = quasi.value.raw;
          let text = minify(raw);
          // A line break at the template's outer edges is source formatting, not content.
          if (i === 0 && /^\s*\n/.test(raw)) text = text.trimStart();
          if (i === quasis.length - 1 && /\n\s*$/.test(raw)) text = text.trimEnd();
          if (text !== raw) edits.push({start: quasi.start, end: quasi.end, text});
        });
      }
      if (!edits.length) return null;
      edits.sort((a, b) => a.start - b.start);
      let out = '';
      let pos = 0;
      for (const {start, end, text} of edits) {
        out += code.slice(pos, start) + text;
        pos = end;
      }
      out += code.slice(pos);
      return {code: out, map: editMap(code, edits, id)};
    },
  };
}
