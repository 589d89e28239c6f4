import {fixture, fixtureSync, html, expect} from '@open-wc/testing';
import '../../../src/components/provider/register.js';
import '../../../src/components/takeaways/register.js';
import {SensiqProvider} from '../../../src/components/provider/sensiq-provider.js';
import type {SensiqTakeaways} from '../../../src/components/takeaways/sensiq-takeaways.js';
import {SensiqElement} from '../../../src/internal/sensiq-element.js';
import type {SensiqSettings} from '../../../src/internal/context.js';
import {captureWarnings, readable, shadow, shadowAll} from '../../helpers/browser.js';

/** Shows the settings a nested element receives, for the fallback checks below. */
class SettingsProbe extends SensiqElement {
  get received(): SensiqSettings | undefined {
    return this.settings;
  }
}
customElements.define('sensiq-test-settings-probe', SettingsProbe);

const SUPPLEMENT = 'SensIQ Joint Health Supplement';

async function takeawaysIn(
  template: ReturnType<typeof html>
): Promise<{provider: SensiqProvider; takeaways: SensiqTakeaways}> {
  const provider = await fixture<SensiqProvider>(template);
  const takeaways = provider.querySelector('sensiq-takeaways')!;
  await takeaways.updateComplete;
  return {provider, takeaways};
}

const items = (el: Element) => shadowAll(el, 'li').map(readable);
const headingOf = (el: Element) => shadow(el, 'h1, h2, h3, h4, h5, h6')!.localName;

describe('<sensiq-provider>', () => {
  it('puts the elements inside it in clinic mode and lays out as if it were not there', async () => {
    const {provider, takeaways} = await takeawaysIn(
      html`<sensiq-provider no-promo
        ><div><sensiq-takeaways></sensiq-takeaways></div
      ></sensiq-provider>`
    );
    expect(items(takeaways)).to.have.length(4);
    expect(items(takeaways).join(' ')).not.to.include(SUPPLEMENT);
    expect(getComputedStyle(provider).display).to.equal('contents');
    await expect(provider).to.be.accessible();
  });

  it('passes its heading level down, and an element’s own heading-level wins', async () => {
    const provider = await fixture<SensiqProvider>(html`
      <sensiq-provider heading-level="4">
        <sensiq-takeaways></sensiq-takeaways>
        <sensiq-takeaways heading-level="2"></sensiq-takeaways>
      </sensiq-provider>
    `);
    const [inherits, own] = provider.querySelectorAll('sensiq-takeaways');
    await inherits.updateComplete;
    await own.updateComplete;
    expect(headingOf(inherits)).to.equal('h4');
    expect(headingOf(own)).to.equal('h2');
  });

  it('lets an element’s own no-promo turn on clinic mode under a provider without it', async () => {
    const {takeaways} = await takeawaysIn(
      html`<sensiq-provider><sensiq-takeaways no-promo></sensiq-takeaways></sensiq-provider>`
    );
    expect(items(takeaways)).to.have.length(4);
  });

  it('updates the elements inside when its attributes change', async () => {
    const {provider, takeaways} = await takeawaysIn(
      html`<sensiq-provider><sensiq-takeaways></sensiq-takeaways></sensiq-provider>`
    );
    expect(items(takeaways)).to.have.length(5);
    provider.noPromo = true;
    provider.headingLevel = 3;
    await provider.updateComplete;
    await takeaways.updateComplete;
    expect(items(takeaways)).to.have.length(4);
    expect(headingOf(takeaways)).to.equal('h3');
  });

  it('lets an inner provider override an outer one setting by setting', async () => {
    const outer = await fixture<SensiqProvider>(html`
      <sensiq-provider no-promo heading-level="3" theme="dark">
        <sensiq-provider heading-level="5"><sensiq-takeaways></sensiq-takeaways></sensiq-provider>
      </sensiq-provider>
    `);
    const takeaways = outer.querySelector('sensiq-takeaways')!;
    await takeaways.updateComplete;
    expect(headingOf(takeaways)).to.equal('h5');
    expect(items(takeaways)).to.have.length(4);
  });

  it('passes its theme to the elements inside, and an element’s own theme wins', async () => {
    const provider = await fixture<SensiqProvider>(html`
      <sensiq-provider theme="dark">
        <sensiq-takeaways></sensiq-takeaways>
        <sensiq-takeaways theme="light"></sensiq-takeaways>
      </sensiq-provider>
    `);
    const [inherits, own] = provider.querySelectorAll('sensiq-takeaways');
    await inherits.updateComplete;
    await own.updateComplete;
    expect(inherits.getAttribute('data-sensiq-theme')).to.equal('dark');
    expect(own.getAttribute('data-sensiq-theme')).to.equal('light');
    expect(getComputedStyle(inherits).color).not.to.equal(getComputedStyle(own).color);
    await expect(provider).to.be.accessible();
  });

  it('reaches elements that were defined, and asked, before it', async () => {
    const host = fixtureSync(
      html`<sensiq-test-late-provider no-promo heading-level="4"
        ><sensiq-takeaways></sensiq-takeaways
      ></sensiq-test-late-provider>`
    );
    const takeaways = host.querySelector('sensiq-takeaways')!;
    await takeaways.updateComplete;
    expect(items(takeaways), 'no provider yet').to.have.length(5);
    customElements.define('sensiq-test-late-provider', class extends SensiqProvider {});
    await (host as SensiqProvider).updateComplete;
    await takeaways.updateComplete;
    expect(items(takeaways)).to.have.length(4);
    expect(headingOf(takeaways)).to.equal('h4');
  });

  for (const [attribute, value, valid, check] of [
    ['theme', 'purple', '"page", "light", "dark", "auto"', (s: SensiqSettings) => expect(s.theme).to.equal('page')],
    ['heading-level', '7', 'a whole number from 1 to 6', (s: SensiqSettings) => expect(s.headingLevel).to.equal(2)],
    ['article', 'nope', '"menopause-hip-leg-pain"', (s: SensiqSettings) => expect(s.article).to.equal(undefined)],
  ] as const) {
    it(`falls back and warns once for ${attribute}="${value}"`, async () => {
      const warnings = captureWarnings();
      try {
        const provider = await fixture<SensiqProvider>(
          `<sensiq-provider ${attribute}="${value}"><sensiq-test-settings-probe></sensiq-test-settings-probe></sensiq-provider>`
        );
        provider.requestUpdate();
        await provider.updateComplete;
        const probe = provider.querySelector<SettingsProbe>('sensiq-test-settings-probe')!;
        check(probe.received!);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0])
          .to.include('<sensiq-provider>')
          .and.include(`${attribute}="${value}"`)
          .and.include(valid);
      } finally {
        warnings.restore();
      }
    });
  }

  it('shows the default article inside a provider with an unknown article', async () => {
    const warnings = captureWarnings();
    try {
      const {takeaways} = await takeawaysIn(
        html`<sensiq-provider article="nope"><sensiq-takeaways></sensiq-takeaways></sensiq-provider>`
      );
      expect(items(takeaways)).to.have.length(5);
      expect(warnings.messages).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });
});
