// Theming, checked on every element src/sensiq.ts registers: light and dark palettes with AA contrast,
// `theme` on the element or from a provider (the element's own attribute wins), page-set custom properties
// and the page's font. What needs media emulation (auto, forced colours, reduced motion) is tested in
// Chromium by test/node/theme.test.mjs: Firefox cannot emulate media features here.
import {fixture, fixtureSync, html, expect} from '@open-wc/testing';
import {LitElement} from 'lit';
import {ContextProvider} from '@lit/context';
import '../../src/sensiq.js';
import {settingsContext, type SensiqSettings} from '../../src/internal/context.js';
import {palettes, type Palette} from '../../src/internal/palette.js';
import {THEME_ATTRIBUTE} from '../../src/internal/host-styles.js';
import type {SensiqElement} from '../../src/internal/sensiq-element.js';
import {captureWarnings, shadowAll} from '../helpers/browser.js';

/** `#0b5f8a` → `rgb(11, 95, 138)`, as getComputedStyle reports it. */
function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** The colours a reader sees: the text, and the accent of the list markers. */
function colours(el: Element) {
  const [item] = shadowAll(el, 'li');
  return {text: getComputedStyle(el).color, marker: item ? getComputedStyle(item, '::marker').color : undefined};
}

const expected = (palette: Palette) => ({text: rgb(palette.text), marker: rgb(palette.accent)});

/** A page section in the given background, as a host page would place the element. */
async function onPage<T extends HTMLElement = HTMLElement>(
  tag: string,
  attributes: string,
  background: string
): Promise<T> {
  // fixtureSync: fixture() waits an animation frame for plain elements, which a background tab may not get.
  const page = fixtureSync<HTMLElement>(html`<div></div>`);
  page.style.background = background;
  page.style.padding = '1em';
  const el = document.createElement(tag);
  for (const [name, value] of new URLSearchParams(attributes)) el.setAttribute(name, value);
  page.append(el);
  await (el as unknown as LitElement).updateComplete;
  return el as unknown as T;
}

class TestProvider extends LitElement {
  provider = new ContextProvider(this, {context: settingsContext, initialValue: {} as SensiqSettings});
  set settings(value: SensiqSettings) {
    this.provider.setValue(value);
  }
  override render() {
    return html`<slot></slot>`;
  }
}
customElements.define('test-theme-provider', TestProvider);

