// analytics="datalayer": what Google Tag Manager reads from window.dataLayer when a visitor uses the elements.
// The page's dataLayer is a plain array, as the GTM snippet makes it before GTM itself loads; one test replaces
// its push the way GTM does once loaded.
import {fixture, fixtureSync, html, expect, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/components/faq/register.js';
import '../../src/components/takeaways/register.js';
import '../../src/components/red-flags/register.js';
import '../../src/components/article/register.js';
import '../../src/components/provider/register.js';
import type {SensiqFaq} from '../../src/components/faq/sensiq-faq.js';
import {SEARCH_SETTLED} from '../../src/components/faq/search.js';
import type {SensiqElement} from '../../src/internal/sensiq-element.js';
import {loadSource, readable, shadow, shadowAll, warningsDuring} from '../helpers/browser.js';
import {frontMatter} from '../helpers/source.js';

type Layer = Record<string, unknown>[];
const page = window as unknown as {dataLayer?: Layer};

const SLUG = 'menopause-hip-leg-pain';
const questions = (el: Element) => shadowAll<HTMLButtonElement>(el, '[part="question"]');
const answersArrived = (el: Element) =>
  waitUntil(() => shadowAll(el, '.answer').every((panel) => panel.querySelector('p')), 'the answers arrive');
/** The analytics chunk, when it has arrived, is a script the page fetched. */
const bridgeFetched = () =>
  performance.getEntriesByType('resource').some((entry) => /\/analytics\.js(\?|$)/.test(entry.name));
/** Clicks a link without leaving the test page: the page's own handler cancels the navigation, as a router would. */
function clickWithoutLeaving(link: HTMLElement): void {
  const cancel = (event: Event) => event.preventDefault();
  document.addEventListener('click', cancel);
  link.click();
  document.removeEventListener('click', cancel);
}

describe('analytics="datalayer"', () => {
  let url: string;
  before(async () => {
    url = frontMatter(await loadSource()).url;
  });
  beforeEach(() => {
    page.dataLayer = [];
  });
  afterEach(() => {
    delete page.dataLayer;
  });

  // First in the file: the page has loaded no analytics code yet.
  it('is off by default: nothing is pushed and the bridge is never fetched', async () => {
    const el = await fixture<SensiqFaq>(html`<sensiq-faq searchable></sensiq-faq>`);
    await answersArrived(el);
    questions(el)[0].click();
    clickWithoutLeaving(shadow(el, '[part="link"]')!);
    await el.updateComplete;
    expect(questions(el)[0].getAttribute('aria-expanded')).to.equal('true');
    expect(page.dataLayer).to.deep.equal([]);
    expect(bridgeFetched()).to.equal(false);
  });

  it('pushes each question opened or closed, with its id and text, as GTM reads it', async () => {
    const el = await fixture<SensiqFaq>(html`<sensiq-faq analytics="datalayer" single></sensiq-faq>`);
    await answersArrived(el);
    expect(bridgeFetched()).to.equal(true);
    const [first, second] = questions(el);
    const common = {sensiq_element: 'sensiq-faq', sensiq_article: SLUG};
    const toggle = (button: HTMLButtonElement, open: boolean) => ({
      event: 'sensiq_faq_toggle',
      sensiq_question_id: button.id.slice(2),
      sensiq_question: readable(button),
      sensiq_open: open,
      ...common,
    });
    first.click();
    second.click(); // single: opening the second closes the first
    second.click();
    await el.updateComplete;
    expect(page.dataLayer).to.deep.equal([
      toggle(first, true),
      toggle(first, false),
      toggle(second, true),
      toggle(second, false),
    ]);
    expect(page.dataLayer![0].sensiq_question_id).to.equal('does-menopause-cause-hip-and-leg-pain');
  });

  it('pushes a search as its match count, once the visitor pauses, never the words typed', async () => {
    const el = await fixture<SensiqFaq>(html`<sensiq-faq analytics="datalayer" searchable></sensiq-faq>`);
    await answersArrived(el);
    const box = shadow<HTMLInputElement>(el, 'input')!;
    const searches = () => page.dataLayer!.filter((push) => push.event === 'sensiq_faq_search');
    box.focus();
    await sendKeys({type: 'night'});
    await waitUntil(() => searches().length, 'the search is pushed', {timeout: SEARCH_SETTLED * 4});
    const shown = questions(el).filter((b) => b.checkVisibility()).length;
    expect(shown).to.be.within(2, 8);
    expect(readable(shadow(el, '[part="status"]'))).to.equal(`Showing ${shown} of 9 questions.`);
    expect(searches()).to.deep.equal([
      {
        event: 'sensiq_faq_search',
        sensiq_match_count: shown,
        sensiq_question_count: 9,
        sensiq_element: 'sensiq-faq',
        sensiq_article: SLUG,
      },
    ]);

    box.select();
    await sendKeys({type: 'zebra'});
    await waitUntil(() => searches().length === 2, 'the search with no match is pushed', {timeout: SEARCH_SETTLED * 4});
    expect(readable(shadow(el, '[part="status"]'))).to.equal('No questions match your search.');
    expect(searches()[1]).to.include({sensiq_match_count: 0, sensiq_question_count: 9});
    // One push per pause, not per key; and the visitor's words are nowhere in what GTM receives.
    expect(page.dataLayer).to.have.length(2);
    const pushed = JSON.stringify(page.dataLayer);
    for (const word of ['night', 'zebra']) expect(pushed.toLowerCase()).not.to.include(word);
  });

  it('pushes a copied question link, and whether the copy worked', async () => {
    Object.defineProperty(navigator, 'clipboard', {value: {writeText: async () => undefined}, configurable: true});
    const el = await fixture<SensiqFaq>(html`<sensiq-faq analytics="datalayer" open="all"></sensiq-faq>`);
    await el.updateComplete;
    const question = questions(el)[1];
    shadowAll<HTMLButtonElement>(el, '[part="copy-link"]')[1].click();
    await waitUntil(() => page.dataLayer!.length, 'the copy is pushed');
    delete (navigator as unknown as {clipboard?: unknown}).clipboard; // back to the browser's own
    await el.updateComplete;
    expect(readable(shadowAll(el, '.copy [role="status"]')[1])).to.equal('Link copied.');
    expect(page.dataLayer).to.deep.equal([
      {
        event: 'sensiq_faq_copy_link',
        sensiq_question_id: question.id.slice(2),
        sensiq_question: readable(question),
        sensiq_copied: true,
        sensiq_element: 'sensiq-faq',
        sensiq_article: SLUG,
      },
    ]);
  });

  it('pushes the source link and the call to action followed, with where they lead', async () => {
    const takeaways = await fixture<SensiqElement>(
      html`<sensiq-takeaways
        analytics="datalayer"
        cta-href="https://shop.example/hip"
        cta-label="Shop now"
      ></sensiq-takeaways>`
    );
    const faq = await fixture<SensiqFaq>(html`<sensiq-faq analytics="datalayer"></sensiq-faq>`);
    clickWithoutLeaving(shadow(takeaways, '[part="cta"]')!);
    clickWithoutLeaving(shadow(faq, '[part="link"]')!);
    expect(page.dataLayer).to.deep.equal([
      {
        event: 'sensiq_cta_click',
        sensiq_link_url: 'https://shop.example/hip',
        sensiq_link_text: 'Shop now',
        sensiq_element: 'sensiq-takeaways',
        sensiq_article: SLUG,
      },
      {event: 'sensiq_source_link_click', sensiq_link_url: url, sensiq_element: 'sensiq-faq', sensiq_article: SLUG},
    ]);
  });

  it("pushes a clinic's own button followed (clinic mode) as a call to action, with where it leads", async () => {
    const takeaways = await fixture<SensiqElement>(
      html`<sensiq-takeaways
        analytics="datalayer"
        no-promo
        cta-href="https://clinic.example/book"
        cta-label="Book an appointment"
      ></sensiq-takeaways>`
    );
    clickWithoutLeaving(shadow(takeaways, 'a[href="https://clinic.example/book"]')!);
    expect(page.dataLayer).to.deep.equal([
      {
        event: 'sensiq_cta_click',
        sensiq_link_url: 'https://clinic.example/book',
        sensiq_link_text: 'Book an appointment',
        sensiq_element: 'sensiq-takeaways',
        sensiq_article: SLUG,
      },
    ]);
  });

  it('pushes the emergency number tapped; in <sensiq-article>, a link once, from the element showing it', async () => {
    const flags = await fixture<SensiqElement>(
      html`<sensiq-red-flags analytics="datalayer" emergency-number="112"></sensiq-red-flags>`
    );
    clickWithoutLeaving(flags.shadowRoot!.querySelector('a[href^="tel:"]')!);
    expect(page.dataLayer).to.deep.equal([
      {event: 'sensiq_emergency_number_click', sensiq_element: 'sensiq-red-flags', sensiq_article: SLUG},
    ]);

    page.dataLayer = [];
    const article = await fixture<SensiqElement>(html`<sensiq-article analytics="datalayer"></sensiq-article>`);
    const nested = shadow<SensiqElement>(article, 'sensiq-red-flags')!;
    await nested.updateComplete;
    clickWithoutLeaving(shadowAll(article, '[part="link"]').at(-1)!);
    expect(page.dataLayer).to.deep.equal([
      {event: 'sensiq_source_link_click', sensiq_link_url: url, sensiq_element: 'sensiq-article', sensiq_article: SLUG},
    ]);
  });

  it('reaches every element inside <sensiq-provider analytics="datalayer">, each interaction pushed once', async () => {
    const provider = await fixture(html`
      <sensiq-provider analytics="datalayer">
        <sensiq-faq></sensiq-faq>
        <div><sensiq-takeaways cta-href="https://shop.example/hip"></sensiq-takeaways></div>
      </sensiq-provider>
    `);
    const faq = provider.querySelector<SensiqFaq>('sensiq-faq')!;
    const takeaways = provider.querySelector<SensiqElement>('sensiq-takeaways')!;
    await faq.updateComplete;
    await takeaways.updateComplete;
    questions(faq)[2].click();
    clickWithoutLeaving(shadow(takeaways, '[part="cta"]')!);
    expect(page.dataLayer!.map((push) => [push.event, push.sensiq_element])).to.deep.equal([
      ['sensiq_faq_toggle', 'sensiq-faq'],
      ['sensiq_cta_click', 'sensiq-takeaways'],
    ]);

    // Taken off the provider, it stops for every element inside.
    provider.removeAttribute('analytics');
    await (provider as SensiqElement).updateComplete;
    await faq.updateComplete;
    questions(faq)[2].click();
    expect(page.dataLayer).to.have.length(2);
  });

  it('does nothing without a dataLayer, creates none, and pushes to one the page creates later', async () => {
    delete page.dataLayer;
    const el = await fixture<SensiqFaq>(html`<sensiq-faq analytics="datalayer"></sensiq-faq>`);
    await el.updateComplete;
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    addEventListener('error', onError);
    questions(el)[0].click();
    await el.updateComplete;
    expect(questions(el)[0].getAttribute('aria-expanded')).to.equal('true');
    expect('dataLayer' in window).to.equal(false);

    page.dataLayer = []; // GTM's snippet arrives later (a consent banner loads it, say)
    questions(el)[0].click();
    removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(page.dataLayer).to.deep.equal([
      {
        event: 'sensiq_faq_toggle',
        sensiq_question_id: questions(el)[0].id.slice(2),
        sensiq_question: readable(questions(el)[0]),
        sensiq_open: false,
        sensiq_element: 'sensiq-faq',
        sensiq_article: SLUG,
      },
    ]);
  });

  it('hands each push to GTM once it has replaced dataLayer.push, and survives a push that throws', async () => {
    const received: string[] = [];
    const layer: Layer = [];
    // What GTM does on load: its own push, which records the event and keeps the array as it was.
    layer.push = (...pushes: Record<string, unknown>[]) => {
      for (const push of pushes) received.push(String(push.event));
      return Array.prototype.push.apply(layer, pushes);
    };
    page.dataLayer = layer;
    const el = await fixture<SensiqFaq>(html`<sensiq-faq analytics="datalayer"></sensiq-faq>`);
    questions(el)[0].click();
    expect(received).to.deep.equal(['sensiq_faq_toggle']);
    expect(layer).to.have.length(1);

    layer.push = () => {
      throw new Error('a broken tag manager');
    };
    questions(el)[0].click();
    await el.updateComplete;
    expect(questions(el)[0].getAttribute('aria-expanded')).to.equal('false');
  });

  it('warns once for an invalid value, naming the valid one, and pushes nothing', async () => {
    let el!: SensiqFaq;
    const warnings = await warningsDuring(async () => {
      el = await fixture<SensiqFaq>(html`<sensiq-faq analytics="gtm"></sensiq-faq>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal([
      '[SensIQ] <sensiq-faq> analytics="gtm" is not valid: use "datalayer". Using no analytics.',
    ]);
    questions(el)[0].click();
    expect(page.dataLayer).to.deep.equal([]);
    // Odd spelling of the one valid value is read as it.
    el.setAttribute('analytics', ' DataLayer ');
    await el.updateComplete;
    questions(el)[0].click();
    expect(page.dataLayer!.map((push) => push.event)).to.deep.equal(['sensiq_faq_toggle']);
  });

  it('stops when the attribute is removed', async () => {
    const el = fixtureSync<SensiqFaq>(html`<sensiq-faq analytics="datalayer"></sensiq-faq>`);
    await el.updateComplete;
    el.removeAttribute('analytics');
    await el.updateComplete;
    questions(el)[0].click();
    expect(page.dataLayer).to.deep.equal([]);
  });
});
