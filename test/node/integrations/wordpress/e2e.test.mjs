// The WordPress plugin on real WordPress (Debian's package, MariaDB, PHP's built-in server): installed from its
// zip through wp-admin, used by an Author (no unfiltered_html), the published post opened in Chromium.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {Client, WordPressSite, htmlValue} from '../../helpers/wordpress.mjs';
import {launchChromium, openPage} from '../../helpers/browser.mjs';
import {faqId, shownElements, waitForElements} from '../../helpers/elements.mjs';
import {
  assertTakenOverInPlace,
  faqAsSeen,
  loadOnPhone,
  questionIdsInHtml,
  withoutJavaScript,
} from '../server-render/page-checks.mjs';
import {hostAttributes} from '../server-render/runners.mjs';
import {SOURCE_PATH, sourceFaq, sourceTakeaways} from '../../../../build/test/helpers/source.js';

const ZIP = 'dist/wordpress/sensiq-embed.zip';
const source = readFileSync(SOURCE_PATH, 'utf8');
const questions = sourceFaq(source).map((faq) => faq.question);
const takeaways = sourceTakeaways(source);
const SCOPE = '.wp-site-blocks'; // the theme's page body
// Where to save screenshots of the block sidebar and the published notice, to look at (none when unset).
const SCREENSHOTS = process.env.SENSIQ_SCREENSHOTS;

const author = {username: 'alex', password: 'Auth0r-pass-for-tests', email: 'alex@example.test', roles: ['author']};

// What the Author writes in the post, as HTML (the block editor's Custom HTML and Shortcode blocks save the same).
const POST = `<p>Hip and leg pain around menopause: what our readers ask.</p>
[sensiq_takeaways limit="2" heading-level="3"]
<div data-sensiq="faq" data-limit="3"></div>
<script>document.title = "scripted by the author";</script>
<sensiq-faq limit="1"></sensiq-faq>
[sensiq_faq questions="${faqId(questions[4])},${faqId(questions[1])}" heading-level="4" searchable]
[sensiq_red_flags heading_level="3" emergency-number="112"]`;

const HOSTILE = `[sensiq_faq questions='x" onmouseover="alert(1)' limit="<b>2</b>" onclick="alert(2)" bogus="1"]
[sensiq_article cta-href="javascript:alert(3)" cta-label="Buy" heading-level="2"]`;

// Content in the HTML: an FAQ above the post's text, by shortcode and by block, with settings away from the defaults.
const TEXT = Array.from(
  {length: 12},
  (_, i) =>
    `<p>Paragraph ${i + 1} of the post: what our readers told us about hip and leg pain, and what helped them sleep through the night again.</p>`
).join('\n');
const CHOSEN = {shortcode: [3, 0, 6], block: [1, 4]};
const SERVER = `[sensiq_faq questions="${CHOSEN.shortcode.map((i) => faqId(questions[i])).join(',')}" heading-level="3" theme="light"]
${TEXT}`;
const BLOCK = `<!-- wp:sensiq/faq {"questions":${JSON.stringify(CHOSEN.block.map((i) => faqId(questions[i])))},"heading-level":"4","searchable":true} /-->
${TEXT}`;
// Bad input: values that are not valid and a setting the element does not have, by shortcode; by block, values
// of the right type that are still wrong (the block editor's own type check drops the others).
const INVALID = `[sensiq_faq heading-level="9" theme="neon" limit="2" colour="chartreuse"]`;
const INVALID_BLOCK = `<!-- wp:sensiq/faq {"limit":"lots","questions":["no-such-question"],"heading-level":"3"} /-->`;

const CLINIC = `[sensiq_takeaways]
<div data-sensiq="takeaways"></div>
[sensiq_takeaways no-promo="false"]`;

let site;
let authorClient;
let browser;
let posts;
const started = Date.now();

