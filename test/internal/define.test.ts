import {expect} from '@open-wc/testing';
import {defineElement} from '../../src/internal/define.js';
import {VERSION} from '../../src/internal/version.js';
import {captureWarnings} from '../helpers/browser.js';

describe('guarded registration', () => {
  it('lets the first definition win and a same-version copy step aside silently', () => {
    class First extends HTMLElement {
      static version = VERSION;
    }
    class Second extends HTMLElement {
      static version = VERSION;
    }
    const warnings = captureWarnings();
    try {
      defineElement('sensiq-test-same', First);
      expect(() => defineElement('sensiq-test-same', Second)).not.to.throw();
      expect(customElements.get('sensiq-test-same')).to.equal(First);
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('warns once, naming both versions, when another version is already on the page', () => {
    class Old extends HTMLElement {
      static version = '0.0.1';
    }
    class Current extends HTMLElement {
      static version = VERSION;
    }
    customElements.define('sensiq-test-old-a', Old);
    customElements.define('sensiq-test-old-b', class extends Old {});
    const warnings = captureWarnings();
    try {
      defineElement('sensiq-test-old-a', Current);
      defineElement('sensiq-test-old-b', class extends Current {});
      expect(customElements.get('sensiq-test-old-a')).to.equal(Old);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('0.0.1').and.include(VERSION);
    } finally {
      warnings.restore();
    }
  });

  it('publishes the version as a read-only global', () => {
    defineElement('sensiq-test-global', class extends HTMLElement {});
    expect(window.SensIQ?.version).to.equal(VERSION);
    expect(() => {
      'use strict';
      (window as unknown as {SensIQ: unknown}).SensIQ = {version: 'evil'};
    }).to.throw();
    expect(window.SensIQ?.version).to.equal(VERSION);
  });
});
