// The content revision (issue 18): the first 12 hex digits of the SHA-256 of each article's source file, and its
// retrieval date, as the build publishes them, checked against the source file itself. The browser side
// (window.SensIQ, the FAQPage's version) is in test/internal/content-revision.test.ts.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {revisions} from '../../build/src/content/generated/meta.js';

const SOURCE = 'src/content/articles/menopause-hip-leg-pain.md';
const revisionOf = (file) => createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 12);
const expected = {
  'menopause-hip-leg-pain': {
    revision: revisionOf(SOURCE),
    retrieved: /^scraped_time: "(\d{4}-\d{2}-\d{2})T/m.exec(readFileSync(SOURCE, 'utf8'))[1],
  },
};

test('the compiled content names the revision and retrieval date of the source file', () => {
  assert.deepEqual(revisions, expected);
});

test('every element in custom-elements.json records them', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  assert.ok(elements.length >= 5);
  for (const element of elements) assert.deepEqual(element.sensiqContent, expected, element.tagName);
});

test('the README states the current revision', () => {
  const {revision, retrieved} = expected['menopause-hip-leg-pain'];
  assert.ok(
    readFileSync('README.md', 'utf8').includes(
      `\`menopause-hip-leg-pain\` revision \`${revision}\`, retrieved \`${retrieved}\``
    ),
    `README.md names revision ${revision}`
  );
});

test('an edit to the source changes the revision the compiler writes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sensiq-revision-'));
  try {
    cpSync('src/content/articles', join(dir, 'articles'), {recursive: true});
    const copy = join(dir, 'articles', 'menopause-hip-leg-pain.md');
    writeFileSync(copy, readFileSync(copy, 'utf8').replace('Hip pain', 'Hip  pain'));
    assert.notEqual(revisionOf(copy), expected['menopause-hip-leg-pain'].revision);
    execFileSync(process.execPath, [
      'scripts/compile-content.mjs',
      '--articles',
      join(dir, 'articles'),
      '--out',
      join(dir, 'out'),
    ]);
    const written = readFileSync(join(dir, 'out', 'meta.ts'), 'utf8');
    assert.ok(written.includes(`"revision":"${revisionOf(copy)}"`), 'the new revision');
    assert.ok(!written.includes(expected['menopause-hip-leg-pain'].revision), 'not the old one');
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
});
