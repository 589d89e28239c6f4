// The WordPress docs list the FAQ's question ids that authors type in shortcodes; they must be the real ones.
// Shopify merchants tick questions instead: its docs ask nobody to type an id.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {faqs} from '../../../build/src/content/generated/faq.js';

test('docs/shopify.md asks for no question id: the FAQ block offers a checkbox per question', () => {
  const docs = readFileSync('docs/shopify.md', 'utf8');
  assert.doesNotMatch(docs, /comma-separated|question ids/i);
  assert.match(docs, /one checkbox per question/);
});

for (const page of ['docs/wordpress.md']) {
  test(`${page} lists every FAQ question id, in article order`, () => {
    const list = /<!-- question-ids -->\n((?:- `[^`]+`\n)+)/.exec(readFileSync(page, 'utf8'))?.[1];
    assert.ok(list, `${page} has a list marked <!-- question-ids -->`);
    const listed = [...list.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    assert.deepEqual(
      listed,
      faqs['menopause-hip-leg-pain'].map((faq) => faq.id)
    );
  });
}
