import {fixture, fixtureSync, html, expect, waitUntil} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import '../../../src/components/faq/register.js';
import type {SensiqFaq} from '../../../src/components/faq/sensiq-faq.js';
import {loadSource, readable, shadow, shadowAll, warningsDuring} from '../../helpers/browser.js';
import {frontMatter, sourceFaq, expectedId, type SourceFaq} from '../../helpers/source.js';

const questions = (el: Element) => shadowAll<HTMLButtonElement>(el, '[part="question"]');
const button = (el: Element, question: string) => questions(el).find((b) => readable(b) === question)!;
/** The answer panel a question's button controls. */
const panel = (el: Element, question: string) =>
  el.shadowRoot!.getElementById(button(el, question).getAttribute('aria-controls')!)!;
/** Questions a reader can see (not filtered out). */
const shownQuestions = (el: Element) =>
  questions(el)
    .filter((b) => b.checkVisibility())
    .map(readable);
/** Questions whose answer a reader can see. */
const openQuestions = (el: Element) =>
  questions(el)
    .filter((b) => panel(el, readable(b)).querySelector('p')!.checkVisibility())
    .map(readable);
const expandedStates = (el: Element) => questions(el).map((b) => b.getAttribute('aria-expanded'));
/** Resolves once the answers, which arrive after the first paint, are in every panel of `el`. */
const answersArrived = (el: Element) =>
  waitUntil(() => questions(el).every((b) => panel(el, readable(b)).querySelector('p')), 'the answers arrive');
/** A FAQ fixture, ready once its answers have arrived. */
async function faqFixture(template: TemplateResult): Promise<SensiqFaq> {
  const el = await fixture<SensiqFaq>(template);
  await answersArrived(el);
  return el;
}
/**
 * A fixture holding several elements, ready once every FAQ in it has rendered. `fixture` waits for an animation
 * frame when its root is not a Lit element, and frames stall while the runner keeps this page in a background tab.
 */
async function page(template: TemplateResult): Promise<HTMLElement> {
  const root = fixtureSync<HTMLElement>(template);
  await Promise.all(
    [...root.querySelectorAll('sensiq-faq')].map((el) => el.updateComplete.then(() => answersArrived(el)))
  );
  return root;
}
const status = (el: Element) => shadow(el, '[part="status"]');
/** The words the search marked, in reading order. */
const markedWords = (node: Element | ShadowRoot) => [...node.querySelectorAll('mark')].map(readable);

