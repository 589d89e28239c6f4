import {expect, fixtureSync, html, waitUntil} from '@open-wc/testing';
import '../../src/components/takeaways/register.js';
import {watchPage} from '../../src/internal/watch-page.js';
import {captureWarnings, readable, shadowAll} from '../helpers/browser.js';

// The bundle's wiring (src/bundle.ts), with a tag list as the build would generate it.
watchPage(['sensiq-takeaways'], (tag) => customElements.whenDefined(tag));

// fixtureSync, not fixture: for plain elements fixture() waits for an animation frame, which a background
// tab may never get.
/** The attributes the page set: without the element's own resolved-theme state. */
const settings = (el: Element) => el.getAttributeNames().filter((name) => name !== 'data-sensiq-theme');

const upgraded = (root: Element) => waitUntil(() => !root.querySelector('[data-sensiq]'), 'placeholders upgraded');

describe('placeholders', () => {
  it('become the element in place, each data-* setting the element accepts becoming its attribute', async () => {
    const post = fixtureSync(
      html`<article>
        <p>Before</p>
        <div data-sensiq="takeaways" data-limit="2" data-heading-level="3" data-no-promo="">Fallback</div>
        <p>After</p>
      </article>`
    );
    await upgraded(post);
    expect([...post.children].map((el) => el.localName)).to.deep.equal(['p', 'sensiq-takeaways', 'p']);
    const el = post.querySelector('sensiq-takeaways')!;
    expect(settings(el).sort()).to.deep.equal(['heading-level', 'limit', 'no-promo']);
    await el.updateComplete;
    expect(shadowAll(el, 'h3').map(readable)).to.deep.equal(['Key Takeaways']);
    expect(shadowAll(el, 'li')).to.have.length(2);
    expect(post.textContent).to.include('Fallback');
    await expect(el).to.be.accessible();
  });

  it('upgrade when the host adds them later or re-renders their container', async () => {
    const host = fixtureSync(html`<section></section>`);
    for (const limit of ['1', '3']) {
      host.innerHTML = `<div><div data-sensiq="Takeaways" data-limit="${limit}"></div></div>`;
      await upgraded(host);
      const el = host.querySelector('sensiq-takeaways')!;
      await el.updateComplete;
      expect(shadowAll(el, 'li')).to.have.length(Number(limit));
    }
  });

  it('copy values as text only, drop attributes the element lacks, and warn once each', async () => {
    const warnings = captureWarnings();
    try {
      const host = fixtureSync(
        html`<section>
          <div data-sensiq="takeaways" data-limit="<b>3</b>" data-onclick="throw 1" data-style="color:red"></div>
          <div data-sensiq="takeaways" data-onclick="throw 1"></div>
          <div data-sensiq="nope"></div>
          <div data-sensiq="nope"></div>
        </section>`
      );
      await waitUntil(() => host.querySelectorAll('sensiq-takeaways').length === 2, 'known placeholders upgraded');
      const [first, second] = host.querySelectorAll('sensiq-takeaways');
      expect(settings(first)).to.deep.equal(['limit']);
      expect(first.getAttribute('limit')).to.equal('<b>3</b>');
      expect(settings(second)).to.deep.equal([]);
      expect(host.querySelectorAll('b, [data-sensiq="nope"]').length).to.equal(2, 'no markup made, unknown left alone');
      const about = (text: string) => warnings.messages.filter((m) => m.includes(text));
      expect(about('"onclick"')).to.have.length(1);
      expect(about('"style"')).to.have.length(1);
      expect(about('data-sensiq="nope" is not a SensIQ element: use one of "takeaways"')).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });
});
