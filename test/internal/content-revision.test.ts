// Which text a page shows: the revision of the source article (12 hex digits of its file's SHA-256, worked out
// here from the file as served) and its retrieval date, where a clinic's developer or a crawler can read them.
import {fixture, html, expect, waitUntil} from '@open-wc/testing';
import '../../src/components/faq/register.js';
import type {SensiqFaq} from '../../src/components/faq/sensiq-faq.js';
import {loadSource, sourceRevision} from '../helpers/browser.js';
import {frontMatter} from '../helpers/source.js';

const SLUG = 'menopause-hip-leg-pain';

describe('content revision', () => {
  let revision: string;
  let retrieved: string;
  before(async () => {
    revision = await sourceRevision();
    retrieved = frontMatter(await loadSource()).scraped_time.slice(0, 10);
  });

  it('is published in window.SensIQ, read-only, with the retrieval date', async () => {
    await fixture<SensiqFaq>(html`<sensiq-faq></sensiq-faq>`);
    expect(revision).to.match(/^[0-9a-f]{12}$/);
    expect(retrieved).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(window.SensIQ?.content).to.deep.equal({[SLUG]: {revision, retrieved}});
    expect(Object.isFrozen(window.SensIQ)).to.equal(true);
  });

  it("is the FAQPage structured data's version", async () => {
    await fixture<SensiqFaq>(html`<sensiq-faq></sensiq-faq>`);
    const block = () => document.head.querySelector('script[type="application/ld+json"]');
    await waitUntil(block, 'the FAQPage is published');
    const data = JSON.parse(block()!.textContent!);
    expect([data['@type'], data.version]).to.deep.equal(['FAQPage', revision]);
  });
});
