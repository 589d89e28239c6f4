import {fixture, html, expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../../src/components/takeaways/register.js';
import type {SensiqTakeaways} from '../../../src/components/takeaways/sensiq-takeaways.js';
import {captureWarnings, loadSource, readable, shadow, shadowAll} from '../../helpers/browser.js';
import {sourceTakeaways} from '../../helpers/source.js';

describe('<sensiq-takeaways>', () => {
  let expected: string[];
  before(async () => {
    expected = sourceTakeaways(await loadSource());
  });

  it('shows "Key Takeaways" as a level-2 heading and the five takeaways verbatim as a list', async () => {
    const el = await fixture<SensiqTakeaways>(html`<sensiq-takeaways></sensiq-takeaways>`);
    const heading = shadow(el, 'h1, h2, h3, h4, h5, h6');
    expect(heading?.localName).to.equal('h2');
    expect(readable(heading)).to.equal('Key Takeaways');
    const list = shadow(el, 'ul');
    expect(list, 'a real list').to.exist;
    expect(shadowAll(el, 'ul > li').map(readable)).to.deep.equal(expected);
    expect(expected).to.have.length(5);
    await expect(el).to.be.accessible();
  });

  it('renders text at a readable size with a visible list marker', async () => {
    const el = await fixture<SensiqTakeaways>(html`<sensiq-takeaways></sensiq-takeaways>`);
    const item = shadowAll(el, 'li')[0];
    expect(parseFloat(getComputedStyle(item).fontSize)).to.be.at.least(14);
    expect(getComputedStyle(item).display).to.equal('list-item');
  });

  it('puts the heading at the level the page asks for', async () => {
    const el = await fixture<SensiqTakeaways>(html`<sensiq-takeaways heading-level="4"></sensiq-takeaways>`);
    expect(shadowAll(el, 'h4').map(readable)).to.deep.equal(['Key Takeaways']);
    el.headingLevel = 1;
    await el.updateComplete;
    expect(shadowAll(el, 'h1').map(readable)).to.deep.equal(['Key Takeaways']);
    await expect(el).to.be.accessible();
  });

  it('shows only the first N takeaways with limit', async () => {
    const el = await fixture<SensiqTakeaways>(html`<sensiq-takeaways limit="2"></sensiq-takeaways>`);
    expect(shadowAll(el, 'li').map(readable)).to.deep.equal(expected.slice(0, 2));
  });

  it('drops the takeaway naming the supplement in clinic mode, keeping the rest', async () => {
    const el = await fixture<SensiqTakeaways>(html`<sensiq-takeaways no-promo></sensiq-takeaways>`);
    const shown = shadowAll(el, 'li').map(readable);
    expect(shown).to.deep.equal(expected.filter((t) => !t.includes('SensIQ Joint Health Supplement')));
    expect(shown).to.have.length(4);
  });

  it("shows a clinic's own button in clinic mode: neutral text, its link, no SensIQ label, reached by Tab", async () => {
    const el = await fixture<SensiqTakeaways>(
      html`<sensiq-takeaways no-promo cta-href="https://clinic.example/book?from=article"></sensiq-takeaways>`
    );
    await el.updateComplete;
    const own = shadowAll<HTMLAnchorElement>(el, 'a[href]').find((a) => readable(a) === 'Learn more')!;
    expect(own.href).to.equal('https://clinic.example/book?from=article');
    expect(own.checkVisibility()).to.equal(true);
    expect(own.getBoundingClientRect().height).to.be.at.least(44);
    expect(shadow(el, '[part="promo"]')).to.equal(null);
    expect(readable(own.parentElement)).to.equal('Learn more');
    expect(readable(own.parentElement!.previousElementSibling)).not.to.include('From SensIQ');
    // It stands clear of the box above it by the spacing unit (1em), as a "From SensIQ" block would.
    const gap = own.getBoundingClientRect().top - shadow(el, '[part="box"]')!.getBoundingClientRect().bottom;
    expect(gap).to.be.closeTo(parseFloat(getComputedStyle(el).fontSize), 1);
    // Themable as SensIQ's button is: the same part and custom properties.
    expect(own.part.contains('cta')).to.equal(true);
    el.style.setProperty('--sensiq-cta-background', 'rgb(0, 90, 40)');
    expect(getComputedStyle(own).backgroundColor).to.equal('rgb(0, 90, 40)');
    el.style.removeProperty('--sensiq-cta-background');
    const before = document.createElement('button');
    el.before(before);
    before.focus();
    await sendKeys({press: 'Tab'});
    expect(el.shadowRoot!.activeElement).to.equal(own);
    before.remove();
    await expect(el).to.be.accessible();
  });

  it('keeps SensIQ\'s button in its "From SensIQ" block outside clinic mode', async () => {
    const el = await fixture<SensiqTakeaways>(
      html`<sensiq-takeaways cta-href="https://example.com/shop"></sensiq-takeaways>`
    );
    await el.updateComplete;
    const cta = shadow<HTMLAnchorElement>(el, '[part="promo"] a[part="cta"]')!;
    expect(readable(cta)).to.equal('Learn more from SensIQ');
    expect(readable(cta.closest('[part="promo"]')!.querySelector('.label'))).to.equal('From SensIQ');
    await expect(el).to.be.accessible();
  });

  for (const [attribute, value, valid] of [
    ['limit', 'abc', 'a whole number from 1'],
    ['limit', '0', 'a whole number from 1'],
    ['heading-level', '9', 'a whole number from 1 to 6'],
    ['heading-level', 'h3', 'a whole number from 1 to 6'],
  ]) {
    it(`falls back and warns once for ${attribute}="${value}"`, async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<SensiqTakeaways>(
          html`<sensiq-takeaways
            limit=${attribute === 'limit' ? value : '5'}
            heading-level=${attribute === 'heading-level' ? value : '2'}
          ></sensiq-takeaways>`
        );
        el.requestUpdate();
        await el.updateComplete;
        expect(shadowAll(el, 'h2').map(readable)).to.deep.equal(['Key Takeaways']);
        expect(shadowAll(el, 'li')).to.have.length(5);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0])
          .to.include('<sensiq-takeaways>')
          .and.include(`${attribute}="${value}"`)
          .and.include(valid);
      } finally {
        warnings.restore();
      }
    });
  }

  it('renders nothing and warns, listing valid slugs, for an unknown article', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<SensiqTakeaways>(html`<sensiq-takeaways article="nope"></sensiq-takeaways>`);
      expect(readable(el.shadowRoot as unknown as Element)).to.equal('');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('article="nope"').and.include('"menopause-hip-leg-pain"');
    } finally {
      warnings.restore();
    }
  });
});
