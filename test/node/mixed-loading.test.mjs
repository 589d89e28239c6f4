// Scripts pasted twice, mixed, or from two releases on one page: no exception, the first definition wins,
// and at most one warning, naming both versions, when they differ.
import {test, before} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {openPage} from './helpers/browser.mjs';
import {copyAsVersion} from './helpers/build.mjs';
import {hostPage, moduleScript, pageTests, shown} from './helpers/embed.mjs';

const V1 = JSON.parse(readFileSync('package.json', 'utf8')).version;
const V2 = '99.0.0-other';
const one = '/dist';
const other = '/build/test-dist/other-version'; // the same library as release V2

before(() => {
  assert.equal(copyAsVersion('other-version', V2), other);
});
const env = pageTests();

const element = (base) => `${base}/components/sensiq-takeaways.js`;
const bundle = (base) => `${base}/sensiq.js`;
const loader = (base) => `${base}/loader.js`;

// [what, scripts, warnings (exact count, or the most allowed when timing decides), version that must win]
const cases = [
  ['the bundle twice', [bundle(one), bundle(one)], 0, V1],
  ['the bundle under two URLs', [bundle(one), `${bundle(one)}?pasted-again`], 0, V1],
  ['the loader under two URLs', [loader(one), `${loader(one)}?pasted-again`], 0, V1],
  ['the bundle, then the loader', [bundle(one), loader(one)], 0, V1],
  ['the loader, then the bundle', [loader(one), bundle(one)], 0, V1],
  ['a per-element file, then the bundle', [element(one), bundle(one)], 0, V1],
  ['the bundle, then a per-element file', [bundle(one), element(one)], 0, V1],
  ['two versions of the bundle', [bundle(one), bundle(other)], 1, V1],
  ['two versions of the bundle, the other first', [bundle(other), bundle(one)], 1, V2],
  ['per-element files of two versions', [element(one), element(other)], 1, V1],
  ["one version's loader and another's bundle", [loader(one), bundle(other)], {atMost: 1}],
  ['three copies of two versions', [bundle(one), bundle(other), element(other), loader(other)], 1, V1],
];

for (const [what, scripts, warnings, winner] of cases) {
  test(`${what}: no error, the first definition wins`, async () => {
    const placeholders = scripts.some((src) => !src.includes('/components/'));
    env.server.pages['/mixed.html'] = {
      body: hostPage(
        scripts.map(moduleScript).join(''),
        `<sensiq-takeaways></sensiq-takeaways>${placeholders ? '<div data-sensiq="takeaways" data-limit="2"></div>' : ''}`
      ),
    };
    const {page, seen} = await openPage(env.browser, `${env.server.origin}/mixed.html`);
    await page.waitForFunction(
      (count) =>
        !document.querySelector('[data-sensiq]') &&
        [...document.querySelectorAll('sensiq-takeaways')].filter((el) => el.shadowRoot?.querySelector('li')).length ===
          count,
      placeholders ? 2 : 1
    );
    await page.waitForLoadState('networkidle');
    assert.deepEqual(
      (await shown(page)).map(({items}) => items.length),
      placeholders ? [5, 2] : [5]
    );
    const versions = await page.evaluate(() => ({
      defined: customElements.get('sensiq-takeaways').version,
      global: window.SensIQ.version,
    }));
    assert.equal(versions.defined, versions.global, 'the version on the page is the one that defined the elements');
    if (winner) assert.equal(versions.defined, winner);
    assert.deepEqual([seen.errors, seen.pageErrors], [[], []]);
    if (typeof warnings === 'number') assert.equal(seen.warnings.length, warnings, seen.warnings.join('\n'));
    else assert.ok(seen.warnings.length <= warnings.atMost, seen.warnings.join('\n'));
    for (const warning of seen.warnings) {
      assert.ok(warning.includes(V1) && warning.includes(V2), `names both versions: ${warning}`);
    }
    await page.close();
  });
}