describe('themes', () => {
  let tags: string[] = [];
  before(async () => {
    // Every element the bundle registers, so an element added later is checked here too.
    const entry = await (await fetch('/src/sensiq.ts')).text();
    // The provider shows nothing of its own: it hands its theme to the elements inside (its own tests).
    tags = [...entry.matchAll(/components\/([\w-]+)\/register\.js/g)]
      .map((m) => `sensiq-${m[1]}`)
      .filter((tag) => tag !== 'sensiq-provider');
    expect(tags).to.include('sensiq-takeaways');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`shows every element in the ${theme} palette with AA contrast`, async function () {
      this.timeout(tags.length * 10000); // an axe run per element; the whole article takes seconds in Firefox
      for (const tag of tags) {
        const el = await onPage(tag, `theme=${theme}`, palettes[theme].surface);
        // A provider draws nothing of its own: it passes the theme on and leaves its content the page's colours.
        if (!el.shadowRoot?.querySelector(':not(slot):not(style)')) continue;
        expect(el.getAttribute(THEME_ATTRIBUTE), tag).to.equal(theme);
        expect(getComputedStyle(el).color, tag).to.equal(rgb(palettes[theme].text));
        await expect(el).to.be.accessible();
      }
    });
  }

  it('counts low contrast as an accessibility failure (axe checks colour contrast here)', async () => {
    const el = await onPage('sensiq-takeaways', '', '#ffffff');
    el.style.setProperty('--sensiq-text', '#b0b0b0');
    await expect(el).not.to.be.accessible();
  });

  it("takes the page's text colour and paints no background by default", async () => {
    const el = await onPage('sensiq-takeaways', '', '#0b2545');
    el.parentElement!.style.color = '#f4f7fb';
    expect(el.getAttribute(THEME_ATTRIBUTE)).to.equal('page');
    expect(el.hasAttribute('theme')).to.equal(false);
    expect(colours(el)).to.deep.equal({text: rgb('#f4f7fb'), marker: rgb('#f4f7fb')});
    for (const painted of [el, ...shadowAll(el, '*')]) {
      expect(getComputedStyle(painted).backgroundColor, painted.localName).to.equal('rgba(0, 0, 0, 0)');
    }
    await expect(el).to.be.accessible();
  });

  it('takes the theme from a provider, lets the own attribute win, and keeps following the provider', async () => {
    const provider = await fixture<TestProvider>(html`
      <test-theme-provider>
        <sensiq-takeaways id="inherits"></sensiq-takeaways>
        <sensiq-takeaways id="own" theme="light"></sensiq-takeaways>
      </test-theme-provider>
    `);
    const inherits = provider.querySelector<SensiqElement>('#inherits')!;
    const own = provider.querySelector<SensiqElement>('#own')!;
    const settle = () => Promise.all([inherits.updateComplete, own.updateComplete]);

    provider.settings = {theme: 'dark'};
    await settle();
    expect(colours(inherits)).to.deep.equal(expected(palettes.dark));
    expect(colours(own)).to.deep.equal(expected(palettes.light));
    expect(inherits.hasAttribute('theme'), "an inherited theme is not written as the element's own").to.equal(false);

    provider.settings = {theme: 'light'};
    await settle();
    expect(colours(inherits), 'follows the provider back to light').to.deep.equal(expected(palettes.light));

    own.removeAttribute('theme');
    provider.settings = {theme: 'dark'};
    await settle();
    expect(colours(own), 'follows the provider once its own attribute is gone').to.deep.equal(expected(palettes.dark));
  });

  it("falls back to the provider's theme and warns once for an invalid theme", async () => {
    const warnings = captureWarnings();
    try {
      const provider = await fixture<TestProvider>(html`
        <test-theme-provider><sensiq-takeaways theme="blue"></sensiq-takeaways></test-theme-provider>
      `);
      const el = provider.querySelector<SensiqElement>('sensiq-takeaways')!;
      provider.settings = {theme: 'dark'};
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(el.getAttribute(THEME_ATTRIBUTE)).to.equal('dark');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0])
        .to.include('<sensiq-takeaways>')
        .and.include('theme="blue"')
        .and.include('"light", "dark", "auto"');
    } finally {
      warnings.restore();
    }
  });

  it('uses colours, radius and spacing the page sets, over either palette', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await onPage<SensiqElement>('sensiq-takeaways', `theme=${theme}`, '#ffffff');
      const page = el.parentElement!;
      page.style.setProperty('--sensiq-text', '#222222');
      page.style.setProperty('--sensiq-surface', '#fafafa');
      page.style.setProperty('--sensiq-border', '#333333');
      page.style.setProperty('--sensiq-radius', '0px');
      page.style.setProperty('--sensiq-space', '2em');
      const [box] = shadowAll(el, '[part="box"]');
      const style = getComputedStyle(box);
      expect(getComputedStyle(el).color, theme).to.equal(rgb('#222222'));
      expect(style.backgroundColor, theme).to.equal(rgb('#fafafa'));
      expect(style.borderTopColor, theme).to.equal(rgb('#333333'));
      expect(style.borderTopLeftRadius, theme).to.equal('0px');
      expect(style.paddingTop, theme).to.equal(`${2 * parseFloat(getComputedStyle(el).fontSize)}px`);
    }
  });

  it("uses the page's font unless --sensiq-font-family is set", async () => {
    const page = fixtureSync<HTMLElement>(html`<div><sensiq-takeaways></sensiq-takeaways></div>`);
    page.style.fontFamily = 'Georgia, serif';
    const el = page.querySelector('sensiq-takeaways')!;
    await el.updateComplete;
    const [item] = shadowAll(el, 'li');
    expect(getComputedStyle(item).fontFamily).to.equal('Georgia, serif');
    page.style.setProperty('--sensiq-font-family', 'Courier, monospace');
    expect(getComputedStyle(item).fontFamily).to.equal('Courier, monospace');
  });

  it('keeps text readable when the page shrinks its root font size', async () => {
    document.documentElement.style.fontSize = '62.5%';
    try {
      const page = fixtureSync<HTMLElement>(html`<div><sensiq-takeaways></sensiq-takeaways></div>`);
      page.style.fontSize = '1rem';
      const el = page.querySelector('sensiq-takeaways')!;
      await el.updateComplete;
      const [item] = shadowAll(el, 'li');
      expect(parseFloat(getComputedStyle(item).fontSize)).to.be.at.least(14);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });
});
