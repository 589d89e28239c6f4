// The builder page itself: its controls come from the manifest, it passes axe, it works by keyboard alone,
// it shows the elements' own warnings, it previews on light and dark pages at two widths, it copies, and it
// hands out script URLs from wherever it is served.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {startServer} from '../helpers/server.mjs';
import {hostPage, moduleScript} from '../helpers/embed.mjs';
import {configure, copiedCode, idle, openBuilder} from './driver.mjs';

const AXE = 'node_modules/axe-core/axe.min.js';
const page = readFileSync('dist/builder/index.html', 'utf8');
const shipped = JSON.parse(/id="sensiq-builder-data">([^<]*)<\/script>/.exec(page)[1]);
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const declaration = (tag) => manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);

/** Every control under Settings and Look: id, accessible name (label or aria-label), description, kind. */
function controls() {
  const text = (node) => node.textContent.replace(/\s+/g, ' ').trim();
  const describedBy = (control) => (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return [...document.querySelectorAll('#settings :is(input, select), #look :is(input, select)')].map((control) => ({
    id: control.id,
    name: control.getAttribute('aria-label') ?? [...control.labels].map(text).join(' '),
    description: describedBy(control)
      .map((id) => text(document.getElementById(id)))
      .join(' '),
    type: control.type,
    options: control.localName === 'select' ? [...control.options].map((option) => option.value) : undefined,
  }));
}

export function pageTests(env) {
  const url = () => `${env.server.origin}/dist/builder/index.html`;
  let builder;
  before(async () => {
    builder = await openBuilder(env.engine, url());
  });
  after(() => builder?.close());

  test('offers each content element, with one control per documented attribute and custom property, named by it and described as the manifest describes it', async () => {
    const offered = await builder.evaluate(() => [...document.getElementById('element').options].map((o) => o.value));
    assert.deepEqual(
      offered,
      shipped.elements.map((e) => e.tag)
    );
    for (const tag of offered) {
      await builder.evaluate(configure, {tag});
      const found = new Map((await builder.evaluate(controls)).map((c) => [c.id, c]));
      for (const attribute of declaration(tag).attributes) {
        const control = found.get(`setting-${attribute.name}`);
        assert.ok(control, `${tag}: no control for ${attribute.name}`);
        assert.equal(control.name, attribute.name, `${tag} ${attribute.name}: accessible name`);
        assert.ok(
          control.description.startsWith(attribute.description.replace(/\s+/g, ' ').replaceAll('`', '')),
          `${tag} ${attribute.name}: description`
        );
        const type = attribute.type.text.replace(/ \| undefined/, '');
        if (type === 'boolean') assert.equal(control.type, 'checkbox', attribute.name);
        else if (type.startsWith("'"))
          assert.deepEqual(control.options, ['', ...type.split(' | ').map((v) => v.slice(1, -1))], attribute.name);
        else assert.equal(control.type, 'text', attribute.name);
      }
      for (const property of declaration(tag).cssProperties) {
        const id = `property-${property.name.slice(2)}`;
        const control = found.get(`${id}-set`) ?? found.get(id);
        assert.ok(control, `${tag}: no control for ${property.name}`);
        assert.equal(control.name, property.name, `${tag} ${property.name}: accessible name`);
        assert.ok(
          control.description.startsWith(property.description.replace(/\s+/g, ' ')),
          `${tag} ${property.name}: description`
        );
        if (found.has(`${id}-set`)) assert.equal(found.get(id).type, 'color', `${property.name} is picked as a colour`);
      }
    }
  });

  test("offers the FAQ's question ids to pick for questions and open", async () => {
    await builder.evaluate(configure, {tag: 'sensiq-faq'});
    const picks = await builder.evaluate(() => ({
      questions: [...document.getElementById('setting-questions-pick').options].map((o) => o.value),
      open: [...document.getElementById('setting-open').list.options].map((o) => o.value),
    }));
    const ids = shipped.elements
      .find((e) => e.tag === 'sensiq-faq')
      .attributes.find((a) => a.name === 'questions')
      .choices.map((c) => c.value);
    assert.deepEqual(picks, {questions: ids, open: ['all', ...ids]});
    // Adding two picks writes them comma-separated, and the preview shows just those, in that order.
    await builder.evaluate(() => {
      const pick = document.getElementById('setting-questions-pick');
      const add = pick.nextElementSibling;
      pick.selectedIndex = 4;
      add.click();
      pick.selectedIndex = 1;
      add.click();
    });
    await builder.waitFor(idle);
    const shown = await builder.evaluate(() => ({
      value: document.getElementById('setting-questions').value,
      previewed: [
        ...document.querySelector('#preview-frame sensiq-faq').shadowRoot.querySelectorAll('[part~="question"]'),
      ].map((b) => b.id),
    }));
    assert.deepEqual(shown, {value: `${ids[4]},${ids[1]}`, previewed: [`q-${ids[4]}`, `q-${ids[1]}`]});
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
  });

  test('works by keyboard alone: Tab reaches every control in order, keys change settings, Enter copies', async () => {
    const page = await openBuilder(env.engine, url());
    const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
    const visited = [];
    const tabTo = async (id) => {
      for (let presses = 0; presses < 120; presses++) {
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
      new RegExp(`src="${env.server.origin}/dist/loader\\.js"`)
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
      `<script type="module" src="${cdn.origin}/loader.js"></script>`,
    ]);
    const script = await elsewhere.evaluate(configure, {tag: 'sensiq-faq', format: 'script'});
    assert.deepEqual(script.split('\n').slice(0, 2), [
      `<link rel="stylesheet" href="${cdn.origin}/reserve.css">`,
      `<script type="module" src="${cdn.origin}/loader.js"></script>`,
    ]);
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

    await choose('preview-page', 'dark');
    await choose('preview-width', 'phone');
    const dark = await look();
    assert.deepEqual(dark.page, ['rgb(20, 24, 29)', 'rgb(232, 236, 240)']);
    assert.equal(dark.text, dark.page[1]);
    assert.equal(dark.width, 390);

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
}
