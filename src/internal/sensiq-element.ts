// The base of every SensIQ element: article choice, heading level, clinic mode and theme, each settable on
// the element or inherited from an enclosing <sensiq-provider> (the element's own attribute wins).
import {adoptStyles, LitElement, type CSSResult, type PropertyDeclarations, type PropertyValues} from 'lit';
import {ContextEvent} from '@lit/context';
import {asText, parseHeadingLevel, parseKeyword, type HeadingLevel} from './attributes.js';
import {settingsContext, THEMES, type SensiqSettings, type Theme} from './context.js';
import {THEME_ATTRIBUTE} from './host-styles.js';
import {lazy, nextTask, type Lazy} from './lazy.js';
import type {Contribution} from './controllers/structured-data.js';
import {waitForProvider} from './late-providers.js';
import {withoutPromotion} from './promotion.js';
import {VERSION} from './version.js';
import {quote} from './text.js';
import {warnOnce} from './warn.js';
import {articleMeta, articleSlugs, DEFAULT_ARTICLE} from '../content/index.js';
import type {ArticleMeta} from '../content/types.js';

const structuredData = lazy(() => import('./controllers/structured-data.js'));
// The dataLayer bridge arrives only where `analytics` is set (on the element or its provider); it checks the value.
const analytics = lazy(() => import('./analytics.js'));

/**
 * @cssprop [--sensiq-accent=currentColor] - Links, focus rings, markers and control borders (light theme: #0b5f8a, dark theme: #6cbcec).
 * @cssprop [--sensiq-text=currentColor] - Body text (light theme: #1d2329, dark theme: #e8ecf0).
 * @cssprop [--sensiq-muted-text=currentColor] - Secondary text such as notes (light theme: #4d5660, dark theme: #aab4bf).
 * @cssprop [--sensiq-surface=transparent] - The painted background of a themed element and its boxes (light theme: #ffffff, dark theme: #15191e).
 * @cssprop [--sensiq-border=color-mix(in srgb, currentColor 30%, transparent)] - Borders and dividers (light theme: #c5ccd3, dark theme: #5b6672).
 * @cssprop [--sensiq-radius=0.5em] - Corner radius.
 * @cssprop [--sensiq-space=1em] - Spacing scale: paddings and gaps are multiples of it.
 * @cssprop [--sensiq-font-family=inherit] - Font; the page's font unless set.
 */
export class SensiqElement extends LitElement {
  /** Lets a second copy of the library tell which version defined an element first. */
  static readonly version = VERSION;

  // Declared here rather than with decorators (and the context consumed through a controller rather than
  // @consume): the decorator helpers cost bytes on every page that embeds us.
  static override properties: PropertyDeclarations = {
    article: {},
    headingLevel: {attribute: 'heading-level', type: Number},
    noPromo: {attribute: 'no-promo', type: Boolean},
    theme: {},
    analytics: {},
    settings: {state: true},
  };

  /** Slug of the bundled article to show (default `menopause-hip-leg-pain`). */
  declare article?: string;

  /** Level (1–6) of the element's top heading, so it fits the host page's outline (default 2). */
  declare headingLevel?: number;

  /** Clinic mode: leave out every block that promotes a SensIQ product. */
  noPromo = false;

  /**
   * Colour theme: `page` takes the page's text colour and paints no background; `light`, `dark` and `auto` paint
   * their own surface, `auto` following the reader's system setting (default `page`, or the provider's).
   * @type {'page' | 'light' | 'dark' | 'auto' | undefined}
   */
  declare theme?: Theme;

  /**
   * `datalayer` pushes every interaction (a question opened, a search, a link followed) to Google Tag Manager's
   * `window.dataLayer`, if the page has one; never the text a visitor typed (default: off, or the provider's).
   * @type {'datalayer' | undefined}
   */
  declare analytics?: string;

  /** Settings from an enclosing `<sensiq-provider>` or `<sensiq-article>`. */
  declare protected settings?: SensiqSettings;

  // What this update renders, worked out once per update in willUpdate (invalid values warn there, once each).
  /** The article to show; `undefined` for an unknown slug, which shows nothing. */
  protected meta?: ArticleMeta;
  protected levelInUse: HeadingLevel = 2;
  /** Clinic mode, from the element or its provider. */
  protected clinicMode = false;
  /** The theme in use: the element's own `theme`, else the provider's, else `page`. */
  protected themeInUse: Theme = 'page';

  // Settings come through @lit/context's protocol: a `context-request` event that a provider's ContextProvider
  // answers, now and whenever its settings change. Asked here rather than through its ContextConsumer, which
  // with the document-wide waiting list it needs cost about 200 B more on every first paint (issue 15's
  // critical-path budget); without a provider the element just waits in late-providers.ts.
  private leaveProvider?: () => void;

  private readonly receive = (settings: SensiqSettings, unsubscribe?: () => void) => {
    if (unsubscribe !== this.leaveProvider) this.leaveProvider?.(); // another provider took over: leave the old one
    this.leaveProvider = unsubscribe;
    this.settings = settings;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.dispatchEvent(new ContextEvent(settingsContext, this, this.receive, true));
    if (!this.leaveProvider) waitForProvider(this, this.receive);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.leaveProvider?.();
    this.leaveProvider = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const inherited = this.settings ?? {};
    this.meta = this.chooseArticle(asText(this.article ?? inherited.article ?? DEFAULT_ARTICLE));
    const level = inherited.headingLevel ?? 2;
    this.levelInUse = parseHeadingLevel(this, this.headingLevel, level) ?? level;
    this.clinicMode = this.noPromo || Boolean(inherited.noPromo);
    const theme = inherited.theme && THEMES.includes(inherited.theme) ? inherited.theme : 'page';
    this.themeInUse = parseKeyword(this, 'theme', this.theme, THEMES, theme) ?? theme;
    // The styles select on the theme in use. It goes to its own attribute, never back to `theme`: a value
    // inherited from a provider must not turn into the element's own choice and outlive the provider's.
    // Set here (not in updated) so server rendering writes it too.
    if (this.getAttribute(THEME_ATTRIBUTE) !== this.themeInUse) this.setAttribute(THEME_ATTRIBUTE, this.themeInUse);
    if ((this.analytics ?? inherited.analytics) != null) this.need(analytics);
    analytics.value?.track(this, inherited, this.meta?.slug);
  }