before(
  async () => {
    site = new WordPressSite();
    await site.startWithPlugin(ZIP);
    const contents = {
      main: POST,
      hostile: HOSTILE,
      clinic: CLINIC,
      server: SERVER,
      block: BLOCK,
      invalid: INVALID,
      invalidBlock: INVALID_BLOCK,
      article: '<!-- wp:sensiq/article /-->',
    };
    ({client: authorClient, posts} = await site.publishAs(author, contents));
    browser = await launchChromium();
  },
  {timeout: 240_000}
);

after(async () => {
  await browser?.close();
  await site?.stop();
  console.log(`WordPress end-to-end: ${((Date.now() - started) / 1000).toFixed(1)} s, servers stopped`);
});

/** Opens a post in Chromium once every SensIQ element in it has rendered and no placeholder is left. */
async function openPost(post) {
  const opened = await openPage(browser, post.link);
  await waitForElements(opened.page, SCOPE);
  const dialogs = [];
  opened.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss();
  });
  return {...opened, dialogs};
}

const shown = (page) => shownElements(page, SCOPE);

test("WordPress strips an Author's <script> and <sensiq-faq> on save but keeps the data-sensiq placeholder", async () => {
  const saved = await authorClient.rest('GET', `/wp/v2/posts/${posts.main.id}?context=edit`);
  const raw = saved.content.raw;
  assert.doesNotMatch(raw, /<script/i);
  assert.doesNotMatch(raw, /<sensiq-faq/i);
  assert.match(raw, /<div data-sensiq="faq" data-limit="3"><\/div>/);
  assert.match(raw, /\[sensiq_takeaways limit="2" heading-level="3"\]/);
});

test('the loader is one module script from the plugin, only on pages that show SensIQ content', async () => {
  const html = await site.client.page(new URL(posts.main.link).pathname);
  const loaders = html.match(/<script\b[^>]*sensiq-embed\/assets\/loader\.js[^>]*>/g) ?? [];
  assert.equal(loaders.length, 1, html.slice(0, 2000));
  assert.match(loaders[0], /type="module"/);
  assert.doesNotMatch(loaders[0], /text\/javascript/);
  // The only script of ours: server-rendered elements replace the server's markup themselves.
  assert.deepEqual(html.match(/<script\b[^>]*sensiq-embed\/assets\/[^>]*>/g), loaders);

  const {link} = await site.client.rest('GET', '/wp/v2/posts/1'); // WordPress's own "Hello world!" post
  const hello = await site.client.page(new URL(link).pathname);
  assert.match(hello, /Hello world!/);
  assert.doesNotMatch(hello, /sensiq-embed\/assets/);
});

test("the Author's shortcodes and placeholder render as elements with their settings, with no console error", async () => {
  const {page, seen, dialogs} = await openPost(posts.main);
  const elements = await shown(page);
  assert.deepEqual(
    elements.map((e) => e.tag),
    ['sensiq-takeaways', 'sensiq-faq', 'sensiq-faq', 'sensiq-red-flags']
  );
  const [shortTakeaways, placeholderFaq, chosenFaq, redFlags] = elements;

  assert.equal(shortTakeaways.heading, 'h3');
  assert.deepEqual(shortTakeaways.items, takeaways.slice(0, 2));

  assert.deepEqual(placeholderFaq.attributes, {limit: '3'});
  assert.deepEqual(placeholderFaq.questions, questions.slice(0, 3));

  assert.equal(chosenFaq.heading, 'h4');
  assert.deepEqual(chosenFaq.questions, [questions[4], questions[1]]);
  assert.equal(chosenFaq.searchboxes, 1);

  assert.equal(redFlags.heading, 'h3', 'heading_level is read as heading-level');
  assert.match(redFlags.text, /112/);

  assert.equal(await page.title().then((title) => title.includes('scripted by the author')), false);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(seen, {errors: [], warnings: [], pageErrors: []});
  await page.close();
});

test('shortcode attributes are escaped, unknown ones are dropped, and only http(s) links pass', async () => {
  const {page, seen, dialogs} = await openPost(posts.hostile);
  const [faq, article] = await shown(page);
  // Neither value is valid: the server leaves both out and the element shows its defaults.
  assert.deepEqual(faq.attributes, {});
  assert.equal(faq.questions.length, questions.length);
  assert.equal(article.attributes['cta-href'], undefined);
  assert.equal(article.attributes['cta-label'], 'Buy');
  assert.ok(!article.links.some((href) => href.startsWith('javascript:')));
  await page.hover('sensiq-faq');
  assert.deepEqual(dialogs, []);
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(seen.pageErrors, []);
  await page.close();
});

