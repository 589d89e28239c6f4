// The static hosts' settings shipped in dist/ (integrations/static-hosts): with them, a page on another site
// loads our files; without them, the browser refuses our module scripts (no CORS header) and the reader sees
// the fallback link. Apache's .htaccess is proven on Debian's apache2 in Chromium; Netlify's and Cloudflare
// Pages' _headers cannot run offline, so its rules are read as those hosts match them, against every file.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, mkdtempSync, chmodSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {filesIn} from '../../../scripts/lib/files-in.mjs';
import {elementsIn} from '../../../scripts/lib/elements.mjs';
import {startApache} from '../helpers/apache.mjs';
import {startServer} from '../helpers/server.mjs';
import {launchChromium, openPage} from '../helpers/browser.mjs';

const TAGS = elementsIn().map((element) => element.tag);

/** The files whose names stay the same across releases: every other script is named by its content's hash. */
const UNHASHED = new Set([
  'loader.js',
  'sensiq.js',
  'hydrate.js',
  ...TAGS.flatMap((tag) => [`components/${tag}.js`, `components/${tag}.standalone.js`]),
]);
const scripts = filesIn('dist').filter(
  (file) => /\.js(\.map)?$/.test(file) && !/^(builder|wordpress|shopify)\//.test(file)
);
const hashed = (file) => !UNHASHED.has(file.replace(/\.map$/, ''));

const FALLBACK =
  '<p>A health article from SensIQ: <a href="https://sensiqnootropics.com/can-menopause-cause-hip-and-leg-pain/">Can Menopause Cause Hip and Leg Pain?</a></p>';

let root, apache, pages, browser;
before(async () => {
  // Two copies of dist/ on one Apache site: /sensiq/ with the .htaccess we ship, /bare/ without it.
  root = mkdtempSync(join(tmpdir(), 'sensiq-static-'));
  chmodSync(root, 0o755);
  const copy = (to) =>
    cpSync('dist', join(root, to), {
      recursive: true,
      filter: (from) => !/dist\/(wordpress|shopify|builder)/.test(from),
    });
  copy('sensiq');
  copy('bare');
  rmSync(join(root, 'bare/.htaccess'));
  apache = await startApache(root);
  const page = (folder) => ({
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A shop</title>
<link rel="stylesheet" href="${apache.origin}/${folder}/reserve.css">
<script type="module" src="${apache.origin}/${folder}/loader.js"></script></head>
<body><h1>A shop</h1><sensiq-faq>${FALLBACK}</sensiq-faq></body></html>`,
  });
  pages = await startServer({pages: {'/with.html': page('sensiq'), '/without.html': page('bare')}});
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await pages?.close();
  await apache?.stop();
  rmSync(root, {recursive: true, force: true});
});

test('Apache with our .htaccess lets a page on another site show the FAQ, with no error', async () => {
  assert.notEqual(new URL(pages.origin).origin, new URL(apache.origin).origin);
  const {page, seen} = await openPage(browser, `${pages.origin}/with.html`, {
    waitFor: () => document.querySelector('sensiq-faq')?.shadowRoot?.querySelector('button[aria-expanded]'),
  });
  const questions = await page.locator('sensiq-faq').getByRole('button', {expanded: false}).count();
  assert.ok(questions >= 9, `${questions} questions`);
  assert.equal(
    await page.evaluate(() => document.querySelector('sensiq-faq a').checkVisibility()),
    false,
    'the fallback link is hidden'
  );
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(seen.pageErrors, []);
  await page.close();
});

test('without it, the browser refuses our scripts and the reader sees the fallback link instead of a hole', async () => {
  const {page, seen} = await openPage(browser, `${pages.origin}/without.html`);
  await page.waitForFunction((n) => performance.getEntriesByType('resource').length >= n, 2);
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => customElements.get('sensiq-faq')), undefined);
  const link = page.getByRole('link', {name: 'Can Menopause Cause Hip and Leg Pain?'});
  assert.ok(await link.isVisible());
  assert.ok(
    seen.errors.some((error) => /CORS|Access-Control-Allow-Origin/.test(error)),
    seen.errors.join('\n')
  );
  await page.close();
});

test('Apache sends every script with CORS and a JavaScript type, and keeps only hashed files for a year', async () => {
  assert.ok(scripts.filter(hashed).length >= 10 && scripts.filter((file) => !hashed(file)).length >= 10);
  for (const file of scripts) {
    const response = await fetch(`${apache.origin}/sensiq/${file}`, {headers: {origin: pages.origin}});
    assert.equal(response.status, 200, file);
    assert.equal(response.headers.get('access-control-allow-origin'), '*', file);
    assert.match(
      response.headers.get('content-type'),
      file.endsWith('.map') ? /^application\/json/ : /^text\/javascript; charset=utf-8$/,
      file
    );
    const cache = response.headers.get('cache-control') ?? '';
    assert.equal(cache.includes('immutable'), hashed(file), `${file}: ${cache}`);
    await response.arrayBuffer();
  }
  assert.doesNotMatch(apache.errors(), /\[(error|crit|alert|emerg)\]|AH00526/, 'Apache read the .htaccess cleanly');
});

/** The headers `_headers` gives `path`, matched as Netlify and Cloudflare Pages do (`*` matches any characters). */
function headersFor(rules, path) {
  const headers = {};
  for (const {pattern, lines} of rules) {
    const regex = new RegExp(
      `^${pattern
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`
    );
    if (regex.test(path)) for (const [name, value] of lines) headers[name.toLowerCase()] = value;
  }
  return headers;
}

test('the _headers file gives every script the CORS header and a year of caching to hashed files only', () => {
  const rules = [];
  for (const line of readFileSync('dist/_headers', 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({pattern: line.trim(), lines: []});
    else rules.at(-1).lines.push(line.trim().split(/:\s*/, 2));
  }
  assert.ok(rules.length >= 2 && rules.every((rule) => rule.lines.length), JSON.stringify(rules));
  for (const file of scripts) {
    const headers = headersFor(rules, `/${file}`);
    assert.equal(headers['access-control-allow-origin'], '*', file);
    assert.equal((headers['cache-control'] ?? '').includes('immutable'), hashed(file), file);
  }
});
