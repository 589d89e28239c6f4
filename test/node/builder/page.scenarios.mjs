// The builder page itself: its controls come from the manifest and speak the settings declaration's words, it
// passes axe, it works by keyboard alone, it shows the elements' own warnings, it keeps the setup in the page's
// address, it guards contrast, it previews on light and dark pages at three widths, it copies, and it hands out
// script URLs from wherever it is served.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {startServer} from '../helpers/server.mjs';
import {hostPage, moduleScript} from '../helpers/embed.mjs';
import {configure, copiedCode, idle, openBuilder, settled} from './driver.mjs';
import {ELEMENT_DESCRIPTIONS, ELEMENT_LABELS, SETTINGS, SETTING_GROUPS} from '../../../build/src/internal/settings.js';
import {faqs} from '../../../build/src/content/generated/faq.js';
import {DEFAULT_ARTICLE} from '../../../build/src/content/index.js';

const AXE = 'node_modules/axe-core/axe.min.js';
const page = readFileSync('dist/builder/index.html', 'utf8');
const shipped = JSON.parse(/id="sensiq-builder-data">([^<]*)<\/script>/.exec(page)[1]);
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const questions = faqs[DEFAULT_ARTICLE];
const declaration = (tag) => manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);

/** Every control under Settings and Look: id, accessible name (label or aria-label), description, kind. */
function controls() {
  const text = (node) => node.textContent.replace(/\s+/g, ' ').trim();
  const describedBy = (control) => (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  const fields = [...document.querySelectorAll('#settings .field')].filter(
    (field) => field.id || field.querySelector('[id^="setting-"], [id^="property-"]')
  );
  return fields.flatMap((field) => {
    const all = field.localName === 'fieldset' ? [field] : [...field.querySelectorAll(':is(input, select)[id]')];
    return all.map((control) => ({
      id: control.id,
      name:
        control.localName === 'fieldset'
          ? text(control.querySelector('legend'))
          : (control.getAttribute('aria-label') ?? [...control.labels].map(text).join(' ')),
      description: describedBy(control)
        .map((id) => text(document.getElementById(id)))
        .join(' '),
      type: control.type,
      group: text(field.closest('.group').querySelector('h3')),
      codeName: text(field.querySelector('.code-name')),
      options:
        control.localName === 'select' ? [...control.options].map((option) => [option.value, text(option)]) : undefined,
    }));
  });
}

export function pageTests(env) {
  const url = () => `${env.server.origin}/dist/builder/index.html`;
  let builder;
  before(async () => {
    builder = await openBuilder(env.engine, url());
  });
  after(() => builder?.close());

  test('offers each element by what it shows, and each setting in plain words under its group, the attribute name as small print', async () => {
    const offered = await builder.evaluate(() =>
      [...document.getElementById('element').options].map((o) => [o.value, o.textContent])
    );
    assert.deepEqual(
      offered,
      shipped.elements.map((e) => [e.tag, ELEMENT_LABELS[e.tag]])
    );
    assert.ok(offered.some(([, label]) => label === 'Questions and answers'));
    for (const [tag] of offered) {
      await builder.evaluate(configure, {tag});
      const summary = await builder.evaluate(() => document.getElementById('element-summary').textContent);
      assert.equal(summary, ELEMENT_DESCRIPTIONS[tag], `${tag}: what a visitor sees, under the picker`);
      const found = new Map((await builder.evaluate(controls)).map((c) => [c.id, c]));
      for (const attribute of declaration(tag).attributes) {
        const setting = SETTINGS[attribute.name];
        const control = found.get(`setting-${attribute.name}`);
        assert.ok(control, `${tag}: no control for ${attribute.name}`);
        assert.equal(control.name, setting.label, `${tag} ${attribute.name}: label`);
        assert.equal(control.group, setting.group, `${tag} ${attribute.name}: group`);
        assert.ok(control.description.startsWith(setting.help), `${tag} ${attribute.name}: help`);
        assert.equal(
          control.codeName,
          `In the code: ${attribute.name}`,
          `${tag} ${attribute.name}: its name for developers`
        );
        // Choices in words: every keyword the element takes, and nothing it does not.
        if (setting.choices && control.options)
          for (const [value, words] of Object.entries(setting.choices))
            assert.ok(
              control.options.some(([v, text]) => v === value && text === words),
              `${attribute.name} ${value}`
            );
      }
      for (const property of declaration(tag).cssProperties) {
        const id = `property-${property.name.slice(2)}`;
        const control = found.get(`${id}-set`) ?? found.get(id);
        assert.ok(control, `${tag}: no control for ${property.name}`);
        assert.ok(!control.name.includes('--'), `${tag} ${property.name} is named in words: "${control.name}"`);
        assert.equal(control.group, 'Look', property.name);
        assert.equal(control.codeName, `In the code: ${property.name}`);
        if (found.has(`${id}-set`)) assert.equal(found.get(id).type, 'color', `${property.name} is picked as a colour`);
      }
      // The groups in the declaration's order, each heading shown once.
      const headings = await builder.evaluate(() =>
        [...document.querySelectorAll('#settings h3')].map((h) => h.textContent)
      );
      assert.deepEqual(
        headings,
        SETTING_GROUPS.filter((group) => headings.includes(group))
      );
    }
    await builder.evaluate(configure, {tag: 'sensiq-faq'});
    const names = new Map((await builder.evaluate(controls)).map((c) => [c.id, c.name]));
    assert.equal(names.get('property-sensiq-muted-text-set'), 'Secondary text colour');
    assert.equal(names.get('property-sensiq-accent-set'), 'Accent (links and button)');
    assert.equal(names.get('setting-cta-href'), 'Button link');
  });

  test("offers the FAQ's questions as a checklist in the article's order, the ticked ones reordered by keyboard alone and announced", async () => {
    const page = await openBuilder(env.engine, url());
    await page.evaluate(configure, {tag: 'sensiq-faq'});
    const checklist = await page.evaluate(() =>
      [...document.querySelectorAll('#setting-questions input[type="checkbox"]')].map((box) => [
        box.value,
        box.labels[0].textContent,
      ])
    );
    assert.deepEqual(
      checklist,
      questions.map((q) => [q.id, q.heading])
    );
    // Ticked by keyboard: the fifth question, then the second.
    await page.evaluate(() => document.getElementById('setting-questions-4').focus());
    await page.press('Space');
    await page.evaluate(() => document.getElementById('setting-questions-1').focus());
    await page.press('Space');
    await page.evaluate(settled);
    const previewed = () =>
      page.evaluate(() =>
        [...document.querySelector('#preview-frame sensiq-faq').shadowRoot.querySelectorAll('[part~="question"]')].map(
          (b) => b.id
        )
      );
    assert.deepEqual(await previewed(), [`q-${questions[4].id}`, `q-${questions[1].id}`]);
    // "Open when the page loads" offers the ticked questions only.
    assert.deepEqual(
      await page.evaluate(() => [...document.getElementById('setting-open').options].map((o) => o.value)),
      ['', 'all', questions[1].id, questions[4].id]
    );
    // Move the second one up, by keyboard: Tab to its Move up button and press Enter.
    await page.evaluate(() => document.getElementById('setting-questions-8').focus());
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    for (let presses = 0; presses < 6 && (await focused()) !== `Move up: ${questions[1].heading}`; presses++)
      await page.press('Tab');
    assert.equal(await focused(), `Move up: ${questions[1].heading}`);
    await page.press('Enter');
    await page.evaluate(settled);
    assert.deepEqual(await previewed(), [`q-${questions[1].id}`, `q-${questions[4].id}`]);
    const after = await page.evaluate(() => ({
      status: document.getElementById('setting-questions-status').textContent,
      role: document.getElementById('setting-questions-status').getAttribute('role'),
      focus: document.activeElement.getAttribute('aria-label'),
      code: document.getElementById('code').value,
    }));
    assert.equal(after.status, `${questions[1].heading}: now 1 of 2.`);
    assert.equal(after.role, 'status');
    // At the top it cannot move up: focus stays on the question moved, on the button it can use.
    assert.equal(after.focus, `Move down: ${questions[1].heading}`);
    assert.match(after.code, new RegExp(`questions="${questions[1].id},${questions[4].id}"`));
    await page.close();
  });

  test('passes axe with no violation: each element, a dark page at phone width, and with a warning shown', async () => {
    await builder.addScript(AXE);
    const violations = async (state) => {
      await builder.evaluate(configure, state);
      const found = await builder.evaluate(
        async () => (await window.axe.run(document, {resultTypes: ['violations']})).violations
      );
      return found.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    };
    for (const element of shipped.elements) assert.deepEqual(await violations({tag: element.tag}), [], element.tag);
    await builder.evaluate(() => {
      document.querySelector('input[name="preview-page"][value="dark"]').click();
      document.querySelector('input[name="preview-width"][value="phone"]').click();
    });
    assert.deepEqual(
      await violations({tag: 'sensiq-faq', attributes: {limit: 'three'}, properties: {'--sensiq-accent': '#6cbcec'}}),
      []
    );
    // The questions' order list, a refused value from a link and a contrast note.
    assert.deepEqual(
      await violations({
        tag: 'sensiq-faq',
        attributes: {questions: `${questions[2].id},${questions[0].id}`, open: 'nope', nope: 'x'},
        properties: {'--sensiq-text': '#f5f5f5'},
      }),
      []
    );
    await builder.evaluate(() => {
      document.querySelector('input[name="preview-page"][value="light"]').click();
      document.querySelector('input[name="preview-width"][value="desktop"]').click();
    });
  });

  test("shows the element's own warning next to a setting it refuses, and clears it once the value is valid", async () => {
    const warning = (name) =>
      builder.evaluate((name) => {
        const shown = document.getElementById(`setting-${name}-warning`);
        return {
          text: shown.hidden ? '' : shown.textContent,
          invalid: document.getElementById(`setting-${name}`).getAttribute('aria-invalid'),
        };
      }, name);
    // What the element itself says on a plain page.
    const plain = await env.engine.newPage();
    env.server.pages['/plain-warnings.html'] = {
      body: hostPage(
        moduleScript('/dist/sensiq.js'),
        '<sensiq-faq limit="3x"></sensiq-faq><sensiq-red-flags emergency-number="call 112"></sensiq-red-flags>'
      ),
    };
    await plain.goto(`${env.server.origin}/plain-warnings.html`);
    await plain.waitFor(() => document.querySelector('sensiq-red-flags')?.shadowRoot?.querySelector('h2'));
    const said = plain.messages('warn');
    await plain.close();

    await builder.evaluate(configure, {tag: 'sensiq-faq', attributes: {limit: '3x'}});
    const limit = await warning('limit');
    assert.deepEqual(limit, {text: said.find((w) => w.includes('limit=')), invalid: 'true'});
    assert.match(limit.text, /^\[SensIQ\] <sensiq-faq> limit="3x" is not valid: use a whole number from 1/);
    await builder.evaluate(configure, {tag: 'sensiq-faq', attributes: {limit: '3'}});
    assert.deepEqual(await warning('limit'), {text: '', invalid: null});

    await builder.evaluate(configure, {tag: 'sensiq-red-flags', attributes: {'emergency-number': 'call 112'}});
    assert.deepEqual(await warning('emergency-number'), {
      text: said.find((w) => w.includes('emergency-number=')),
      invalid: 'true',
    });
    assert.equal(said.length, 2);

    // Typed, the emergency number is checked at each keystroke.
    await builder.evaluate(configure, {tag: 'sensiq-red-flags'});
    await builder.evaluate(() => document.getElementById('setting-emergency-number').focus());
    await builder.type('112x');
    await builder.evaluate(settled);
    assert.match(
      (await warning('emergency-number')).text,
      /^\[SensIQ\] <sensiq-red-flags> emergency-number="112x" is not valid/
    );
    await builder.press('Backspace');
    await builder.evaluate(settled);
    assert.deepEqual(await warning('emergency-number'), {text: '', invalid: null});
  });

  test('works by keyboard alone: Tab reaches every control in order, keys change settings, Enter copies', async () => {
    const page = await openBuilder(env.engine, url());
    const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
    const visited = [];
    const tabTo = async (id) => {
      for (let presses = 0; presses < 200; presses++) {
        await page.press('Tab');
        const now = await focused();
        visited.push(now);
        if (now === id) return;
      }
      assert.fail(`Tab never reached #${id}: ${visited.join(' ')}`);
    };
    await tabTo('setting-limit');
    await page.type('2');
    await tabTo('setting-searchable');
    await page.press('Space');
    await tabTo('setting-theme');
    await page.press('ArrowDown'); // page
    await page.press('ArrowDown'); // light
    await tabTo('format');
    await page.press('ArrowDown'); // WordPress shortcode
    await tabTo('copy');
    await page.waitFor(idle);
    await page.press('Enter');
    await page.waitFor(() => document.getElementById('copy-status').textContent === 'Copied');
    assert.equal(
      await page.evaluate(() => navigator.clipboard.readText()),
      '[sensiq_faq limit="2" searchable theme="light"]'
    );
    // ...and the link to this setup, which opens the same setup.
    await tabTo('copy-link');
    await page.press('Enter');
    await page.waitFor(() => document.getElementById('copy-link-status').textContent === 'Link copied');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(new URL(link).hash, '#element=sensiq-faq&limit=2&searchable&theme=light&format=shortcode');

    // Every control was on the way, in the page's order (the preview's own buttons and links between them).
    const order = await page.evaluate(() =>
      [...document.querySelectorAll('main :is(input, select, textarea, button)')]
        .filter((c) => !c.disabled && c.type !== 'radio' && c.id)
        .map((c) => c.id)
    );
    const reached = visited.filter((id) => order.includes(id));
    assert.deepEqual([...new Set(reached)], order.slice(order.indexOf('element')));
    await page.close();
  });

  test('copies the code and says "Copied" in a status message, cleared when the code changes', async () => {
    const copied = await copiedCode(builder, {tag: 'sensiq-takeaways', attributes: {limit: '2'}});
    assert.match(
      copied,
      /<sensiq-takeaways limit="2">\n {2}<p>A health article from SensIQ: <a href="https:\/\/[^"]+">[^<]+<\/a><\/p>\n<\/sensiq-takeaways>$/
    );
    const status = await builder.evaluate(() => {
      const element = document.getElementById('copy-status');
      return {role: element.getAttribute('role'), text: element.textContent, visible: element.checkVisibility()};
    });
    assert.deepEqual(status, {role: 'status', text: 'Copied', visible: true});
    await builder.evaluate(configure, {tag: 'sensiq-takeaways', attributes: {limit: '3'}});
    assert.equal(await builder.evaluate(() => document.getElementById('copy-status').textContent), '');
  });

  test('hands out script URLs from the folder the builder is served from', async () => {
    await builder.evaluate(configure, {tag: 'sensiq-faq'});
    assert.match(
      await builder.evaluate(() => document.getElementById('code').value),
      new RegExp(`src="${env.server.origin}/dist/components/sensiq-faq\\.standalone\\.js"`)
    );
    // Served from this computer (as by npm start), the page says the code works only here.
    const local = await builder.evaluate(() => {
      const note = document.getElementById('scripts-local');
      return note.checkVisibility() && note.textContent.replace(/\s+/g, ' ').trim();
    });
    assert.match(local || '', /^That folder is on this computer: code copied here works only here\./);
    // dist/ alone at the root of another origin, as on a CDN.
    const cdn = await startServer({root: 'dist'});
    const elsewhere = await openBuilder(env.engine, `${cdn.origin}/builder/index.html`);
    const code = await elsewhere.evaluate(configure, {tag: 'sensiq-faq', format: 'shopify'});
    assert.deepEqual(code.split('\n').slice(0, 2), [
      `<link rel="stylesheet" href="${cdn.origin}/reserve.css">`,
      `<script type="module" async src="${cdn.origin}/components/sensiq-faq.standalone.js"></script>`,
    ]);
    const script = await elsewhere.evaluate(configure, {tag: 'sensiq-faq', format: 'script'});
    assert.deepEqual(script.split('\n').slice(0, 2), [
      `<link rel="stylesheet" href="${cdn.origin}/reserve.css">`,
      `<script type="module" async src="${cdn.origin}/components/sensiq-faq.standalone.js"></script>`,
    ]);
    // The WordPress guide's download link: the plugin zip built beside the elements.
    const zip = await elsewhere.evaluate(async () => {
      const select = document.getElementById('format');
      select.value = 'shortcode';
      select.dispatchEvent(new Event('change', {bubbles: true}));
      const link = document.querySelector('#format-guide a[download]');
      const response = await fetch(link.href);
      return {
        href: link.href,
        status: response.status,
        steps: document.querySelectorAll('#format-guide ol > li').length,
      };
    });
    assert.deepEqual(zip, {href: `${cdn.origin}/wordpress/sensiq-embed.zip`, status: 200, steps: 4});
    await elsewhere.close();
    await cdn.close();
  });

  test('previews the element on a light or dark page with its text colour, at phone and desktop widths, in the chosen look', async () => {
    const look = () =>
      builder.evaluate(() => {
        const stage = document.querySelector('.stage');
        const element = document.querySelector('#preview-frame > *');
        const cta = element.shadowRoot.querySelector('[part~="cta"]');
        return {
          page: [getComputedStyle(stage).backgroundColor, getComputedStyle(stage).color],
          text: getComputedStyle(element).color,
          width: element.getBoundingClientRect().width,
          font: getComputedStyle(element.shadowRoot.querySelector('li') ?? element).fontFamily,
          theme: element.getAttribute('data-sensiq-theme'),
          cta: cta && getComputedStyle(cta).backgroundColor,
        };
      });
    const choose = (name, value) =>
      builder.evaluate(
        ([name, value]) => document.querySelector(`input[name="${name}"][value="${value}"]`).click(),
        [name, value]
      );
    await builder.evaluate(configure, {tag: 'sensiq-takeaways'});
    const light = await look();
    assert.deepEqual(light.page, ['rgb(255, 255, 255)', 'rgb(29, 35, 41)']);
    assert.equal(light.text, light.page[1], 'with no theme the element takes the page text colour');
    assert.ok(light.width > 390, `desktop width ${light.width}`);
    // The element is drawn in the host's font: the preview offers the kinds sites use.
    assert.match(light.font, /^Arial/);
    await choose('preview-font', 'serif');
    assert.match((await look()).font, /^Georgia/);
    await choose('preview-font', 'sans');

    await choose('preview-page', 'dark');
    await choose('preview-width', 'phone');
    const dark = await look();
    assert.deepEqual(dark.page, ['rgb(20, 24, 29)', 'rgb(232, 236, 240)']);
    assert.equal(dark.text, dark.page[1]);
    assert.equal(dark.width, 390);
    await choose('preview-width', 'tablet');
    const room = await builder.evaluate(() => document.getElementById('preview-frame').parentElement.clientWidth - 40);
    assert.equal((await look()).width, Math.min(768, room), 'tablet: 768 px, or the room there is');
    await choose('preview-width', 'phone');

    await builder.evaluate(configure, {
      tag: 'sensiq-takeaways',
      attributes: {theme: 'light', 'cta-href': 'https://shop.example/'},
      properties: {'--sensiq-accent': '#aa3300'},
    });
    const themed = await look();
    assert.equal(themed.theme, 'light');
    assert.equal(themed.cta, 'rgb(170, 51, 0)');

    // Picking a colour is enough: it ticks the property's checkbox and the preview takes it at once.
    await builder.evaluate(configure, {
      tag: 'sensiq-takeaways',
      attributes: {theme: 'light', 'cta-href': 'https://shop.example/'},
    });
    assert.equal((await look()).cta, 'rgb(11, 95, 138)', "the light theme's own accent once the property is cleared");
    await builder.evaluate(() => {
      const picker = document.getElementById('property-sensiq-accent');
      picker.value = '#116633';
      picker.dispatchEvent(new Event('input', {bubbles: true}));
    });
    await builder.waitFor(idle);
    assert.equal(await builder.evaluate(() => document.getElementById('property-sensiq-accent-set').checked), true);
    assert.equal((await look()).cta, 'rgb(17, 102, 51)');
    await choose('preview-page', 'light');
    await choose('preview-width', 'desktop');
  });

  test('keeps the setup in the page address: it survives a reload, back and forward, and opens from a copied link', async () => {
    const page = await openBuilder(env.engine, url());
    await page.evaluate(configure, {tag: 'sensiq-takeaways'});
    // As a person would: type in a field, tick a box, pick a choice.
    await page.evaluate(() => {
      const fire = (element, type) => element.dispatchEvent(new Event(type, {bubbles: true}));
      const limit = document.getElementById('setting-limit');
      limit.value = '2';
      fire(limit, 'input');
      const theme = document.getElementById('setting-theme');
      theme.value = 'dark';
      fire(theme, 'change');
    });
    await page.evaluate(settled);
    const state = () =>
      page.evaluate(() => ({
        hash: location.hash,
        limit: document.getElementById('setting-limit').value,
        theme: document.getElementById('setting-theme').value,
        code: document.getElementById('code').value,
        items: document.querySelector('#preview-frame sensiq-takeaways').shadowRoot.querySelectorAll('li').length,
      }));
    const chosen = await state();
    assert.equal(chosen.hash, '#element=sensiq-takeaways&limit=2&theme=dark&format=script');
    assert.equal(chosen.items, 2);
    assert.match(chosen.code, /<sensiq-takeaways limit="2" theme="dark">/);

    await page.raw.reload();
    await page.waitFor(idle);
    assert.deepEqual(await state(), chosen, 'after a reload');

    await page.goBack();
    await page.evaluate(settled);
    const before = await state();
    assert.equal(before.theme, '', 'back: the theme chosen last is undone');
    assert.equal(before.limit, '2');
    await page.goForward();
    await page.evaluate(settled);
    assert.deepEqual(await state(), chosen, 'forward again');

    await page.click('#copy-link');
    await page.waitFor(() => document.getElementById('copy-link-status').textContent === 'Link copied');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const colleague = await openBuilder(env.engine, link);
    assert.deepEqual(await colleague.evaluate(() => document.getElementById('code').value), chosen.code);
    await colleague.close();
    await page.close();
  });

  test('a hostile link is refused: each value the element will not take shows its own warning by the field, and nothing runs', async () => {
    const hostile = new URLSearchParams({
      element: 'sensiq-faq',
      limit: '<img src=x onerror="window.__pwned=1">',
      open: '"><script>window.__pwned=2</script>',
      'cta-href': 'javascript:window.__pwned=3',
      onclick: 'window.__pwned=4',
      '--sensiq-accent': 'red;}body{background:url(javascript:x)',
    });
    const page = await openBuilder(env.engine, `${url()}#${hostile}`);
    const shown = await page.evaluate(() => {
      const warning = (id) => {
        const element = document.getElementById(`${id}-warning`);
        return element.hidden ? '' : element.textContent;
      };
      const all = [document, ...[...document.querySelectorAll('*')].map((e) => e.shadowRoot).filter(Boolean)];
      return {
        limit: warning('setting-limit'),
        open: warning('setting-open'),
        href: warning('setting-cta-href'),
        accent: warning('property-sensiq-accent-set'),
        others: document.getElementById('preview-warnings').textContent,
        pwned: window.__pwned ?? null,
        dangerous: all.flatMap((root) => [...root.querySelectorAll('img, script:not([src]):not([type])')]).length,
        preview: [...document.querySelector('#preview-frame sensiq-faq').attributes].map((a) => a.name),
      };
    });
    assert.match(shown.limit, /^\[SensIQ\] <sensiq-faq> limit=".*" is not valid: use a whole number/);
    assert.match(shown.open, /^\[SensIQ\] <sensiq-faq> open=/);
    assert.match(shown.href, /^\[SensIQ\] <sensiq-faq> cta-href=/);
    assert.match(shown.accent, /^Not used from the link: /);
    assert.match(shown.others, /has no setting "onclick"/);
    assert.equal(shown.pwned, null);
    assert.equal(shown.dangerous, 0);
    assert.ok(!shown.preview.includes('onclick') && !shown.preview.includes('style'), shown.preview.join(' '));
    await page.close();
  });

  test('settings do not carry over to another element; Reset clears the element', async () => {
    const page = await openBuilder(env.engine, url());
    await page.evaluate(configure, {tag: 'sensiq-takeaways', attributes: {limit: '2', theme: 'dark'}});
    await page.evaluate(() => {
      const select = document.getElementById('element');
      select.value = 'sensiq-faq';
      select.dispatchEvent(new Event('change', {bubbles: true}));
    });
    await page.evaluate(settled);
    const faq = await page.evaluate(() => ({
      limit: document.getElementById('setting-limit').value,
      theme: document.getElementById('setting-theme').value,
      hash: location.hash,
      questions: document.querySelector('#preview-frame sensiq-faq').shadowRoot.querySelectorAll('[part~="item"]')
        .length,
    }));
    // How many to show is the takeaways' own list; the colours apply to both.
    assert.deepEqual(faq, {
      limit: '',
      theme: 'dark',
      hash: '#element=sensiq-faq&theme=dark&format=script',
      questions: questions.length,
    });
    await page.click('#reset');
    await page.evaluate(settled);
    assert.deepEqual(
      await page.evaluate(() => ({theme: document.getElementById('setting-theme').value, hash: location.hash})),
      {theme: '', hash: '#element=sensiq-faq&format=script'}
    );
    await page.close();
  });

  test('a colour with too little contrast shows its ratio by the field and a plain note over the code, which is still handed out', async () => {
    const note = () =>
      builder.evaluate(() => {
        const text = (id) => {
          const element = document.getElementById(id);
          return element.hidden ? '' : element.textContent;
        };
        return {
          text: text('property-sensiq-text-contrast'),
          accent: text('property-sensiq-accent-contrast'),
          code: text('code-note'),
          handedOut: document.getElementById('code').value.includes('<sensiq-faq'),
        };
      });
    await builder.evaluate(configure, {tag: 'sensiq-faq', properties: {'--sensiq-text': '#f5f5f5'}});
    const pale = await note();
    assert.match(pale.text, /^Too little contrast: 1\.0\d:1 on the light page for text \(needs 4\.5:1\)\.$/);
    assert.match(pale.code, /^Below WCAG AA contrast: Text colour has 1\.0\d:1 on the light page/);
    assert.ok(pale.handedOut);

    await builder.evaluate(configure, {tag: 'sensiq-faq', properties: {'--sensiq-accent': '#e0457b'}});
    const accent = await note();
    assert.match(accent.accent, /3\.96:1 on the light page for text \(needs 4\.5:1\)/);
    assert.match(accent.code, /Accent \(links and button\) has 3\.96:1 on the light page/);
    // In the dark theme the element paints its own dark card: the same pale text passes there.
    await builder.evaluate(configure, {
      tag: 'sensiq-faq',
      attributes: {theme: 'dark'},
      properties: {'--sensiq-text': '#f5f5f5'},
    });
    const themed = await note();
    assert.match(themed.text, /^Contrast: \d+\.\d\d:1 in the dark theme \(meets WCAG AA\)\.$/);
    assert.equal(themed.code, '');
  });

  test('nothing scrolls sideways at 320 px, with the questions ordered and a warning shown', async () => {
    const page = await openBuilder(
      env.engine,
      `${url()}#element=sensiq-faq&questions=${questions[3].id},${questions[1].id}&limit=x&--sensiq-text=%23f5f5f5`,
      {width: 320}
    );
    const size = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      view: document.documentElement.clientWidth,
      window: window.innerWidth,
    }));
    assert.equal(size.window, 320);
    // clientWidth: the window less a classic scrollbar, where the engine draws one (Firefox).
    assert.ok(size.view > 300 && size.view <= 320, `${size.view} px`);
    assert.equal(size.page, size.view, 'nothing is wider than the window');
    await page.close();
  });
}
