// Renders the theme app extension's blocks the way a Shopify storefront does, for page tests: liquidjs with the
// Shopify tags and filters the blocks use, app blocks wrapped in their section, and each schema `javascript`
// asset added once as a classic deferred script.
import {readFileSync} from 'node:fs';
import {Liquid} from 'liquidjs';

export const EXTENSION = 'dist/shopify/sensiq-embed';
/** The store's `shop` object, as far as the blocks read it: its address, for links to its own pages. */
export const SHOP = {url: 'https://store.example'};

/** The block's {% schema %} as an object. */
export function blockSchema(name, root = EXTENSION) {
  const source = readFileSync(`${root}/blocks/${name}.liquid`, 'utf8');
  const json = /{%-?\s*schema\s*-?%}([\s\S]*?){%-?\s*endschema\s*-?%}/.exec(source)?.[1];
  if (!json) throw new Error(`blocks/${name}.liquid has no schema`);
  return JSON.parse(json);
}

/** The settings a merchant has not touched: each setting's default. */
export function defaultSettings(name) {
  return Object.fromEntries(blockSchema(name).settings.map((setting) => [setting.id, setting.default ?? null]));
}

export function liquidEngine(assetOrigin, root = EXTENSION) {
  const engine = new Liquid({root: [`${root}/snippets`], extname: '.liquid', strictFilters: true, cache: true});
  // Shopify-only tags whose content never reaches the page.
  for (const name of ['schema', 'doc']) {
    engine.registerTag(name, {
      parse(token, remaining) {
        for (let next = remaining.shift(); next; next = remaining.shift()) if (next.name === `end${name}`) return;
        throw new Error(`{% ${name} %} is not closed`);
      },
      render() {},
    });
  }
  const assetUrl = (file) => `${assetOrigin}/assets/${file}`;
  engine.registerFilter('asset_url', assetUrl);
  return Object.assign(engine, {assetUrl});
}

/**
 * Storefront HTML for `sections` ({id, blocks: [{name, id, settings}] | liquid}), as Shopify serves it: app blocks
 * in their wrappers, Custom Liquid rendered in place, schema javascript once each in the head.
 */
export async function renderStorefront(engine, sections, {embeds = []} = {}) {
  const scripts = new Set();
  const rendered = [];
  for (const section of sections) rendered.push(await renderSection(engine, section, scripts));
  for (const embed of embeds) {
    const schema = blockSchema(embed);
    if (schema.javascript) scripts.add(schema.javascript);
  }
  const head = [...scripts].map((file) => `<script src="${engine.assetUrl(file)}" defer></script>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Joint Support Capsules - Example Store</title>
<style>html { font-size: 62.5%; } body { font: 1.6rem/1.4 Georgia, serif; margin: 2rem; } h2 { text-transform: uppercase; }</style>
${head}
</head>
<body>
<main>
<h1>Joint Support Capsules</h1>
${rendered.join('\n')}
</main>
</body>
</html>`;
}

/** One section's inner HTML (what the theme editor swaps in when a merchant changes a setting). */
export async function renderSectionContent(engine, section, scripts = new Set()) {
  if (section.liquid !== undefined) return engine.parseAndRender(section.liquid);
  const blocks = [];
  for (const block of section.blocks) {
    const schema = blockSchema(block.name);
    if (schema.javascript) scripts.add(schema.javascript);
    const source = readFileSync(`${EXTENSION}/blocks/${block.name}.liquid`, 'utf8');
    const settings = {...defaultSettings(block.name), ...block.settings};
    const html = await engine.parseAndRender(source, {block: {id: block.id, type: block.name, settings}, shop: SHOP});
    blocks.push(`<div id="shopify-block-${block.id}" class="shopify-block shopify-app-block">${html.trim()}</div>`);
  }
  return blocks.join('\n');
}

async function renderSection(engine, section, scripts) {
  const content = await renderSectionContent(engine, section, scripts);
  return `<div id="shopify-section-${section.id}" class="shopify-section">${content}</div>`;
}
