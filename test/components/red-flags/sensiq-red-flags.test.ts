import {fixture, html, expect} from '@open-wc/testing';
import '../../../src/components/red-flags/register.js';
import type {SensiqRedFlags} from '../../../src/components/red-flags/sensiq-red-flags.js';
import {captureWarnings, loadSource, readable, shadow, shadowAll} from '../../helpers/browser.js';
import {deepActiveElement, flatText} from '../../helpers/flat-tree.js';
import {sourceSentences} from '../../helpers/source.js';

const words = (text: string): string[] => text.toLowerCase().match(/[a-z]+/g) ?? [];
// The only word a warning sign may add to its source sentence: it turns a clause into a list item.
const CONNECTIVES = new Set(['that']);

describe('<sensiq-red-flags>', () => {
  let sentences: string[];
  before(async () => {
    sentences = sourceSentences(await loadSource());
  });

  it('shows "When to See a Doctor" as a level-2 heading, the warning signs as a list and the disclaimer', async () => {
    const el = await fixture<SensiqRedFlags>(html`<sensiq-red-flags></sensiq-red-flags>`);
    const heading = shadow(el, 'h1, h2, h3, h4, h5, h6');
    expect(heading?.localName).to.equal('h2');
    expect(readable(heading)).to.equal('When to See a Doctor');
    expect(shadowAll(el, 'ul > li')).to.have.length(7);
    expect(readable(shadow(el, '[part="note"]'))).to.equal(
      'This content is general information and not a substitute for professional medical advice.'
    );
    expect(shadow(el, '[part="emergency"]'), 'no emergency number unless the page sets one').not.to.exist;
    await expect(el).to.be.accessible();
  });

  it('quotes the source sentences verbatim, each once, and every sign says only what one of them says', async () => {
    const el = await fixture<SensiqRedFlags>(html`<sensiq-red-flags></sensiq-red-flags>`);
    const quotes = shadowAll(el, 'blockquote p').map(readable);
    expect(quotes.length).to.be.at.least(1);
    expect(new Set(quotes).size).to.equal(quotes.length);
    for (const quote of quotes) expect(sentences, quote).to.include(quote);
    const signs = shadowAll(el, 'li').map(readable);
    expect(signs).to.include.members([
      'Pain that worsens or becomes constant',
      'Leg cramps that occur daily',
      'Hip stiffness that limits walking',
    ]);
    for (const sign of signs) {
      const added = (quote: string) => words(sign).filter((w) => !CONNECTIVES.has(w) && !words(quote).includes(w));
      const traced = quotes.find((quote) => added(quote).length === 0);
      expect(traced, `"${sign}" restates one quoted source sentence`).to.exist;
    }
    // The quotes sit behind a closed disclosure: traceable on request, not read twice.
    const disclosure = shadow<HTMLDetailsElement>(el, 'details')!;
    expect(readable(disclosure.querySelector('summary'))).to.equal('In the words of the article');
    expect(disclosure.open).to.equal(false);
    expect(shadow(el, 'blockquote')!.checkVisibility()).to.equal(false);
    disclosure.querySelector('summary')!.click();
    expect(disclosure.open).to.equal(true);
    expect(shadow(el, 'blockquote')!.checkVisibility()).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('puts the heading at the level the page asks for', async () => {
    const el = await fixture<SensiqRedFlags>(html`<sensiq-red-flags heading-level="3"></sensiq-red-flags>`);
    expect(shadowAll(el, 'h3').map(readable)).to.deep.equal(['When to See a Doctor']);
  });

  it('stands apart without relying on colour: a heavy border and a warning mark before the heading', async () => {
    const el = await fixture<SensiqRedFlags>(html`<sensiq-red-flags></sensiq-red-flags>`);
    const box = getComputedStyle(shadow(el, '[part="box"]')!);
    for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
      expect(box.getPropertyValue(`border-${side.toLowerCase()}-style`)).to.equal('solid');
      expect(parseFloat(box.getPropertyValue(`border-${side.toLowerCase()}-width`))).to.be.at.least(2);
    }
    expect(getComputedStyle(shadow(el, '[part="heading"]')!, '::before').content).to.include('!');
  });

  for (const number of ['112', '911', '+44 (0)20 7946-0000']) {
    it(`adds "In an emergency, call ${number}" as a phone link`, async () => {
      const el = await fixture<SensiqRedFlags>(html`<sensiq-red-flags emergency-number=${number}></sensiq-red-flags>`);
      const line = shadow(el, '[part="emergency"]');
      expect(readable(line)).to.equal(`In an emergency, call ${number}`);
      expect(line!.querySelector('a')!.getAttribute('href')).to.equal(`tel:${number.replace(/[^\d+]/g, '')}`);
      await expect(el).to.be.accessible();
    });
  }

  for (const number of ['call 911', '<b>112</b>', 'javascript:1', '123456789012345678901', '---']) {
    it(`leaves out emergency-number=${JSON.stringify(number)} with one warning`, async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<SensiqRedFlags>(
          html`<sensiq-red-flags emergency-number=${number}></sensiq-red-flags>`
        );
        el.requestUpdate();
        await el.updateComplete;
        expect(shadow(el, '[part="emergency"]')).not.to.exist;
        expect(flatText(el)).not.to.include('emergency');
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0])
          .to.include('<sensiq-red-flags>')
          .and.include('emergency-number=')
          .and.include('digits');
      } finally {
        warnings.restore();
      }
    });
  }

  it('ignores an empty emergency-number without a warning', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<SensiqRedFlags>(html`<sensiq-red-flags emergency-number=" "></sensiq-red-flags>`);
      expect(shadow(el, '[part="emergency"]')).not.to.exist;
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('shows prose given in the "source" slot instead of its own quotes', async () => {
    const el = await fixture<SensiqRedFlags>(
      html`<sensiq-red-flags><p slot="source">Medical attention is necessary.</p></sensiq-red-flags>`
    );
    const text = flatText(el);
    expect(text).to.include('Medical attention is necessary.');
    expect(text).not.to.include('In the words of the article');
  });

  it('moves focus to its heading when focused', async () => {
    const el = await fixture<SensiqRedFlags>(html`<sensiq-red-flags></sensiq-red-flags>`);
    el.focus();
    // Compared as a boolean: chai's failure message for two DOM nodes can stall the browser.
    expect(deepActiveElement() === shadow(el, 'h2'), 'focus is on the heading').to.equal(true);
  });

  it('renders nothing and warns once for an unknown article', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<SensiqRedFlags>(html`<sensiq-red-flags article="nope"></sensiq-red-flags>`);
      expect(flatText(el)).to.equal('');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('article="nope"').and.include('"menopause-hip-leg-pain"');
    } finally {
      warnings.restore();
    }
  });
});
