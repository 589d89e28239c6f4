// Scenario 8: the static gate in npm test (scripts/check-sinks.mjs) passes on src/ and catches each unsafe
// pattern when one is planted, while comments that merely name them pass.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {findSinks} from '../../scripts/check-sinks.mjs';

const gate = (dir) => spawnSync('node', ['scripts/check-sinks.mjs', dir], {encoding: 'utf8'});

const planted = {
  'unsafeHTML directive': `import {unsafeHTML} from 'lit/directives/unsafe-html.js';\nhtml\`<p>\${unsafeHTML(text)}</p>\`;`,
  unsafeStatic: `import {unsafeStatic, html} from 'lit/static-html.js';\nhtml\`<\${unsafeStatic(tag)}></\${unsafeStatic(tag)}>\`;`,
  'innerHTML assignment': `element.innerHTML = text;`,
  'innerHTML append': `element.innerHTML += text;`,
  'outerHTML assignment': `element.outerHTML = text;`,
  insertAdjacentHTML: `element.insertAdjacentHTML('beforeend', text);`,
  'document.write': `document.write(text);`,
  'srcdoc property': `frame.srcdoc = text;`,
  'srcdoc in a template': `html\`<iframe srcdoc=\${text}></iframe>\`;`,
  'binding inside <style>': `html\`<style>:host { color: \${color}; }</style>\`;`,
  'binding inside <script>': `html\`<script type="application/ld+json">\${json}</script>\`;`,
  'binding on a <script> tag': `html\`<script src=\${url}></script>\`;`,
};

for (const [name, code] of Object.entries(planted)) {
  test(`the gate catches a planted ${name}`, () => {
    assert.ok(findSinks('sample.ts', code).length > 0, code);
  });
}

test('the gate passes safe code, and comments or strings that only name an API', () => {
  const safe = [
    '// static tag names would need `unsafeStatic`, which the house forbids; never set innerHTML = text',
    '/* srcdoc is banned */ const answer = 42;',
    'html`<p class=${name}>${text}</p><style-guide>${x}</style-guide>`;',
    'element.textContent = text; element.innerHTML === "";',
    'writer.write(text);',
    'css`:host { color: red; }`;',
    // Lit's static templates with constant tags only: `literal` never takes page input.
    "import {html as staticHtml, literal} from 'lit/static-html.js';\nconst tag = literal`h2`;\nstaticHtml`<${tag}>${text}</${tag}>`;",
  ].join('\n');
  assert.deepEqual(findSinks('safe.ts', safe), []);
});

test('npm test runs the gate over src/: it passes there and fails, naming file and line, on a planted file', () => {
  const clean = gate('src');
  assert.equal(clean.status, 0, clean.stderr);
  const dir = mkdtempSync(join(tmpdir(), 'sensiq-gate-'));
  try {
    writeFileSync(join(dir, 'ok.ts'), 'export const ok = 1;\n');
    writeFileSync(
      join(dir, 'bad.ts'),
      'export const ok = 1;\nexport function render(el: Element, text: string) {\n  el.innerHTML = text;\n}\n'
    );
    const dirty = gate(dir);
    assert.equal(dirty.status, 1);
    assert.match(dirty.stderr, /bad\.ts:3: assigns to innerHTML/);
    assert.doesNotMatch(dirty.stderr, /ok\.ts/);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});
