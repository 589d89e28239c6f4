// The plugin's front end on WordPress 6.5.5 (from @wp-playground/wordpress-builds, on MariaDB and PHP's built-in
// server), where script modules arrive: the plugin prints its loader with wp_enqueue_script_module there, and an Author's shortcode and block show their content in the HTML.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {Client, WORDPRESS_6_5_ZIP, WordPressSite} from '../../helpers/wordpress.mjs';
import {launchChromium} from '../../helpers/browser.mjs';
import {faqId} from '../../helpers/elements.mjs';
import {
  assertTakenOverInPlace,
  faqAsSeen,
  loadOnPhone,
  questionIdsInHtml,
  withoutJavaScript,
} from '../server-render/page-checks.mjs';
import {SOURCE_PATH, sourceFaq} from '../../../../build/test/helpers/source.js';

const ZIP = 'dist/wordpress/sensiq-embed.zip';
const questions = sourceFaq(readFileSync(SOURCE_PATH, 'utf8')).map((faq) => faq.question);
const author = {username: 'sam', password: 'Auth0r-pass-for-tests', email: 'sam@example.test', roles: ['author']};
const TEXT = Array.from(
  {length: 12},
  (_, i) => `<p>Paragraph ${i + 1}: what readers told us about hip and leg pain at night.</p>`
).join('\n');
const CHOSEN = [5, 2];
const POSTS = {
  shortcode: `[sensiq_faq questions="${CHOSEN.map((i) => faqId(questions[i])).join(',')}" heading-level="3"]\n${TEXT}`,
  block: `<!-- wp:sensiq/faq {"questions":${JSON.stringify(CHOSEN.map((i) => faqId(questions[i])))},"heading-level":"3"} /-->\n${TEXT}`,
};

let site;
let browser;
let posts;
const started = Date.now();

before(
  async () => {
    assert.ok(existsSync(WORDPRESS_6_5_ZIP), `${WORDPRESS_6_5_ZIP} is missing: run \`npm ci\``);
    site = new WordPressSite({zip: WORDPRESS_6_5_ZIP});
    await site.startWithPlugin(ZIP);
    ({posts} = await site.publishAs(author, POSTS));
    browser = await launchChromium();
  },
  {timeout: 240_000}
);

after(async () => {
  await browser?.close();
  await site?.stop();
  console.log(`WordPress 6.5 front end: ${((Date.now() - started) / 1000).toFixed(1)} s, servers stopped`);
});

test('WordPress 6.5.5 prints the loader as a script module, and no other script of ours', async () => {
  const html = await new Client(site.origin).page(new URL(posts.shortcode.link).pathname);
  assert.match(html, /<meta name="generator" content="WordPress 6\.5\.5"/);
  const modules = [...html.matchAll(/<script type="module" src="([^"]+)" id="([^"]+)"/g)]
    .filter(([, src]) => src.includes('/plugins/sensiq-embed/'))
    .map(([, src, id]) => [src.replace(/\?.*/, '').split('/plugins/')[1], id]);
  assert.deepEqual(modules, [['sensiq-embed/assets/loader.js', 'sensiq-embed-js-module']]);
  assert.doesNotMatch(html, /<script[^>]+id="sensiq-embed-js"/, 'not the classic script path of WordPress before 6.5');
});

for (const key of Object.keys(POSTS)) {
  test(`on 6.5 the ${key} puts the chosen questions in the HTML; without JavaScript they show`, async () => {
    const html = await new Client(site.origin).page(new URL(posts[key].link).pathname);
    assert.deepEqual(
      questionIdsInHtml(html),
      CHOSEN.map((i) => faqId(questions[i]))
    );
    const {page, close} = await withoutJavaScript(browser, posts[key].link);
    const seen = await faqAsSeen(page);
    assert.deepEqual(
      seen.questions,
      CHOSEN.map((i) => questions[i])
    );
    assert.equal(seen.heading, 'h3');
    await close();
  });

  test(`on 6.5 the ${key}'s FAQ above the text shifts nothing at 4x CPU on a phone, and a click opens an answer`, async () => {
    const loaded = await loadOnPhone(browser, posts[key].link);
    await assertTakenOverInPlace(
      loaded,
      CHOSEN.map((i) => questions[i])
    );
    const {errors, failed, close} = loaded;
    assert.deepEqual(errors, []);
    // The archive leaves out some of its theme's files (fonts); every file of ours arrives.
    assert.deepEqual(
      failed.filter((url) => url.includes('sensiq')),
      []
    );
    await close();
  });
}

test('WordPress 6.5 logged no PHP notice, warning or error from the plugin', () => {
  assert.deepEqual(site.logged('plugins/sensiq-embed'), []);
});
