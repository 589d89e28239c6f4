import {fixture, html, expect, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../../src/components/provider/register.js';
import '../../../src/components/article/register.js';
import type {SensiqArticle} from '../../../src/components/article/sensiq-article.js';
import {JsonLdBlock} from '../../../src/internal/json-ld.js';
import {
  captureWarnings,
  warningsDuring,
  loadSource,
  readable,
  shadow,
  shadowAll,
  sourceRevision,
} from '../../helpers/browser.js';
import {deepActiveElement, flatElements, flatText, outline} from '../../helpers/flat-tree.js';
import {frontMatter, sourceBlocks, sourceSentences, type SourceBlock} from '../../helpers/source.js';

// The blocks that promote a SensIQ product, named here independently of the compiler's curation file.
const isPromo = (text: string) =>
  /\bRelieve\b|SensIQ Joint Health Supplement|^With evidence-based care like SensIQ/.test(text);

const sentencesOf = (blocks: SourceBlock[]) => sourceSentences(blocks.map((b) => b.text).join('\n\n'));

const JSON_LD = 'script[type="application/ld+json"][data-sensiq-json-ld="article:menopause-hip-leg-pain"]';

/** Waits until the element and every SensIQ element nested in it have rendered. */
async function settled(el: SensiqArticle): Promise<void> {
  await el.updateComplete;
  for (const nested of flatElements(el)) await (nested as Partial<SensiqArticle>).updateComplete;
}

async function article(template: ReturnType<typeof html>): Promise<SensiqArticle> {
  const host = await fixture<HTMLElement>(template);
  const el = (host.localName === 'sensiq-article' ? host : host.querySelector('sensiq-article')) as SensiqArticle;
  await settled(el);
  return el;
}

describe('<sensiq-article>', () => {
  let markdown: string;
  let prose: SourceBlock[];
  before(async () => {
    markdown = await loadSource();
    prose = sourceBlocks(markdown).filter((b) => b.kind === 'p' || b.kind === 'li');
  });

  it('shows every sentence of the source, footnote markers aside, and no footnote marker', async () => {
    const el = await article(html`<sensiq-article></sensiq-article>`);
    const text = flatText(el);
    const sentences = sourceSentences(markdown);
    expect(sentences.length).to.be.greaterThan(60);
    for (const sentence of sentences) expect(text, sentence).to.include(sentence);
    expect(text).not.to.match(/[¹²³]/);
    await expect(el).to.be.accessible();
  });

  it('shows the emphasis of the source as <strong>', async () => {
    const el = await article(html`<sensiq-article></sensiq-article>`);
    expect(
      flatElements(el)
        .filter((e) => e.localName === 'strong')
        .map((e) => flatText(e))
    ).to.deep.equal(['Relieve']);
  });

  /** The source outline moved to `level`: `#` at level, `##` one below, `###` two below. */
  function expectedOutline(level: number): [number, string][] {
    return sourceBlocks(markdown)
      .filter((b) => b.kind.startsWith('h'))
      .map((b) => {
        // "### Key Takeaways" sits directly under the title in the source; one below the title keeps the
        // outline free of skipped levels.
        const depth = b.text === 'Key Takeaways' ? 1 : Number(b.kind[1]) - 1;
        return [Math.min(6, level + depth), b.text];
      });
  }

  it('puts the title at h2 by default and the sections below it, adding no h1 to the page', async () => {
    const el = await article(html`<sensiq-article></sensiq-article>`);
    const headings = outline(el);
    expect(headings).to.deep.equal(expectedOutline(2));
    expect(headings[0]).to.deep.equal([2, sourceBlocks(markdown)[0].text]);
    expect(headings.filter(([level]) => level === 1)).to.deep.equal([]);
  });

  it('sets sections apart from their subsections on a phone: larger, with a rule and more space above', async () => {
    const el = await article(
      html`<div style="width: 358px; font: 16px/1.5 Georgia, serif">
        <sensiq-article></sensiq-article>
      </div>`
    );
    const section = shadow(el, '[part="section-heading"]')!;
    const subsection = shadow(el, '[part="subheading"]')!;
    const [big, small] = [section, subsection].map((h) => getComputedStyle(h));
    expect(parseFloat(big.fontSize) / parseFloat(small.fontSize)).to.be.at.least(1.3);
    expect(parseFloat(big.borderTopWidth)).to.be.greaterThan(0);
    expect(parseFloat(big.marginTop) + parseFloat(big.paddingTop)).to.be.greaterThan(parseFloat(small.marginTop));
    expect(big.fontFamily).to.equal(small.fontFamily);
    expect(big.fontFamily).to.include('Georgia');
  });

  it('gives a standalone page exactly one h1 with heading-level="1"', async () => {
    const el = await article(html`<sensiq-article heading-level="1"></sensiq-article>`);
    const headings = outline(el);
    expect(headings).to.deep.equal(expectedOutline(1));
    expect(headings.filter(([level]) => level === 1)).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('keeps deep headings at h6 when the title starts low', async () => {
    const el = await article(html`<sensiq-article heading-level="5"></sensiq-article>`);
    expect(outline(el)).to.deep.equal(expectedOutline(5));
  });

  it('lists every ## section in a contents navigation', async () => {
    const el = await article(html`<sensiq-article></sensiq-article>`);
    const nav = shadow(el, 'nav');
    expect(nav?.getAttribute('aria-labelledby')).to.equal('contents');
    expect(readable(shadow(el, '#contents'))).to.equal('In this article');
    const links = [...nav!.querySelectorAll('a')];
    const sections = sourceBlocks(markdown)
      .filter((b) => b.kind === 'h2')
      .map((b) => b.text);
    expect(links.map(readable)).to.deep.equal(sections);
    for (const link of links) expect(el.shadowRoot!.getElementById(link.hash.slice(1)), link.hash).to.exist;
  });

  it('moves focus to the section a contents link names, inside the shadow root, and scrolls it into view', async () => {
    const el = await article(html`<sensiq-article></sensiq-article>`);
    const hash = location.hash;
    const link = shadowAll<HTMLAnchorElement>(el, 'nav a').find(
      (a) => readable(a) === 'Treatments for Hip and Leg Pain'
    )!;
    link.focus();
    await sendKeys({press: 'Enter'});
    const focused = deepActiveElement()!;
    expect(focused.localName).to.equal('h3');
    expect(readable(focused)).to.equal('Treatments for Hip and Leg Pain');
    expect(el.shadowRoot!.activeElement === focused, 'focus stays inside the article').to.equal(true);
    await waitUntil(() => {
      const top = focused.getBoundingClientRect().top;
      return top > -1 && top < innerHeight;
    }, 'the section scrolls into view');
    expect(location.hash, 'the address names the section, to be shared').to.equal('#' + focused.id);
    history.replaceState(history.state, '', location.pathname + location.search + hash);
  });

  it('opens a page at a section address with that section in view below a sticky header, in the first article only', async () => {
    const hash = location.hash;
    history.replaceState(history.state, '', '#treatments-for-hip-and-leg-pain');
    try {
      const host = await fixture<HTMLElement>(
        html`<div>
          <header style="position: sticky; top: 0; height: 80px; background: #eee; z-index: 1">Shop</header>
          <p style="height: 1500px">Host text</p>
          <sensiq-article></sensiq-article>
          <sensiq-article></sensiq-article>
          <p style="height: 3000px">More host text</p>
        </div>`
      );
      const [first, second] = host.querySelectorAll<SensiqArticle>('sensiq-article');
      await settled(first);
      await settled(second);
      const heading = (el: Element) => el.shadowRoot!.getElementById('treatments-for-hip-and-leg-pain')!;
      await waitUntil(() => {
        const top = heading(first).getBoundingClientRect().top;
        return top >= 80 && top < innerHeight - 50;
      }, 'the first article shows the section below the header');
      expect(heading(second).getBoundingClientRect().top).to.be.greaterThan(innerHeight);
    } finally {
      history.replaceState(history.state, '', location.pathname + location.search + hash);
    }
  });

  // Issue 24: on a page still loading, the first render, its paint the page's largest, holds the first screen only;
  // the rest follows, a task at a time. Recorded at every animation frame, from the first that shows its text.
  it('shows its title and lede first on a loading page and the rest after, with host text after it never moving on screen', async () => {
    Object.defineProperty(document, 'readyState', {value: 'interactive', configurable: true});
    const page = document.createElement('div');
    page.innerHTML = '<sensiq-article></sensiq-article><p>Host text after the article</p>';
    const el = page.firstElementChild as SensiqArticle;
    const after = page.lastElementChild!;
    const frames: {text: string; sections: number; afterTop: number}[] = [];
    let recording = true;
    const record = () => {
      const text = flatText(el);
      const sections = shadowAll(el, 'section').length;
      if (text) frames.push({text, sections, afterTop: after.getBoundingClientRect().top});
      if (recording) requestAnimationFrame(record);
    };
    // A contents link followed as soon as the contents show, before its section has arrived: focus goes to the
    // section once it is there.
    let followed: {link: HTMLAnchorElement; sections: number} | undefined;
    const follow = new MutationObserver(() => {
      const link = shadowAll<HTMLAnchorElement>(el, 'nav a').at(-1);
      if (link && !followed) (followed = {link, sections: shadowAll(el, 'section').length}).link.click();
    });
    document.body.prepend(page);
    scrollTo(0, 0);
    try {
      follow.observe(el.shadowRoot!, {childList: true, subtree: true});
      requestAnimationFrame(record);
      await settled(el);
      await new Promise(requestAnimationFrame);
      recording = false;
      expect(followed!.sections, 'the link was followed before the sections arrived').to.equal(0);
      await waitUntil(
        () => readable(deepActiveElement()) === readable(followed!.link),
        'focus reaches the section the link names'
      );

      const [first] = frames;
      const title = 'Can Menopause Cause Hip and Leg Pain or Is It Something Else?';
      expect(first.text.startsWith(title), 'the first paint starts with the title').to.equal(true);
      expect(first.text).to.include(sentencesOf(prose.slice(0, 1))[0]);
      expect(first.text, 'the takeaways come later').not.to.include('Key Takeaways');
      expect(first.sections).to.equal(0);
      const total = shadowAll(el, 'nav a').length;
      expect(frames.at(-1)!.sections).to.equal(total);
      // Until the last stage, after which the followed link scrolls the page.
      for (const frame of frames.filter((f) => f.sections < total))
        expect(frame.afterTop, 'the host text after the article stays below the screen').to.be.at.least(innerHeight);
      await expect(el).to.be.accessible();
    } finally {
      delete (document as {readyState?: string}).readyState; // the document's own again
      recording = false;
      follow.disconnect();
      history.replaceState(history.state, '', location.pathname + location.search);
      page.remove();
    }
  });

  it('moves focus to the "When to See a Doctor" heading inside the nested red flags', async () => {
    const el = await article(html`<sensiq-article></sensiq-article>`);
    const link = shadowAll<HTMLAnchorElement>(el, 'nav a').find((a) => readable(a) === 'When to See a Doctor')!;
    link.focus();
    await sendKeys({press: 'Enter'});
    const focused = deepActiveElement()!;
    expect(readable(focused)).to.equal('When to See a Doctor');
    expect(focused.localName).to.equal('h3');
    expect(el.shadowRoot!.activeElement?.localName).to.equal('sensiq-red-flags');
    await expect(el).to.be.accessible();
  });

  it('shows "When to See a Doctor" as the red flags list with the section prose under it', async () => {
    const el = await article(html`<sensiq-article></sensiq-article>`);
    const flags = shadow(el, 'sensiq-red-flags')!;
    expect(shadowAll(flags, 'li')).to.have.length(7);
    const blocks = sourceBlocks(markdown);
    const start = blocks.findIndex((b) => b.text === 'When to See a Doctor');
    expect(flatText(flags)).to.include(blocks[start + 1].text);
    // The section prose replaces the red flags' own quotes, so the article says nothing twice.
    expect(flatElements(flags).filter((e) => e.localName === 'blockquote')).to.have.length(0);
  });

  it('credits the publisher, links to the canonical source and carries the medical disclaimer', async () => {
    const el = await article(html`<sensiq-article></sensiq-article>`);
    const footer = shadow(el, 'footer[part="note"]')!;
    const link = footer.querySelector<HTMLAnchorElement>('a[part="link"]')!;
    expect(link.href).to.equal(frontMatter(markdown).url);
    expect(readable(link)).to.equal(frontMatter(markdown).title);
    expect(readable(footer)).to.include('Source: SensIQ');
    expect(readable(footer)).to.include(
      'This content is general information and not a substitute for professional medical advice.'
    );
  });

  it('publishes its JSON-LD once for two articles on one page, and removes it with the last', async () => {
    // A Lit root: a plain <div> would make fixture() wait for an animation frame, which background tabs withhold.
    const host = await fixture<HTMLElement>(
      html`<sensiq-provider><sensiq-article></sensiq-article><sensiq-article></sensiq-article></sensiq-provider>`
    );
    await waitUntil(() => document.head.querySelectorAll(JSON_LD).length === 1, 'one JSON-LD block');
    const data = JSON.parse(document.head.querySelector(JSON_LD)!.textContent!);
    expect(data).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      headline: sourceBlocks(markdown)[0].text,
      name: frontMatter(markdown).title,
      url: frontMatter(markdown).url,
      inLanguage: 'en',
      publisher: {'@type': 'Organization', name: 'SensIQ'},
      version: await sourceRevision(),
    });
    host.firstElementChild!.remove();
    await JsonLdBlock.for('article:menopause-hip-leg-pain', () => undefined).settled;
    expect(document.head.querySelectorAll(JSON_LD)).to.have.length(1);
    host.replaceChildren();
    await waitUntil(() => document.head.querySelectorAll(JSON_LD).length === 0, 'the block goes with the last article');
  });

  it('shows each promotional block in a box labelled "From SensIQ", apart from the editorial text', async () => {
    const el = await article(html`<sensiq-article></sensiq-article>`);
    const boxes = shadowAll(el, '[part="promo"]');
    expect(boxes.map((box) => readable(box.querySelector('.label')))).to.deep.equal(['From SensIQ', 'From SensIQ']);
    const promoted = prose.filter((b) => isPromo(b.text) && b.kind === 'p').map((b) => b.text);
    expect(boxes.map((box) => readable(box.querySelector('p:not(.label)')))).to.deep.equal(promoted);
    for (const p of shadowAll(el, 'section p')) {
      if (!p.closest('[part="promo"]')) expect(isPromo(readable(p)), readable(p)).to.equal(false);
    }
    // Set apart by a solid frame with a heavier accent edge, and not a landmark (the page keeps its own).
    const frame = getComputedStyle(boxes[0]);
    expect(frame.borderTopStyle).to.equal('solid');
    expect(parseFloat(frame.borderLeftWidth)).to.be.greaterThan(parseFloat(frame.borderTopWidth));
    expect(boxes.every((box) => box.localName === 'div' && !box.hasAttribute('role'))).to.equal(true);
  });

  for (const [mode, template] of [
    ['by its own attribute', html`<sensiq-article no-promo cta-href="https://clinic.example/book"></sensiq-article>`],
    [
      'through <sensiq-provider>',
      html`<sensiq-provider no-promo
        ><sensiq-article cta-href="https://clinic.example/book"></sensiq-article
      ></sensiq-provider>`,
    ],
  ] as const) {
    it(`drops every promotional block in clinic mode ${mode}, keeping all editorial text and the clinic's own button`, async () => {
      const el = await article(template);
      const text = flatText(el);
      expect(text).not.to.include('Relieve');
      expect(text).not.to.include('SensIQ Joint Health Supplement');
      expect(text).not.to.include('With evidence-based care like SensIQ');
      expect(text).not.to.include('From SensIQ');
      for (const sentence of sentencesOf(prose.filter((b) => !isPromo(b.text))))
        expect(text, sentence).to.include(sentence);
      expect(shadowAll(el, '[part="promo"]')).to.have.length(0);
      // The clinic's button: a link named in neutral words, to the clinic's page, after the last section.
      const links = shadowAll<HTMLAnchorElement>(el, 'a[href]').filter((a) => readable(a) === 'Learn more');
      expect(links).to.have.length(1);
      const [own] = links;
      expect(own.href).to.equal('https://clinic.example/book');
      expect(own.checkVisibility()).to.equal(true);
      expect(own.getBoundingClientRect().height).to.be.at.least(44);
      const lastSection = shadowAll(el, 'section').pop()!;
      expect(lastSection.compareDocumentPosition(own) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
      // Nothing around it says it comes from SensIQ: not its own block, not what comes before it.
      expect(own.closest('[part="promo"]')).to.equal(null);
      expect(readable(own.parentElement)).to.equal('Learn more');
      expect(readable(own.parentElement!.previousElementSibling)).not.to.include('From SensIQ');
      expect(own.tabIndex).to.equal(0);
      own.focus();
      expect(deepActiveElement()).to.equal(own);
      await expect(el).to.be.accessible();
    });
  }

  it("shows the clinic's own button text and places it where cta-placement says, in clinic mode", async () => {
    const el = await article(
      html`<sensiq-article
        no-promo
        cta-href="https://clinic.example/book"
        cta-label="Book an appointment"
        cta-placement="both"
      ></sensiq-article>`
    );
    const buttons = shadowAll<HTMLAnchorElement>(el, 'a[part="cta"]');
    expect(buttons.map(readable)).to.deep.equal(['Book an appointment', 'Book an appointment']);
    const contents = shadow(el, 'nav')!;
    expect(buttons[0].compareDocumentPosition(contents) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    expect(contents.compareDocumentPosition(buttons[1]) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    expect(shadowAll(el, '[part="promo"], .label').map(readable)).to.deep.equal(['In this article']);
    await expect(el).to.be.accessible();
  });

  it('ends with one "From SensIQ" block holding the closing paragraph and the button, every sentence as written', async () => {
    const el = await article(html`<sensiq-article cta-href="https://example.com/shop"></sensiq-article>`);
    const lastSection = shadowAll(el, 'section').pop()!;
    const labels = [...lastSection.querySelectorAll('.label')].map(readable);
    expect(labels).to.deep.equal(['From SensIQ']);
    const panel = lastSection.querySelector('[part="promo"]')!;
    const closing = prose.filter((b) => isPromo(b.text) && b.kind === 'p').at(-1)!.text;
    expect([...panel.children].map(readable)).to.deep.equal(['From SensIQ', closing, 'Learn more from SensIQ']);
    expect(shadowAll(el, '[part="promo"]')).to.have.length(2); // the product paragraph stays in its own section
    expect(shadowAll(el, 'article > [part="promo"]')).to.have.length(0);
    const text = flatText(el);
    for (const sentence of sourceSentences(markdown)) expect(text, sentence).to.include(sentence);
    await expect(el).to.be.accessible();
  });

  it('warns once, naming the setting and what to do, for cta-placement or cta-label without cta-href (one at a time)', async () => {
    let el!: SensiqArticle;
    const first = await warningsDuring(async () => {
      el = await article(html`<sensiq-article cta-placement="both" cta-label="Book"></sensiq-article>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(shadowAll(el, '[part="cta"]')).to.have.length(0);
    });
    // The person fixes what the first warning names; the other setting is then named.
    const second = await warningsDuring(async () => {
      el.removeAttribute('cta-label');
      await el.updateComplete;
    });
    expect([first.length, second.length]).to.deep.equal([1, 1]);
    for (const [warning, attribute] of [
      [first[0], 'cta-label'],
      [second[0], 'cta-placement'],
    ])
      expect(warning)
        .to.include(`<sensiq-article> ${attribute} is ignored`)
        .and.include('there is no button without cta-href')
        .and.include(`or remove ${attribute}`);
  });

  for (const href of ['https://example.com/relieve?ref=clinic', 'http://example.com/relieve']) {
    it(`links its call-to-action to ${href}`, async () => {
      const warnings = captureWarnings();
      try {
        const el = await article(html`<sensiq-article cta-href=${href}></sensiq-article>`);
        const cta = shadow<HTMLAnchorElement>(el, '[part="promo"] a[part="cta"]')!;
        expect(cta.href).to.equal(href);
        expect(readable(cta)).to.equal('Learn more from SensIQ');
        expect(readable(cta.closest('[part="promo"]')!.querySelector('.label'))).to.equal('From SensIQ');
        // A button to the eye and the finger: a filled or framed box at least 44 px tall, no underline.
        const look = getComputedStyle(cta);
        expect(cta.getBoundingClientRect().height).to.be.at.least(44);
        expect(parseFloat(look.borderTopWidth)).to.be.greaterThan(1);
        expect(look.textDecorationLine).to.equal('none');
        el.ctaLabel = 'Try Relieve';
        await el.updateComplete;
        expect(readable(cta)).to.equal('Try Relieve');
        expect(warnings.messages).to.deep.equal([]);
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });
  }

  for (const href of [
    'javascript:alert(1)',
    'data:text/html,<b>hi</b>',
    '/relieve',
    'example.com/relieve',
    'ftp://example.com/x',
    'not a url',
  ]) {
    it(`refuses the call-to-action URL ${JSON.stringify(href)} with one warning and no link`, async () => {
      const warnings = captureWarnings();
      try {
        const el = await article(html`<sensiq-article cta-href=${href} cta-label="Buy"></sensiq-article>`);
        el.requestUpdate();
        await el.updateComplete;
        expect(shadowAll(el, '[part="cta"]')).to.have.length(0);
        expect(flatText(el)).not.to.include('Buy');
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.include('<sensiq-article>').and.include('cta-href=').and.include('http');
      } finally {
        warnings.restore();
      }
    });
  }

  it('puts the call to action after the takeaways, at the end, or both, as cta-placement says', async () => {
    const at = async (placement: string) => {
      const el = await article(
        html`<sensiq-article cta-href="https://example.com/shop" cta-placement=${placement}></sensiq-article>`
      );
      const precedes = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
      const [takeaways, contents, lastSection] = [
        shadow(el, '[part="takeaways"]')!,
        shadow(el, 'nav')!,
        shadowAll(el, 'section').pop()!,
      ];
      return shadowAll(el, '[part="cta"]').map((cta) => {
        if (precedes(takeaways, cta) && precedes(cta, contents)) return 'after-takeaways';
        return precedes(lastSection, cta) ? 'end' : 'elsewhere';
      });
    };
    expect(await at('end')).to.deep.equal(['end']);
    expect(await at('after-takeaways')).to.deep.equal(['after-takeaways']);
    expect(await at('both')).to.deep.equal(['after-takeaways', 'end']);
    const warnings = await warningsDuring(async () => expect(await at('sidebar')).to.deep.equal(['end']));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('cta-placement="sidebar"').and.include('"end", "after-takeaways", "both"');
  });

  it('renders nothing and warns once, listing valid slugs, for an unknown article', async () => {
    const warnings = captureWarnings();
    try {
      const el = await article(html`<sensiq-article article="nope"></sensiq-article>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(flatText(el)).to.equal('');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('article="nope"').and.include('"menopause-hip-leg-pain"');
      expect(document.head.querySelector('script[data-sensiq-json-ld^="article:"]')).not.to.exist;
    } finally {
      warnings.restore();
    }
  });
});
