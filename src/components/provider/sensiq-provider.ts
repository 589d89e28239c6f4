import {css, html, type PropertyValues} from 'lit';
import {SensiqElement} from '../../internal/sensiq-element.js';
import {asText, warnInvalid} from '../../internal/attributes.js';
import {SettingsProvider} from '../../internal/controllers/settings-provider.js';
import {chooseAnalytics} from '../../internal/analytics-setting.js';
import {articleMeta, articleSlugs, DEFAULT_ARTICLE} from '../../content/index.js';

/**
 * Page-level settings for every SensIQ element inside it: wrap any elements to set their article, heading
 * level, clinic mode, theme or analytics in one place. An element's own attribute wins over the provider's.
 *
 * @tagname sensiq-provider
 * @summary Shares article, heading level, clinic mode, theme and analytics with the SensIQ elements inside it.
 *
 * @slot - Any content; the SensIQ elements anywhere inside it (also in nested shadow roots) use its settings.
 */
export class SensiqProvider extends SensiqElement {
  // Layout-neutral: the provider only passes settings down.
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  private readonly settingsProvider = new SettingsProvider(this);

  // A provider shows nothing: an unknown slug falls back to the enclosing provider's article, with the
  // warning below rather than the elements' "nothing is shown".
  protected override chooseArticle(slug: string) {
    return articleMeta(slug);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const outer = this.settings ?? {};
    const slug = this.article == null ? undefined : asText(this.article);
    const known = slug == null || !!articleMeta(slug);
    if (!known) {
      const valid = articleSlugs.map((s) => `"${s}"`).join(', ');
      warnInvalid(this, 'article', slug, valid, `"${outer.article ?? DEFAULT_ARTICLE}"`);
    }
    // This provider's settings over those of an enclosing provider.
    this.settingsProvider.set({
      article: (known && slug) || outer.article,
      headingLevel: this.levelInUse,
      noPromo: this.clinicMode,
      theme: this.theme == null ? outer.theme : this.themeInUse,
      analytics: chooseAnalytics(this, this.analytics, outer.analytics),
    });
  }

  override render() {
    return html`<slot></slot>`;
  }
}