  /**
   * Adds the styles of a part that arrives after this class was defined (a lazy module) to every instance,
   * now and later; server rendering loads every part first, so its markup carries them too.
   */
  static adopt(styles: CSSResult): void {
    if (!this.elementStyles.includes(styles)) this.elementStyles.push(styles);
  }

  /** How many styles this instance's shadow root holds: fewer than its class's once a part has arrived. */
  private adopted = 0;

  // The shadow root is attached when the element connects, and its first render may come a task later
  // (renderInNextTask), with a paint in between. Our styles go in with that render: an empty root with them
  // would paint a themed surface and padding inside the space reserve.css holds, and move it.
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot() as ShadowRoot;
    root.adoptedStyleSheets = [];
    return root;
  }

  /** Lazy parts this element's settings need in its first render: it waits for them, so nothing moves after. */
  protected partsForFirstRender(): Lazy<unknown>[] {
    return [];
  }

  /**
   * Whether this element was in the page when its code arrived: only then is it in the page while it is being
   * constructed (an upgrade). Its first render then runs in a task of its own, not in the one that evaluated the
   * library: the two in one task made the page's longest task (issue 24), and input waits for a task to end.
   * Elements made later (by the parser, a script, or nested in an article) render at once.
   */
  private renderInNextTask = this.isConnected;

  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated)
      await Promise.all([
        this.renderInNextTask && nextTask(),
        ...this.partsForFirstRender().map((part) => part.load()),
      ]).catch((error) => this.partMissing(error));
    super.scheduleUpdate();
  }

  /** Parts asked for after the first render that have not arrived yet: updateComplete waits for them. */
  private arriving?: Promise<unknown>;

  /** Loads `part` if it has not arrived, then renders again: for settings that change after the first render. */
  protected need(part: Lazy<unknown>): void {
    if (!part.value) this.renderAgainAfter(part.load());
  }

  /** Renders again once `work` is done (updateComplete waits for it); a part that fails is said once. */
  protected renderAgainAfter(work: Promise<unknown>): void {
    const done = work.then(
      () => this.requestUpdate(),
      (error: unknown) => this.partMissing(error)
    );
    this.arriving = Promise.all([this.arriving, done]);
  }

  // A script that sets an attribute and awaits updateComplete sees the result of that setting (its warning, its
  // call to action), even when the code for it arrives in a chunk after the update. Every caller waits for all
  // of it: `arriving` gathers each part asked for, and is never taken away from a second caller.
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let awaited; awaited !== this.arriving; complete = await super.getUpdateComplete())
      await (awaited = this.arriving);
    return complete;
  }

  /**
   * Publishes what `contribution` says in the page's structured data (JSON-LD), from a task after the first
   * render: a first paint does not need it.
   */
  protected publishStructuredData<Part>(contribution: () => Contribution<Part> | undefined): void {
    this.updateComplete
      .then(nextTask)
      .then(() => structuredData.load())
      .then(
        ({StructuredDataController}) => StructuredDataController.attach(this, contribution),
        (error) => this.partMissing(error)
      );
  }

  /** A part did not arrive (offline, blocked): the element goes on without it, and says so once. */
  protected partMissing(error: unknown): void {
    warnOnce(
      this,
      'part',
      `<${this.localName}> could not load part of its code (${error}); it shows what it can without it.`
    );
  }

  // Server-rendered markup (a snippet, WordPress or Shopify output) arrives as a declarative shadow root, which
  // Lit would render after rather than into. Unless Lit's hydration support is on the page to take it over,
  // the first render replaces it: in the same task as the render, so nothing is painted in between, and the
  // same markup, so nothing moves.
  protected override update(changed: PropertyValues): void {
    if (!this.hasUpdated && !('litElementHydrateSupport' in globalThis) && this.renderRoot.firstChild) {
      this.renderRoot.replaceChildren();
      this.renderOptions.renderBefore = null; // Lit noted the server's first node as where to render
    }
    const styles = (this.constructor as typeof SensiqElement).elementStyles;
    if (this.adopted !== styles.length && this.shadowRoot) adoptStyles(this.shadowRoot, styles);
    this.adopted = styles.length;
    super.update(changed);
  }

  /** `items` as this element shows them: without promotion in clinic mode. */
  protected shown<T extends object>(items: readonly T[]): readonly T[] {
    return withoutPromotion(items, this.clinicMode);
  }

  /** The bundled article `slug`, or `undefined` with one warning: an element with no article shows nothing. */
  protected chooseArticle(slug: string): ArticleMeta | undefined {
    const meta = articleMeta(slug);
    if (!meta) {
      const valid = articleSlugs.map((s) => `"${s}"`).join(', ');
      const shown = quote(slug);
      warnOnce(
        this,
        `article=${shown}`,
        `<${this.localName}> article=${shown} is not a bundled article: use one of ${valid}. Nothing is shown.`
      );
    }
    return meta;
  }
}