for (const [key, level] of [
  ['shortcode', 'h3'],
  ['block', 'h4'],
]) {
  const post = () => posts[key === 'shortcode' ? 'server' : 'block'];
  const chosen = CHOSEN[key];

  test(`the ${key}'s FAQ is in the HTML WordPress sends: a declarative shadow root with exactly the chosen questions`, async () => {
    const html = await new Client(site.origin).page(new URL(post().link).pathname);
    assert.match(html, /<sensiq-faq [^>]*data-sensiq-theme="(light|page)"><template shadowrootmode="open"><style>/);
    assert.deepEqual(
      questionIdsInHtml(html),
      chosen.map((i) => faqId(questions[i]))
    );
    // Every chosen answer is in the HTML too, hidden until found (find-in-page opens it).
    for (const i of chosen)
      assert.match(
        html,
        new RegExp(`<div id="a-${faqId(questions[i])}" class="answer" part="answer" hidden="until-found"`)
      );
    assert.match(html, new RegExp(`<${level} part="heading"`));
  });

  test(`with JavaScript off, Chromium shows the ${key}'s chosen questions`, async () => {
    const {page, close} = await withoutJavaScript(browser, post().link);
    const seen = await faqAsSeen(page);
    assert.deepEqual(
      seen.questions,
      chosen.map((i) => questions[i])
    );
    assert.equal(seen.heading, level);
    assert.ok(await page.locator('sensiq-faq [part="question"]').first().isVisible());
    await close();
  });

  test(`on a phone at 4x CPU the ${key}'s FAQ above the post's text shifts nothing when its script takes over, and then opens on a click`, async () => {
    const loaded = await loadOnPhone(browser, post().link);
    const seen = await assertTakenOverInPlace(
      loaded,
      chosen.map((i) => questions[i])
    );
    assert.equal(seen.styles, 0, "the server's <style> went with its markup; the element's own styles apply");
    const {errors, close} = loaded;
    assert.deepEqual(errors, []);
    await close();
  });
}

