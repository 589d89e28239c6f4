// The code each format writes, read back as its platform reads it: every value typed into the builder comes
// back as the same text and never as markup or platform syntax (the hardening suite's hostile strings).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {embedCode, FORMATS} from '../../../build/src/builder/formats.js';
import {hostilePayloads} from './payloads.mjs';

const context = {
  scripts: 'https://cdn.example/sensiq/',
  shortcode: 'sensiq_faq',
  prerendered: {own: ' data-sensiq-theme="page"', shadow: '<template shadowrootmode="open">…</template>'},
  version: '1.2.3',
  fallback: {title: 'Can Menopause <Cause> Hip & Leg Pain?', url: 'https://sensiq.example/article?a=1&b="2"'},
};
/** The fallback line inside the element, as the code writes it for `context.fallback`. */
const FALLBACK =
  '\n  <p>A health article from SensIQ: <a href="https://sensiq.example/article?a=1&amp;b=&quot;2&quot;">' +
  'Can Menopause &lt;Cause&gt; Hip &amp; Leg Pain?</a></p>\n';
const embed = (value) => ({
  tag: 'sensiq-faq',
  attributes: [
    ['cta-label', value],
    ['searchable', true],
    ['limit', '3'],
  ],
  properties: [['--sensiq-accent', '#aa3300']],
});

/** A CSP hash source's value, computed here apart from the builder's own code (@noble/hashes). */
const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** Character references as a browser (and WordPress's esc_attr, which keeps them) reads them. */
const decode = (text) =>
  text.replace(
    /&(amp|quot|lt|gt|#\d+);/g,
    (_, name) => ({amp: '&', quot: '"', lt: '<', gt: '>'})[name] ?? String.fromCodePoint(Number(name.slice(1)))
  );

/** The double-quoted values of `name` in `code`: a value ends at the first `"`, as every reader here ends it. */
const values = (code, name) => [...code.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1]);

test('every format writes the settings and custom properties it was given', () => {
  const code = Object.fromEntries(FORMATS.map(({id}) => [id, embedCode(id, embed('Shop now'), context)]));
  assert.equal(
    code.script,
    '<link rel="stylesheet" href="https://cdn.example/sensiq/reserve.css">\n' +
      '<script type="module" async src="https://cdn.example/sensiq/components/sensiq-faq.standalone.js"></script>\n' +
      `<sensiq-faq cta-label="Shop now" searchable limit="3" style="--sensiq-accent: #aa3300">${FALLBACK}</sensiq-faq>`
  );
  assert.equal(
    code.shopify,
    '<link rel="stylesheet" href="https://cdn.example/sensiq/reserve.css">\n' +
      '<script type="module" async src="https://cdn.example/sensiq/components/sensiq-faq.standalone.js"></script>\n' +
      `<sensiq-faq cta-label="Shop now" searchable limit="3" style="--sensiq-accent: #aa3300">${FALLBACK}</sensiq-faq>`
  );
  assert.equal(
    code.shortcode,
    '<div style="--sensiq-accent: #aa3300">\n[sensiq_faq cta-label="Shop now" searchable limit="3"]\n</div>'
  );
  assert.equal(
    code.placeholder,
    `<div style="--sensiq-accent: #aa3300">\n<div data-sensiq="faq" data-cta-label="Shop now" data-searchable data-limit="3">${FALLBACK}</div>\n</div>`
  );
  assert.equal(
    code.snippet,
    '<!-- SensIQ Embed 1.2.3: <sensiq-faq> prerendered by the embed builder; the loader.js line makes it interactive (hydrate.js cannot take it over). ' +
      `Strict CSP: style-src 'unsafe-hashes' '${sha256('--sensiq-accent: #aa3300')}' -->\n` +
      '<sensiq-faq cta-label="Shop now" searchable limit="3" style="--sensiq-accent: #aa3300" data-sensiq-theme="page">' +
      '<template shadowrootmode="open">…</template></sensiq-faq>\n' +
      '<script type="module" src="https://cdn.example/sensiq/loader.js"></script>'
  );
});

test("the snippet's first line names a hash for each distinct inline <style> of its shadow root, and no 'unsafe-hashes' without a style attribute", () => {
  const shadow =
    '<template shadowrootmode="open"><style>:host { color: red }</style><p>a</p><style>p { margin: 0 }</style></template>';
  const twice = `<template shadowrootmode="open"><style>:host { color: red }</style>${shadow}</template>`;
  const line = (markup) =>
    embedCode(
      'snippet',
      {tag: 'sensiq-faq', attributes: [], properties: []},
      {...context, prerendered: {own: '', shadow: markup}}
    )
      .split('\n')[0]
      .match(/Strict CSP: style-src (.*) -->$/)[1];
  assert.equal(line(shadow), `'${sha256(':host { color: red }')}' '${sha256('p { margin: 0 }')}'`);
  assert.equal(line(twice), line(shadow));
});

test('without custom properties the WordPress code is the bare shortcode or placeholder', () => {
  const bare = {tag: 'sensiq-red-flags', attributes: [['emergency-number', '112']], properties: []};
  assert.equal(
    embedCode('shortcode', bare, {...context, shortcode: 'sensiq_red_flags'}),
    '[sensiq_red_flags emergency-number="112"]'
  );
  assert.equal(
    embedCode('placeholder', bare, context),
    `<div data-sensiq="red-flags" data-emergency-number="112">${FALLBACK}</div>`
  );
});

const payloads = hostilePayloads();

for (const {id, label} of FORMATS) {
  test(`${label}: every hostile string comes back as the same text, inside its attribute`, () => {
    for (const payload of payloads) {
      const code = embedCode(id, embed(payload), context);
      const name = id === 'placeholder' ? 'data-cta-label' : 'cta-label';
      const written = values(code, name);
      assert.equal(written.length, 1, `${JSON.stringify(payload)}: one ${name} in\n${code}`);
      assert.equal(decode(written[0]), payload);
      assert.doesNotMatch(written[0], /[<>"]/);
      // Outside the values, the code is the same whatever was typed: nothing of the payload became syntax.
      assert.equal(code.replace(`${name}="${written[0]}"`, `${name}="X"`), embedCode(id, embed('X'), context));
    }
  });
}

test("the shortcode's values hold none of WordPress's shortcode syntax ([, ], \\), the placeholder's none of [ ]", () => {
  const typed = 'a]b[c\\d [/sensiq_faq] \\" x';
  const [shortcode] = values(embedCode('shortcode', embed(typed), context), 'cta-label');
  assert.doesNotMatch(shortcode, /[[\]\\"]/);
  assert.equal(decode(shortcode), typed);
  const [placeholder] = values(embedCode('placeholder', embed(typed), context), 'data-cta-label');
  assert.doesNotMatch(placeholder, /[[\]]/);
  assert.equal(decode(placeholder), typed);
});

test('Shopify Custom Liquid values hold no Liquid syntax ({{ }}, {% %})', () => {
  const typed = '{{ shop.name }} {% render "x" %}';
  const [value] = values(embedCode('shopify', embed(typed), context), 'cta-label');
  assert.doesNotMatch(value, /[{}]/);
  assert.equal(decode(value), typed);
});