describe('<sensiq-faq>', () => {
  let faq: SourceFaq[];
  let all: string[];
  before(async () => {
    faq = sourceFaq(await loadSource());
    all = faq.map((f) => f.question);
  });

  it('shows the nine questions in article order as collapsed buttons in level-2 headings, answers verbatim', async () => {
    const el = await faqFixture(html`<sensiq-faq></sensiq-faq>`);
    expect(all).to.have.length(9);
    expect(questions(el).map(readable)).to.deep.equal(all);
    for (const {question, answers} of faq) {
      const b = button(el, question);
      expect(b.parentElement!.localName, question).to.equal('h2');
      expect(b.getAttribute('aria-expanded')).to.equal('false');
      const answer = panel(el, question);
      // Not a region: nine landmarks per FAQ would crowd the page's landmark list (APG accordion advice).
      expect(answer.hasAttribute('role')).to.equal(false);
      expect([...answer.querySelectorAll('p:not(.copy)')].map(readable)).to.deep.equal(answers);
    }
    expect(openQuestions(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('paints the questions first and brings the answers a task later, without moving anything', async () => {
    const el = await fixture<SensiqFaq>(html`<sensiq-faq></sensiq-faq>`);
    const before = el.getBoundingClientRect().height;
    expect(questions(el).map(readable)).to.deep.equal(all);
    await answersArrived(el);
    expect(el.getBoundingClientRect().height).to.equal(before);
    expect([...panel(el, all[0]).querySelectorAll('p:not(.copy)')].map(readable)).to.deep.equal(faq[0].answers);
  });

  it('ends with the not-medical-advice line and a link to the source article', async () => {
    const el = await faqFixture(html`<sensiq-faq></sensiq-faq>`);
    const closing = shadow(el, '[part="note"]')!;
    expect(readable(closing)).to.equal(
      'This content is general information and not a substitute for professional medical advice. Read the full article'
    );
    const link = closing.querySelector('a')!;
    expect(link.href).to.equal(frontMatter(await loadSource()).url);
    expect(closing.compareDocumentPosition(questions(el)[8]) & Node.DOCUMENT_POSITION_PRECEDING).to.be.ok;
  });

  it('opens and closes an answer on click, and stays accessible expanded', async () => {
    const el = await faqFixture(html`<sensiq-faq></sensiq-faq>`);
    button(el, all[1]).click();
    await el.updateComplete;
    expect(button(el, all[1]).getAttribute('aria-expanded')).to.equal('true');
    expect(openQuestions(el)).to.deep.equal([all[1]]);
    await expect(el).to.be.accessible();
    button(el, all[1]).click();
    await el.updateComplete;
    expect(openQuestions(el)).to.deep.equal([]);
  });

  it('toggles with Enter and Space, moves with Tab in order, and shows where focus is', async () => {
    const root = await page(html`<div><input aria-label="before" /><sensiq-faq></sensiq-faq></div>`);
    const el = root.querySelector('sensiq-faq')!;
    root.querySelector('input')!.focus();
    await sendKeys({press: 'Tab'});
    expect(el.shadowRoot!.activeElement).to.equal(button(el, all[0]));
    const first = button(el, all[0]);
    const ring = getComputedStyle(first);
    // Says why, should a background tab ever keep the ring from showing.
    const state = `:focus-visible ${first.matches(':focus-visible')}, page focused ${document.hasFocus()}`;
    expect(ring.outlineStyle, state).to.equal('solid');
    expect(parseFloat(ring.outlineWidth)).to.be.greaterThan(1);
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(openQuestions(el)).to.deep.equal([all[0]]);
    await sendKeys({press: ' '});
    await el.updateComplete;
    expect(openQuestions(el)).to.deep.equal([]);
    await sendKeys({press: 'Tab'});
    expect(el.shadowRoot!.activeElement).to.equal(button(el, all[1]));
    await sendKeys({press: ' '});
    await el.updateComplete;
    expect(openQuestions(el)).to.deep.equal([all[1]]);
    // An open answer ends with its "Copy link" button; a closed one holds nothing focusable.
    await sendKeys({press: 'Tab'});
    expect(readable(el.shadowRoot!.activeElement)).to.equal('Copy link to this question');
    expect(panel(el, all[1]).contains(el.shadowRoot!.activeElement)).to.equal(true);
    await sendKeys({press: 'Tab'});
    expect(el.shadowRoot!.activeElement).to.equal(button(el, all[2]));
  });

  it('puts the questions at the heading level the page asks for', async () => {
    const el = await faqFixture(html`<sensiq-faq heading-level="4"></sensiq-faq>`);
    expect(shadowAll(el, 'h4').map(readable)).to.deep.equal(all);
    expect(shadowAll(el, 'h2')).to.have.length(0);
  });

  describe('deep links', () => {
    const target = () => all[7];
    afterEach(() => {
      history.replaceState(null, '', location.pathname + location.search);
      scrollTo(0, 0);
    });

    it('opens and scrolls to the question named in the address when the page loads', async () => {
      history.replaceState(null, '', `#faq-${expectedId(target())}`);
      const root = await page(
        html`<div>
          <div style="height: 300vh"></div>
          <sensiq-faq></sensiq-faq>
        </div>`
      );
      const el = root.querySelector('sensiq-faq')!;
      await waitUntil(() => openQuestions(el).length, 'the linked question opens');
      expect(openQuestions(el)).to.deep.equal([target()]);
      await waitUntil(() => scrollY > 0, 'the page scrolls to it');
      const {top, bottom} = button(el, target()).getBoundingClientRect();
      expect(top).to.be.at.least(0);
      expect(bottom).to.be.at.most(innerHeight);
    });

    it('opens the question when the address changes to its link, and ignores anything but an exact id', async () => {
      const el = await faqFixture(html`<sensiq-faq></sensiq-faq>`);
      const id = expectedId(target());
      for (const hash of [`#faq-${id}-x`, `#faq-${id.toUpperCase()}`, `#${id}`, '#faq-%3Cimg%20src%3Dx%3E', '#faq-']) {
        location.hash = hash;
        await new Promise((resolve) => addEventListener('hashchange', resolve, {once: true}));
        await el.updateComplete;
        expect(openQuestions(el), hash).to.deep.equal([]);
      }
      location.hash = `#faq-${id}`;
      await waitUntil(() => openQuestions(el).length, 'the linked question opens');
      expect(openQuestions(el)).to.deep.equal([target()]);
    });

    it('with two FAQs on the page, opens the question once, in the first that shows it, on arrival and on a new link', async () => {
      const other = all[2];
      history.replaceState(null, '', `#faq-${expectedId(target())}`);
      const root = await page(
        html`<div>
          <sensiq-faq limit="3"></sensiq-faq>
          <div style="height: 200vh"></div>
          <sensiq-faq></sensiq-faq>
          <div style="height: 200vh"></div>
          <sensiq-faq></sensiq-faq>
        </div>`
      );
      const [short, first, last] = root.querySelectorAll<SensiqFaq>('sensiq-faq');
      await waitUntil(() => openQuestions(first).length, 'the linked question opens in the first FAQ that shows it');
      await last.updateComplete;
      expect([openQuestions(short), openQuestions(first), openQuestions(last)]).to.deep.equal([[], [target()], []]);
      await waitUntil(() => button(first, target()).getBoundingClientRect().top >= 0, 'the page scrolls to it');
      expect(button(first, target()).getBoundingClientRect().bottom).to.be.at.most(innerHeight);

      // A question the short FAQ shows too opens there only, and the page goes to it.
      location.hash = `#faq-${expectedId(other)}`;
      await waitUntil(() => openQuestions(short).length, 'the new link opens in the first FAQ');
      await Promise.all([first, last].map((el) => el.updateComplete));
      expect([openQuestions(short), openQuestions(first), openQuestions(last)]).to.deep.equal([
        [other],
        [target()],
        [],
      ]);
      await waitUntil(() => scrollY < innerHeight, 'the page scrolls back up to it');
    });
  });

  it('shows only the questions asked for, in the order asked', async () => {
    const ids = [faq[8], faq[1], faq[4]].map((f) => expectedId(f.question));
    const el = await faqFixture(html`<sensiq-faq questions=${` ${ids.join(' , ')} `}></sensiq-faq>`);
    expect(questions(el).map(readable)).to.deep.equal([all[8], all[1], all[4]]);
    expect([...panel(el, all[8]).querySelectorAll('p:not(.copy)')].map(readable)).to.deep.equal(faq[8].answers);
  });

  it('shows the first N questions with limit', async () => {
    const el = await faqFixture(html`<sensiq-faq limit="3"></sensiq-faq>`);
    expect(questions(el).map(readable)).to.deep.equal(all.slice(0, 3));
  });

  it('opens one question, or all, at first with open', async () => {
    const one = await faqFixture(html`<sensiq-faq open=${expectedId(all[5])}></sensiq-faq>`);
    expect(openQuestions(one)).to.deep.equal([all[5]]);
    expect(expandedStates(one).filter((s) => s === 'true')).to.have.length(1);
    const every = await faqFixture(html`<sensiq-faq open="all"></sensiq-faq>`);
    expect(openQuestions(every)).to.deep.equal(all);
    expect(expandedStates(every)).to.deep.equal(all.map(() => 'true'));
    await expect(every).to.be.accessible();
  });

  it('closes the open question when another opens with single, and keeps several open without it', async () => {
    const el = await faqFixture(html`<sensiq-faq single></sensiq-faq>`);
    button(el, all[0]).click();
    await el.updateComplete;
    button(el, all[3]).click();
    await el.updateComplete;
    expect(openQuestions(el)).to.deep.equal([all[3]]);
    expect(button(el, all[0]).getAttribute('aria-expanded')).to.equal('false');
    el.single = false;
    await el.updateComplete;
    button(el, all[0]).click();
    await el.updateComplete;
    expect(openQuestions(el)).to.deep.equal([all[0], all[3]]);
  });

  it('tells the page which question opened or closed, across shadow roots', async () => {
    const el = await faqFixture(html`<sensiq-faq single></sensiq-faq>`);
    const seen: {detail: unknown; bubbles: boolean; composed: boolean}[] = [];
    const record = (event: CustomEvent) =>
      seen.push({detail: event.detail, bubbles: event.bubbles, composed: event.composed});
    document.addEventListener('sensiq-faq-toggle', record);
    try {
      button(el, all[2]).click();
      button(el, all[4]).click();
      button(el, all[4]).click();
    } finally {
      document.removeEventListener('sensiq-faq-toggle', record);
    }
    const q = (i: number, open: boolean) => ({
      detail: {id: expectedId(all[i]), question: all[i], open},
      bubbles: true,
      composed: true,
    });
    expect(seen).to.deep.equal([q(2, true), q(2, false), q(4, true), q(4, false)]);
  });

  it('keeps collapsed answers findable by find-in-page, and opens the question a match lands in', async () => {
    const el = await faqFixture(html`<sensiq-faq></sensiq-faq>`);
    const answer = panel(el, all[2]);
    // Every engine gets until-found: one that lacks it reads the value as plain hidden.
    expect(answer.getAttribute('hidden')).to.equal('until-found');
    expect(getComputedStyle(answer).display === 'none' || getComputedStyle(answer).contentVisibility === 'hidden').to.be
      .true;
    const phrase = faq[2].answers[0].split('. ')[1].slice(0, 30);
    // Firefox's window.find behaves like the find bar; Chromium's does not reveal, so send what its find bar sends.
    const {find} = window as unknown as {find(text: string): boolean};
    if (find.call(window, phrase) && answer.hasAttribute('hidden')) answer.dispatchEvent(new Event('beforematch'));
    await waitUntil(() => openQuestions(el).length, 'the matched question opens');
    expect(openQuestions(el)).to.deep.equal([all[2]]);
    expect(button(el, all[2]).getAttribute('aria-expanded')).to.equal('true');
    getSelection()?.removeAllRanges();
  });

  describe('search', () => {
    const type = async (el: SensiqFaq, text: string) => {
      const box = shadow<HTMLInputElement>(el, 'input')!;
      box.focus();
      box.select();
      await sendKeys({type: text});
      await el.updateComplete;
    };

    it('filters questions by question and answer text as the visitor types, and announces the count', async () => {
      const el = await faqFixture(html`<sensiq-faq searchable></sensiq-faq>`);
      const box = shadow<HTMLInputElement>(el, 'input')!;
      expect(box.labels?.[0] && readable(box.labels[0])).to.equal('Search the questions');
      expect(shownQuestions(el)).to.deep.equal(all);
      expect(readable(status(el))).to.equal('');
      expect(status(el)!.getAttribute('aria-live')).to.equal('polite');

      await type(el, 'Night');
      const night = faq.filter((f) => `${f.question} ${f.answers.join(' ')}`.toLowerCase().includes('night'));
      expect(night.length).to.be.within(2, 8);
      expect(shownQuestions(el)).to.deep.equal(night.map((f) => f.question));
      // Matched only in its answer, not its question:
      expect(night.some((f) => !f.question.toLowerCase().includes('night'))).to.be.true;
      expect(readable(status(el))).to.equal(`Showing ${night.length} of 9 questions.`);
      await expect(el).to.be.accessible();

      await type(el, 'zebra');
      expect(shownQuestions(el)).to.deep.equal([]);
      expect(readable(status(el))).to.equal('No questions match your search.');
      await expect(el).to.be.accessible();

      box.select();
      await sendKeys({press: 'Backspace'});
      await el.updateComplete;
      expect(shownQuestions(el)).to.deep.equal(all);
      expect(readable(status(el))).to.equal('');
    });

    it('offers a way on when nothing matches: clear the search from the keyboard, or read the full article', async () => {
      const el = await faqFixture(html`<sensiq-faq searchable></sensiq-faq>`);
      await type(el, 'zebra');
      expect(readable(status(el))).to.equal('No questions match your search.');
      const clear = shadowAll<HTMLButtonElement>(el, 'button').find((b) => readable(b) === 'Clear the search')!;
      // One link to the full article, said once: the FAQ's own, the next stop after the button.
      const article = shadowAll<HTMLAnchorElement>(el, 'a').filter((a) => readable(a) === 'Read the full article');
      expect(clear.checkVisibility()).to.equal(true);
      expect(article.filter((a) => a.checkVisibility()).map((a) => a.href)).to.deep.equal([
        frontMatter(await loadSource()).url,
      ]);
      await expect(el).to.be.accessible();

      await sendKeys({press: 'Tab'});
      expect(el.shadowRoot!.activeElement).to.equal(clear);
      await sendKeys({press: 'Tab'});
      expect(el.shadowRoot!.activeElement).to.equal(article[0]);
      clear.focus();
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(shownQuestions(el)).to.deep.equal(all);
      expect(readable(status(el))).to.equal('');
      expect(el.shadowRoot!.activeElement).to.equal(shadow(el, 'input'));
      expect(shadow<HTMLInputElement>(el, 'input')!.value).to.equal('');
      expect(clear.isConnected).to.equal(false);
    });

    /** What a reader would expect a word query to find: every word starts a word of the question or answer. */
    const expectedFor = (...words: string[]) =>
      faq
        .filter(({question, answers}) =>
          words.every((word) => new RegExp(`\\b${word}`, 'i').test(`${question} ${answers.join(' ')}`))
        )
        .map((f) => f.question);

    it('matches words in any order, ignoring case, accents and simple plurals', async () => {
      const el = await faqFixture(html`<sensiq-faq searchable></sensiq-faq>`);
      const hipPain = expectedFor('hip', 'pain');
      expect(hipPain.length, 'more than the one question that holds the exact phrase').to.be.within(2, 8);
      for (const query of ['hip pain', 'pain hip', 'HIPS  Pain', 'hïp páins']) {
        await type(el, query);
        expect(shownQuestions(el), query).to.deep.equal(hipPain);
        expect(readable(status(el)), query).to.equal(`Showing ${hipPain.length} of 9 questions.`);
      }
      await type(el, 'pain zebra');
      expect(shownQuestions(el)).to.deep.equal([]);
    });

    it('finds British and American spellings alike, and marks the words as the article writes them', async () => {
      const el = await faqFixture(html`<sensiq-faq searchable></sensiq-faq>`);
      const estrogen = expectedFor('estrogen');
      expect(estrogen.length).to.be.within(1, 8);
      for (const query of ['oestrogen', 'OESTROGEN', 'oestr']) {
        await type(el, query);
        expect(shownQuestions(el), query).to.deep.equal(estrogen);
        expect(
          markedWords(el.shadowRoot!).every((word) => /^estrogen$/i.test(word)),
          query
        ).to.equal(true);
      }
      const recognized = expectedFor('recognized');
      expect(recognized).to.have.length(1);
      for (const query of ['recognised', 'recognise', 'recognis']) {
        await type(el, query);
        expect(shownQuestions(el), query).to.deep.equal(recognized);
        expect(markedWords(el.shadowRoot!), query).to.include('recognized');
      }
      // Spelling never widens a search to unrelated words.
      await type(el, 'oedema');
      expect(shownQuestions(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('marks the matched words, opens the answers that match, and closes them again when the search is cleared', async () => {
      const el = await faqFixture(html`<sensiq-faq searchable></sensiq-faq>`);
      const mine = all.find((q) => !expectedFor('estrogen').includes(q))!;
      button(el, mine).click(); // the visitor's own choice stays open throughout
      await type(el, 'estrogen');
      const found = expectedFor('estrogen');
      expect(found.length).to.be.within(1, 8);
      expect(shownQuestions(el)).to.deep.equal(found);
      for (const question of found) {
        const answer = panel(el, question);
        expect(answer.checkVisibility(), `${question}: its matching answer is shown`).to.equal(true);
        expect(button(el, question).getAttribute('aria-expanded')).to.equal('true');
        expect(markedWords(answer).length, question).to.be.greaterThan(0);
        for (const word of markedWords(answer)) expect(word.toLowerCase()).to.match(/^estrogen/);
      }
      expect(markedWords(el.shadowRoot!).every((word) => /^estrogen/i.test(word))).to.equal(true);
      await expect(el).to.be.accessible();

      await type(el, 'hip');
      const marks = markedWords(el.shadowRoot!);
      expect(marks.length).to.be.greaterThan(0);
      expect(
        marks.every((word) => /^hips?$/i.test(word)),
        marks.join()
      ).to.equal(true);

      const box = shadow<HTMLInputElement>(el, 'input')!;
      box.select();
      await sendKeys({press: 'Backspace'});
      await el.updateComplete;
      expect(markedWords(el.shadowRoot!)).to.deep.equal([]);
      expect(openQuestions(el)).to.deep.equal([mine]);
    });

    it('keeps a question the page opens with open while the visitor searches, when the search is cleared', async () => {
      const el = await faqFixture(html`<sensiq-faq searchable></sensiq-faq>`);
      await type(el, 'estrogen');
      const [target] = expectedFor('estrogen');
      expect(openQuestions(el)).to.include(target); // the search opened it
      el.open = expectedId(target); // now the page asks for it
      await el.updateComplete;
      const box = shadow<HTMLInputElement>(el, 'input')!;
      box.select();
      await sendKeys({press: 'Backspace'});
      await el.updateComplete;
      expect(openQuestions(el)).to.deep.equal([target]);
      expect(button(el, target).getAttribute('aria-expanded')).to.equal('true');
    });

    it('fits a 200 px sidebar without overflowing it', async () => {
      const root = await page(html`<div style="width: 200px"><sensiq-faq searchable></sensiq-faq></div>`);
      const el = root.querySelector('sensiq-faq')!;
      const box = shadow(el, 'input')!.getBoundingClientRect();
      expect(box.right).to.be.at.most(root.getBoundingClientRect().right + 0.5);
      expect(el.scrollWidth).to.be.at.most(200);
    });

    it('tells the page how many questions a search found once the visitor pauses, across shadow roots', async () => {
      const el = await faqFixture(html`<sensiq-faq searchable></sensiq-faq>`);
      const seen: {detail: unknown; bubbles: boolean; composed: boolean}[] = [];
      const record = (event: CustomEvent<{matches: number; total: number}>) =>
        seen.push({detail: event.detail, bubbles: event.bubbles, composed: event.composed});
      document.addEventListener('sensiq-faq-search', record);
      try {
        await type(el, 'Night');
        // Announced a second after the last keystroke (SEARCH_SETTLED), once.
        await waitUntil(() => seen.length, 'the search is announced', {timeout: 5000});
      } finally {
        document.removeEventListener('sensiq-faq-search', record);
      }
      const matches = shownQuestions(el).length;
      expect(matches).to.be.within(2, 8);
      // The counts only: never the words the visitor typed.
      expect(seen).to.deep.equal([{detail: {matches, total: 9}, bubbles: true, composed: true}]);
    });

    it('has no search box unless searchable', async () => {
      const el = await faqFixture(html`<sensiq-faq></sensiq-faq>`);
      expect(shadow(el, 'input')).to.equal(null);
    });
  });

  describe('links to a question', () => {
    let copied: string[];
    let clipboard: PropertyDescriptor | undefined;
    const stubClipboard = (writeText: (text: string) => Promise<void>) =>
      Object.defineProperty(navigator, 'clipboard', {value: {writeText}, configurable: true});
    beforeEach(() => {
      copied = [];
      clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    });
    afterEach(() => {
      delete (navigator as unknown as {clipboard?: unknown}).clipboard;
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    });

    it('copies a link that opens the question, and says so', async () => {
      stubClipboard(async (text) => void copied.push(text));
      const el = await faqFixture(html`<sensiq-faq open=${expectedId(all[3])}></sensiq-faq>`);
      const copy = panel(el, all[3]).querySelector<HTMLButtonElement>('[part="copy-link"]')!;
      expect(readable(copy)).to.equal('Copy link to this question');
      // Its description names the question, so the nine buttons are told apart.
      expect(copy.getAttribute('aria-describedby')).to.equal(button(el, all[3]).id);
      copy.click();
      await waitUntil(() => copied.length, 'the link is copied');
      const link = new URL(copied[0]);
      expect(link.hash).to.equal(`#faq-${expectedId(all[3])}`);
      expect(link.pathname).to.equal(location.pathname);
      await el.updateComplete;
      expect(readable(panel(el, all[3]).querySelector('[role="status"]'))).to.equal('Link copied.');
      await expect(el).to.be.accessible();
    });

    it('tells the page which question’s link was copied, and whether it worked, across shadow roots', async () => {
      stubClipboard(async (text) => void copied.push(text));
      const el = await faqFixture(html`<sensiq-faq open=${expectedId(all[3])}></sensiq-faq>`);
      const seen: {detail: unknown; bubbles: boolean; composed: boolean}[] = [];
      const record = (event: CustomEvent<{id: string; question: string; copied: boolean}>) =>
        seen.push({detail: event.detail, bubbles: event.bubbles, composed: event.composed});
      document.addEventListener('sensiq-faq-copy-link', record);
      try {
        panel(el, all[3]).querySelector<HTMLButtonElement>('[part="copy-link"]')!.click();
        await waitUntil(() => seen.length, 'the copy is announced');
      } finally {
        document.removeEventListener('sensiq-faq-copy-link', record);
      }
      expect(seen).to.deep.equal([
        {detail: {id: expectedId(all[3]), question: all[3], copied: true}, bubbles: true, composed: true},
      ]);
    });

    it('names the address to use when the clipboard is refused', async () => {
      stubClipboard(() => Promise.reject(new Error('denied')));
      const el = await faqFixture(html`<sensiq-faq open="all"></sensiq-faq>`);
      panel(el, all[0]).querySelector<HTMLButtonElement>('[part="copy-link"]')!.click();
      await waitUntil(() => readable(panel(el, all[0]).querySelector('[role="status"]')), 'the status speaks');
      expect(readable(panel(el, all[0]).querySelector('[role="status"]'))).to.equal(
        `Could not copy: add #faq-${expectedId(all[0])} to this page's address.`
      );
    });

    it('leaves two FAQs on one page without duplicate landmarks', async () => {
      const root = await page(
        html`<main><sensiq-faq open="all"></sensiq-faq><sensiq-faq open="all"></sensiq-faq></main>`
      );
      await expect(root).to.be.accessible();
    });
  });

  describe('call to action', () => {
    it('ends with a button-styled link at least 44 px tall, labelled as promotion, before the closing line', async () => {
      const el = await faqFixture(
        html`<sensiq-faq cta-href="https://example.com/shop" cta-label="Shop now"></sensiq-faq>`
      );
      const cta = shadow<HTMLAnchorElement>(el, '[part="cta"]')!;
      expect(readable(cta)).to.equal('Shop now');
      expect(cta.href).to.equal('https://example.com/shop');
      expect(cta.getBoundingClientRect().height).to.be.at.least(44);
      expect(readable(cta.closest('[part="promo"]')!.querySelector('.label'))).to.equal('From SensIQ');
      expect(cta.compareDocumentPosition(shadow(el, '[part="note"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
      await expect(el).to.be.accessible();
    });

    it("shows the clinic's own button in clinic mode, with no SensIQ label or frame", async () => {
      const el = await faqFixture(
        html`<sensiq-faq no-promo cta-href="https://clinic.example/book" cta-label="Book an appointment"></sensiq-faq>`
      );
      const own = shadowAll<HTMLAnchorElement>(el, 'a[href]').find((a) => readable(a) === 'Book an appointment')!;
      expect(own.href).to.equal('https://clinic.example/book');
      expect(own.checkVisibility()).to.equal(true);
      expect(shadow(el, '[part="promo"]')).to.equal(null);
      expect(readable(own.parentElement)).to.equal('Book an appointment');
      expect(readable(own.parentElement!.previousElementSibling)).not.to.include('From SensIQ');
      expect(own.compareDocumentPosition(shadow(el, '[part="note"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
      await expect(el).to.be.accessible();
    });

    it('warns once, naming cta-label and what to do, when there is no cta-href', async () => {
      const warnings = await warningsDuring(async () => {
        const el = await faqFixture(html`<sensiq-faq cta-label="Shop now"></sensiq-faq>`);
        el.requestUpdate();
        await el.updateComplete;
        expect(shadow(el, '[part="cta"]')).to.equal(null);
      });
      expect(warnings).to.deep.equal([
        '[SensIQ] <sensiq-faq> cta-label is ignored: there is no button without cta-href. Add it, or remove cta-label.',
      ]);
    });
  });

  describe('printing', () => {
    it('prints every answer, filtered or not, then restores what the reader had open and filtered', async () => {
      const el = await faqFixture(html`<sensiq-faq searchable></sensiq-faq>`);
      button(el, all[6]).click();
      el.shadowRoot!.querySelector('input')!.value = 'estrogen';
      el.shadowRoot!.querySelector('input')!.dispatchEvent(new Event('input'));
      await el.updateComplete;
      const before = {shown: shownQuestions(el), open: openQuestions(el), states: expandedStates(el)};
      expect(before.shown.length).to.be.within(1, 8);

      dispatchEvent(new Event('beforeprint'));
      // Printing starts as soon as the event returns: the answers must already be there.
      expect(shownQuestions(el)).to.deep.equal(all);
      expect(openQuestions(el)).to.deep.equal(all);

      dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect({shown: shownQuestions(el), open: openQuestions(el), states: expandedStates(el)}).to.deep.equal(before);
    });

    // Print-media emulation needs the DevTools protocol, which the Firefox driver here lacks.
    if (navigator.userAgent.includes('Chrome/')) {
      it('shows every answer under print media even without the print events', async () => {
        const el = await faqFixture(html`<sensiq-faq></sensiq-faq>`);
        expect(openQuestions(el)).to.deep.equal([]);
        await emulateMedia({media: 'print'});
        try {
          expect(openQuestions(el)).to.deep.equal(all);
        } finally {
          await emulateMedia({media: 'screen'});
        }
        expect(openQuestions(el)).to.deep.equal([]);
      });

      it('prints no buttons and no search box, and keeps the source address', async () => {
        const el = await faqFixture(html`<sensiq-faq searchable open="all"></sensiq-faq>`);
        const chrome = () =>
          shadowAll(el, '[part="copy-link"], [part="search"], [part="search-input"]').filter((node) =>
            node.checkVisibility()
          );
        expect(chrome().length, 'on screen: nine copy-link buttons and the search').to.equal(11);
        await emulateMedia({media: 'print'});
        try {
          expect(chrome()).to.deep.equal([]);
          const link = shadow<HTMLAnchorElement>(el, '[part="link"]')!;
          expect(link.checkVisibility()).to.equal(true);
          expect(getComputedStyle(link, '::after').content).to.include(link.href);
        } finally {
          await emulateMedia({media: 'screen'});
        }
        expect(chrome().length).to.equal(11);
      });
    }
  });

  describe('structured data', () => {
    const KEY = 'faq:menopause-hip-leg-pain';
    const blocks = () => [
      ...document.head.querySelectorAll(`script[type="application/ld+json"][data-sensiq-json-ld="${KEY}"]`),
    ];
    const entries = () =>
      blocks().map((script) => {
        const data = JSON.parse(script.textContent!);
        expect(data['@context']).to.equal('https://schema.org');
        expect(data['@type']).to.equal('FAQPage');
        return data.mainEntity.map(
          (q: {'@type': string; name: string; acceptedAnswer: {'@type': string; text: string}}) => {
            expect([q['@type'], q.acceptedAnswer['@type']]).to.deep.equal(['Question', 'Answer']);
            return [q.name, q.acceptedAnswer.text];
          }
        );
      });
    const expected = (...indexes: number[]) => indexes.map((i) => [all[i], faq[i].answers.join('\n\n')]);

    it('publishes one FAQPage for two widgets: the union of what they show, in article order', async () => {
      const root = await page(
        html`<div>
          <sensiq-faq questions=${[6, 1].map((i) => expectedId(all[i])).join()}></sensiq-faq>
          <sensiq-faq limit="2"></sensiq-faq>
        </div>`
      );
      const [first, second] = root.querySelectorAll('sensiq-faq');
      await waitUntil(() => blocks().length, 'a block appears');
      expect(entries()).to.deep.equal([expected(0, 1, 6)]);

      second.remove();
      await waitUntil(() => entries()[0]?.length === 2, 'the block follows the remaining widget');
      expect(entries()).to.deep.equal([expected(1, 6)]);

      first.remove();
      await waitUntil(() => !blocks().length, 'the block leaves with the last widget');

      root.append(first);
      await waitUntil(() => blocks().length, 'a widget put back publishes again');
      expect(entries()).to.deep.equal([expected(1, 6)]);
      first.remove();
      await waitUntil(() => !blocks().length);
    });

    it('leaves out widgets with no-structured-data', async () => {
      const root = await page(
        html`<div>
          <sensiq-faq no-structured-data></sensiq-faq>
          <sensiq-faq limit="1"></sensiq-faq>
        </div>`
      );
      await waitUntil(() => blocks().length, 'the other widget publishes');
      expect(entries()).to.deep.equal([expected(0)]);
      root.querySelector('[limit]')!.remove();
      await waitUntil(() => !blocks().length, 'nothing remains from the widget without structured data');
      const alone = root.querySelector('sensiq-faq')!;
      alone.limit = 2;
      await alone.updateComplete;
      expect(blocks()).to.have.length(0);
      alone.noStructuredData = false;
      await waitUntil(() => blocks().length, 'it publishes once allowed');
      expect(entries()).to.deep.equal([expected(0, 1)]);
    });
  });

  describe('invalid attributes', () => {
    for (const [attribute, value, valid] of [
      ['limit', 'abc', 'a whole number from 1'],
      ['limit', '0', 'a whole number from 1'],
      ['heading-level', '7', 'a whole number from 1 to 6'],
      ['open', 'nope', '"all" or a question id: does-menopause-cause-hip-and-leg-pain, '],
    ]) {
      it(`falls back and warns once for ${attribute}="${value}"`, async () => {
        let el!: SensiqFaq;
        const messages = await warningsDuring(async () => {
          el = await faqFixture(html`<sensiq-faq></sensiq-faq>`);
          el.setAttribute(attribute, value);
          await el.updateComplete;
          el.requestUpdate();
          await el.updateComplete;
        });
        expect(shadowAll(el, 'h2 > button').map(readable)).to.deep.equal(all);
        expect(openQuestions(el)).to.deep.equal([]);
        expect(messages).to.have.length(1);
        expect(messages[0]).to.include('<sensiq-faq>').and.include(`${attribute}="${value}"`).and.include(valid);
      });
    }

    it('skips unknown question ids with one warning listing the valid ids', async () => {
      let el!: SensiqFaq;
      const messages = await warningsDuring(async () => {
        el = await faqFixture(html`<sensiq-faq questions="nope,${expectedId(all[3])},also-nope"></sensiq-faq>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(questions(el).map(readable)).to.deep.equal([all[3]]);
      expect(messages).to.have.length(1);
      expect(messages[0]).to.include('<sensiq-faq>').and.include('questions="nope,');
      for (const question of all) expect(messages[0]).to.include(expectedId(question));
    });

    it('shows every question when none of the ids asked for exists', async () => {
      let el!: SensiqFaq;
      const messages = await warningsDuring(async () => {
        el = await faqFixture(html`<sensiq-faq questions="nope"></sensiq-faq>`);
      });
      expect(questions(el).map(readable)).to.deep.equal(all);
      expect(messages).to.have.length(1);
      expect(messages[0]).to.include('questions="nope"').and.include('all questions');
    });
  });
});
