// The Lit floor of the FAQ page's bytes: the smallest honest accordion in Lit 3 with the same nine questions and
// answers (buttons in headings, aria-expanded, labelled regions), and nothing else: no theming, JSON-LD, guarded
// define, provider settings, attribute checks, search, deep links, print or find-in-page. Never shipped; built
// and measured by `npm run byte-sources -- --lit-floor` (scripts/byte-sources.mjs). Compiled content: run
// `npm run build` first.
import {LitElement, html, css} from 'lit';
import {faqs} from '../build/src/content/generated/faq.js';
class LitFloorFaq extends LitElement {
  static properties = {open: {state: true}};
  static styles = css`
    button {
      font: inherit;
      background: none;
      border: 0;
      padding: 0;
      cursor: pointer;
      text-align: start;
      width: 100%;
    }
  `;
  open = new Set();
  toggle(id) {
    if (!this.open.delete(id)) this.open.add(id);
    this.requestUpdate();
  }
  render() {
    return faqs['menopause-hip-leg-pain'].map((item) => {
      const open = this.open.has(item.id);
      return html`<h2>
          <button
            id="q-${item.id}"
            aria-expanded=${open}
            aria-controls="a-${item.id}"
            @click=${() => this.toggle(item.id)}
          >
            ${item.heading}
          </button>
        </h2>
        <div id="a-${item.id}" role="region" aria-labelledby="q-${item.id}" ?hidden=${!open}>
          ${item.blocks.map(
            (block) =>
              html`<p>
                ${block.text.map((run) => (typeof run === 'string' ? run : html`<sup>${run.footnote}</sup>`))}
              </p>`
          )}
        </div>`;
    });
  }
}
customElements.define('lit-floor-faq', LitFloorFaq);