test('an invalid setting: the default in the markup, never its text; a notice for administrators only', async () => {
  const path = new URL(posts.invalid.link).pathname;
  const visitor = await new Client(site.origin).page(path);
  assert.doesNotMatch(visitor, /neon|sensiq-embed-notice/);
  assert.match(visitor, /<sensiq-faq limit="2" data-sensiq-theme="page"><template shadowrootmode="open">/);
  assert.equal(questionIdsInHtml(visitor).length, 2);
  assert.match(visitor, /<h2 part="heading"/);
  assert.doesNotMatch(visitor, /colour|chartreuse/);
  const admin = await site.client.page(path);
  // A notice, not post text: a box with its own title, in words an editor knows, and its style sheet.
  assert.match(
    admin,
    /<div class="sensiq-embed-notice" role="note"><p class="sensiq-embed-notice-title">SensIQ Embed: settings to check<\/p><p>Questions and answers shows its defaults instead of these settings, which are not valid: Heading size in your page \(heading-level\), Colours \(theme\)\.<\/p><p>Questions and answers has no setting named colour, so it ignores it\.<\/p>/
  );
  assert.match(admin, /<style id=['"]sensiq-embed-notice-inline-css['"][^>]*>\s*\.sensiq-embed-notice\{/);
  assert.doesNotMatch(admin, /neon|chartreuse/);
  // The Author who wrote the post can edit it, so sees the notice; a visitor gets no style sheet for it either.
  assert.match(await authorClient.page(path), /<div class="sensiq-embed-notice" role="note">/);
  assert.doesNotMatch(visitor, /sensiq-embed-notice-inline-css/);
  if (SCREENSHOTS) {
    const context = await browser.newContext({viewport: {width: 900, height: 900}});
    await context.addCookies([...site.client.cookies].map(([name, value]) => ({name, value, url: site.origin})));
    const page = await context.newPage();
    await page.goto(`${site.origin}${path}`);
    await page.locator('.sensiq-embed-notice').scrollIntoViewIfNeeded();
    await page.screenshot({path: `${SCREENSHOTS}/wordpress-published-notice.png`});
    await context.close();
  }
});

test('a block with wrong values: every question and the default limit in the markup, never the values; a notice for administrators only', async () => {
  const path = new URL(posts.invalidBlock.link).pathname;
  const visitor = await new Client(site.origin).page(path);
  assert.doesNotMatch(visitor, /lots|no-such-question|sensiq-embed-notice/);
  assert.match(visitor, /<sensiq-faq heading-level="3" data-sensiq-theme="page"><template shadowrootmode="open">/);
  assert.deepEqual(questionIdsInHtml(visitor), questions.map(faqId));
  const admin = await site.client.page(path);
  assert.match(
    admin,
    /<div class="sensiq-embed-notice" role="note"><p class="sensiq-embed-notice-title">[^<]+<\/p><p>Questions and answers shows its defaults instead of these settings, which are not valid: (How many to show \(limit\), Questions to show \(questions\)|Questions to show \(questions\), How many to show \(limit\))\.<\/p>/
  );
  assert.doesNotMatch(admin, /lots|no-such-question/);
});

test('Settings > SensIQ Embed: site-wide clinic mode, theme and analytics reach shortcodes and placeholders; load on every page', async () => {
  const before = await openPost(posts.clinic);
  assert.deepEqual(
    (await shown(before.page)).map((e) => e.items.length),
    [takeaways.length, takeaways.length, takeaways.length]
  );
  await before.page.close();

  const form = await site.client.page('/wp-admin/options-general.php?page=sensiq-embed');
  // The page leads with the blocks, then the site-wide settings in the declaration's words, shortcodes last.
  const at = (text) => form.indexOf(text);
  assert.ok(at('Add SensIQ content to a post or page') > 0);
  assert.ok(at('Add SensIQ content to a post or page') < at('<form'));
  assert.ok(at('<form') < at('Shortcodes and placeholders'));
  for (const words of [
    'Questions and answers',
    'Key takeaways',
    'When to see a doctor',
    'The whole article',
    'Clinic mode: no SensIQ products',
    'Colours',
    'Light card',
    'Report clicks to Google Tag Manager',
  ])
    assert.ok(at(words) > 0, `the settings page says "${words}"`);
  const saved = await site.client.postForm('/wp-admin/options.php', {
    option_page: 'sensiq_embed',
    action: 'update',
    _wpnonce: htmlValue(form, /name="_wpnonce" value="([^"]+)"/, 'the settings nonce'),
    _wp_http_referer: '/wp-admin/options-general.php?page=sensiq-embed',
    'sensiq_embed_options[clinic_mode]': '1',
    'sensiq_embed_options[theme]': 'dark',
    'sensiq_embed_options[load_everywhere]': '1',
    'sensiq_embed_options[analytics]': '1',
  });
  assert.equal(saved.status, 302);
  assert.match(saved.headers.get('location'), /settings-updated=true/);

  const html = await site.client.page(new URL(posts.clinic.link).pathname);
  // Server-rendered, with the site's settings as attributes (in whatever order the server writes them).
  const takeawaysWith = (clinic) =>
    new RegExp(
      `<sensiq-takeaways(?=[^>]*\\stheme="dark")(?=[^>]*\\sanalytics="datalayer")${clinic ? '(?=[^>]*\\sno-promo[\\s>=])' : '(?![^>]*\\sno-promo[\\s>=])'}[^>]*><template shadowrootmode="open">`
    );
  assert.match(html, takeawaysWith(true));
  assert.match(html, /<div data-sensiq="takeaways" data-no-promo data-theme="dark" data-analytics="datalayer"><\/div>/);
  assert.match(html, takeawaysWith(false), 'the author turned clinic mode off here');
  const {link} = await site.client.rest('GET', '/wp/v2/posts/1');
  assert.match(
    await site.client.page(new URL(link).pathname),
    /sensiq-embed\/assets\/loader\.js/,
    'load on every page'
  );
  // A block gets the site's defaults from the server, and the content filter leaves its markup alone: the
  // elements nested in the article's shadow root take them from the article, and get no attributes written in.
  const article = await new Client(site.origin).page(new URL(posts.article.link).pathname);
  assert.deepEqual(hostAttributes(/<sensiq-article [^>]*>/.exec(article)[0]), {
    'no-promo': true,
    theme: 'dark',
    analytics: 'datalayer',
    'data-sensiq-theme': 'dark',
  });
  const nested = /<sensiq-takeaways\s+part="takeaways"[^>]*>/.exec(article)[0];
  assert.doesNotMatch(nested, / theme=| no-promo/);

  const after = await openPost(posts.clinic);
  const [shortcode, placeholder, optedOut] = await shown(after.page);
  const promotional = takeaways.filter((text) => /SensIQ/.test(text));
  assert.equal(promotional.length, 1, 'the source has one promotional takeaway');
  for (const element of [shortcode, placeholder]) {
    assert.equal(element.attributes['no-promo'], '');
    assert.deepEqual(
      element.items,
      takeaways.filter((text) => !promotional.includes(text))
    );
  }
  assert.deepEqual(optedOut.items, takeaways);
  for (const element of [shortcode, placeholder, optedOut]) assert.equal(element.theme, 'dark');
  assert.deepEqual(after.seen, {errors: [], warnings: [], pageErrors: []});
  await after.page.close();
});

// The words of the block sidebar in 6.1 before the settings declaration was read: developers' words, an attribute
// named in capitals, and "block" for a part of an element (a block is something else in the block editor).
const DEVELOPER_WORDS =
  /CTA HREF|CTA LABEL|Cta placement|Datalayer|window\.dataLayer|JSON-LD|FAQPage|first N|The id of a question|every block/;

test('an Author finds the four SensIQ blocks by what they show, each with its own icon and preview; the sidebar speaks plainly and the preview shows what the page will, site-wide clinic mode included', async () => {
  const context = await browser.newContext({viewport: {width: 1400, height: 1000}});
  await context.addCookies([...authorClient.cookies].map(([name, value]) => ({name, value, url: site.origin})));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${site.origin}/wp-admin/post-new.php`);
  // The editor's welcome guide opens on a first visit.
  const guide = page.getByRole('dialog', {name: /welcome/i});
  if (await guide.isVisible().catch(() => false)) await page.keyboard.press('Escape');
  // Debian's WordPress reports errors of its own while the editor loads (its media library's Backbone); what
  // counts is what happens from here on, with our blocks.
  errors.length = 0;
  const registered = await page.evaluate(() =>
    window.wp.blocks
      .getBlockTypes()
      .filter((type) => type.name.startsWith('sensiq/'))
      .map((type) => ({title: type.title, icon: type.icon.src, example: !!type.example}))
  );
  assert.deepEqual(registered.map((type) => type.title).toSorted(), [
    'Key takeaways',
    'Questions and answers',
    'The whole article',
    'When to see a doctor',
  ]);
  assert.equal(new Set(registered.map((type) => type.icon)).size, 4, 'an icon each');
  assert.ok(
    registered.every((type) => type.example),
    'an inserter preview each'
  );

  await page.getByRole('button', {name: 'Toggle block inserter'}).click();
  await page.getByPlaceholder('Search').fill('SensIQ');
  // The inserter's preview of a block, shown on hover, is the element itself as its example sets it.
  await page.getByRole('option', {name: 'Key takeaways'}).hover();
  const example = page.frameLocator('.block-editor-inserter__preview iframe').locator('sensiq-takeaways');
  await example.locator('[part="item"]').first().waitFor();
  assert.equal(await example.locator('[part="item"]').count(), 3);
  if (SCREENSHOTS) await page.screenshot({path: `${SCREENSHOTS}/wordpress-inserter-preview.png`});
  await page.getByRole('option', {name: 'Questions and answers'}).click();
  await page.waitForFunction(
    () => document.querySelector('sensiq-faq')?.shadowRoot?.querySelectorAll('[part="question"]').length
  );
  const preview = () =>
    page.evaluate(() =>
      [...document.querySelector('sensiq-faq').shadowRoot.querySelectorAll('[part="question"]')].map((q) =>
        q.textContent.trim()
      )
    );
  assert.deepEqual(await preview(), questions);
  const settings = page.getByRole('button', {name: 'Settings', exact: true});
  if ((await settings.getAttribute('aria-pressed')) !== 'true') await settings.click();
  const sidebar = page.locator('.block-editor-block-inspector');

  // The settings in the declaration's words and groups; Advanced starts closed.
  if (SCREENSHOTS) await page.screenshot({path: `${SCREENSHOTS}/wordpress-block-sidebar-top.png`});
  await sidebar.getByRole('button', {name: 'Advanced', exact: true}).click();
  // What it says, and what it shows (WordPress 6.1 writes field labels in capitals: "CTA HREF" was "Cta href").
  const words = await sidebar.evaluate((node) => node.textContent);
  assert.doesNotMatch(words, DEVELOPER_WORDS);
  assert.doesNotMatch(await sidebar.innerText(), DEVELOPER_WORDS);
  for (const label of [
    'Content',
    'Call to action',
    'Look',
    'Advanced',
    'Questions to show',
    'How many to show',
    'Open when the page loads',
    'Search box',
    'Button link',
    'Button text',
    'Clinic mode: no SensIQ products',
    'Heading size in your page',
    'Colours',
    'Report clicks to Google Tag Manager',
    'Hide these questions from search engines',
  ])
    assert.ok(words.includes(label), `the sidebar says "${label}"`);
  // The site's settings (clinic mode, the dark theme: the test before) are what the block's own leave in force.
  const clinic = sidebar.getByLabel('Clinic mode: no SensIQ products');
  assert.deepEqual([await clinic.isChecked(), await clinic.isDisabled()], [true, true]);
  assert.match(words, /On for the whole site \(Settings > SensIQ Embed\)\./);
  assert.equal(await sidebar.getByLabel('Colours').locator('option').first().textContent(), 'Site setting (Dark card)');
  const headingLevel = sidebar.getByLabel('Heading size in your page');
  assert.deepEqual(await headingLevel.locator('option').allTextContents(), [
    'Default (H2)',
    'H1 (only on a page of its own)',
    'H2',
    'H3',
    'H4',
    'H5',
    'H6',
  ]);

  // "Open when the page loads" offers the ticked questions only (all of them while none is ticked).
  const openAtFirst = sidebar.getByLabel('Open when the page loads');
  const offered = () => openAtFirst.locator('option').allTextContents();
  assert.deepEqual(await offered(), ['None', 'All', ...questions]);
  await sidebar.getByRole('checkbox', {name: questions[2]}).check();
  await page.waitForFunction(
    (wanted) => document.querySelector('sensiq-faq').shadowRoot.querySelectorAll('[part="question"]').length === wanted,
    1
  );
  assert.deepEqual(await preview(), [questions[2]]);
  await sidebar.getByRole('checkbox', {name: questions[5]}).check();
  assert.deepEqual(await offered(), ['None', 'All', questions[2], questions[5]]);
  // The ticked questions show in the order they were ticked, and move up and down by button (so by keyboard).
  const shows = (wanted) =>
    page.waitForFunction(
      (texts) =>
        JSON.stringify(
          [...document.querySelector('sensiq-faq').shadowRoot.querySelectorAll('[part="question"]')].map((q) =>
            q.textContent.trim()
          )
        ) === JSON.stringify(texts),
      wanted
    );
  await shows([questions[2], questions[5]]);
  await sidebar.getByRole('button', {name: `Move up: ${questions[5]}`}).focus();
  await page.keyboard.press('Enter');
  await shows([questions[5], questions[2]]);
  assert.equal(
    await page.evaluate(() => document.activeElement.getAttribute('aria-label')),
    `Move up: ${questions[5]}`,
    'the focus stays on the button'
  );
  if (SCREENSHOTS) {
    await sidebar.locator('.sensiq-embed-order').scrollIntoViewIfNeeded();
    await page.screenshot({path: `${SCREENSHOTS}/wordpress-block-sidebar-order.png`});
  }
  assert.equal(await sidebar.getByRole('button', {name: `Move up: ${questions[5]}`}).isDisabled(), true);
  await openAtFirst.selectOption({label: questions[5]});
  await page.waitForFunction(
    () =>
      document.querySelector('sensiq-faq').getAttribute('open') !== null &&
      document.querySelector('sensiq-faq').shadowRoot.querySelectorAll('[aria-expanded="true"]').length === 1
  );
  const expanded = await page.evaluate(() =>
    document.querySelector('sensiq-faq').shadowRoot.querySelector('[aria-expanded="true"]').textContent.trim()
  );
  assert.equal(expanded, questions[5]);
  // Unticking the question that opens drops it from the choice, and the choice with it.
  await sidebar.getByRole('checkbox', {name: questions[5]}).uncheck();
  assert.deepEqual(await offered(), ['None', 'All', questions[2]]);
  assert.equal(await openAtFirst.inputValue(), '');

  // A link the element would refuse is flagged by its field, in plain words, with the fix one click away.
  const link = sidebar.getByLabel('Button link');
  await link.fill('sensiq.com/shop');
  const problem = sidebar.locator('.sensiq-embed-problem');
  await problem.waitFor();
  assert.equal(
    (await problem.innerText()).split('\n')[0].trim(),
    'The page leaves this out: a web address starts with https://.'
  );
  if (SCREENSHOTS) {
    await problem.scrollIntoViewIfNeeded();
    await page.screenshot({path: `${SCREENSHOTS}/wordpress-block-sidebar-link.png`});
  }
  await problem.getByRole('button', {name: 'Use https://sensiq.com/shop'}).click();
  assert.equal(await link.inputValue(), 'https://sensiq.com/shop');
  assert.equal(await problem.count(), 0);
  await link.fill('our shop');
  await problem.waitFor();
  assert.match(await problem.innerText(), /it is not a web address/);
  assert.equal(await problem.getByRole('button').count(), 0, 'no fix to offer');
  await link.fill('https://sensiq.com/shop');
  await sidebar.getByLabel('How many to show').fill('0');
  assert.match(await problem.innerText(), /write a whole number from 1 up/);
  await sidebar.getByLabel('How many to show').fill('');
  assert.equal(await problem.count(), 0);

  // Settings > SensIQ Embed has clinic mode and the dark theme on (the test before): the preview has both, as the
  // page does, and shows no "From SensIQ" for the button link set here.
  const faqHost = await page.evaluate(() => {
    const faq = document.querySelector('sensiq-faq');
    return {
      clinic: faq.hasAttribute('no-promo'),
      theme: faq.getAttribute('theme'),
      link: faq.getAttribute('cta-href'),
      text: faq.shadowRoot.textContent,
    };
  });
  assert.deepEqual(
    {...faqHost, text: undefined},
    {clinic: true, theme: 'dark', link: 'https://sensiq.com/shop', text: undefined}
  );
  assert.doesNotMatch(faqHost.text, /From SensIQ/);
  await page.getByRole('button', {name: 'Toggle block inserter'}).click();
  await page.getByPlaceholder('Search').fill('SensIQ');
  await page.getByRole('option', {name: 'The whole article'}).click();
  await page.waitForFunction(() => document.querySelector('sensiq-article')?.shadowRoot?.querySelector('h1, h2'));
  const article = await page.evaluate(() => ({
    clinic: document.querySelector('sensiq-article').hasAttribute('no-promo'),
    text: document.querySelector('sensiq-article').shadowRoot.textContent,
  }));
  assert.equal(article.clinic, true);
  assert.doesNotMatch(article.text, /From SensIQ/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('WordPress logged no PHP notice, warning or error from the plugin', () => {
  assert.deepEqual(site.logged('plugins/sensiq-embed'), []);
});
