// The platform docs list the FAQ's question ids that merchants and authors type; they must be the real ones.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {faqs} from '../../../build/src/content/generated/faq.js';

for (const page of ['docs/wordpress.md', 'docs/shopify.md']) {
  test(`${page} lists every FAQ question id, in article order`, () => {
    const list = /<!-- question-ids -->\n((?:- `[^`]+`\n)+)/.exec(readFileSync(page, 'utf8'))?.[1];
    assert.ok(list, `${page} has a list marked <!-- question-ids -->`);
    const listed = [...list.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    assert.deepEqual(listed, faqs['menopause-hip-leg-pain'].map((faq) => faq.id));
  });
}
