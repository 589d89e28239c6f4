#!/usr/bin/env node
// Packages the built library (dist/, after rollup) for the platforms:
//   dist/wordpress/sensiq-embed/       the WordPress plugin, with the loader and element files in assets/
//   dist/wordpress/sensiq-embed.zip    the same, ready for Plugins > Add New > Upload Plugin
//   dist/shopify/sensiq-embed/         the Shopify theme app extension, with the loader and elements in assets/
// Shopify deploys only files directly inside assets/ (no subfolders, no .map), so its copy is built flat: the
// loader imports ./sensiq-<name>.js instead of ./components/sensiq-<name>.js (and likewise the .standalone.js files).
import {cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join, relative, sep} from 'node:path';
import {rollup} from 'rollup';
import {sensiqBuilds} from '../rollup.config.mjs';
import {zipSync} from 'fflate';
import {manifestElements} from './lib/manifest-elements.mjs';
import {writeShopifyBlocks} from './lib/shopify-blocks.mjs';
import {writeWordPressElements} from './lib/wordpress-elements.mjs';

const WORDPRESS = 'dist/wordpress';
const PLUGIN = `${WORDPRESS}/sensiq-embed`;
const SHOPIFY = 'dist/shopify/sensiq-embed';

for (const input of ['dist/loader.js', 'dist/components', 'custom-elements.json']) {
  if (!existsSync(input)) {
    console.error(`build-integrations: ${input} is missing; run \`npm run build\`.`);
    process.exit(1);
  }
}
// The elements' attributes, as their JSDoc documents them: both platforms' attribute tables come from here.
const elements = manifestElements();

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
function filesIn(dir) {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/'))
    .sort();
}

function buildWordPressPlugin() {
  rmSync(WORDPRESS, {recursive: true, force: true});
  cpSync('integrations/wordpress/sensiq-embed', PLUGIN, {recursive: true});
  writeWordPressElements(elements, PLUGIN);
  // The plugin serves the same files as any CDN copy; sourcemaps stay out of the installable archive.
  cpSync('dist/loader.js', `${PLUGIN}/assets/loader.js`);
  cpSync('dist/components', `${PLUGIN}/assets/components`, {
    recursive: true,
    filter: (path) => !path.endsWith('.map'),
  });
  // fflate (no dependencies, synchronous, one timestamp for every entry) rather than yazl, whose streaming
  // API would make this step asynchronous for no gain. Entries in sorted order and SOURCE_DATE_EPOCH
  // (seconds) as the timestamp make the archive byte-for-byte reproducible.
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const entries = Object.fromEntries(
    filesIn(PLUGIN).map((file) => [`sensiq-embed/${file}`, readFileSync(`${PLUGIN}/${file}`)])
  );
  const archive = zipSync(entries, {level: 9, mtime: epoch ? new Date(epoch * 1000) : new Date()});
  writeFileSync(`${WORDPRESS}/sensiq-embed.zip`, archive);
}

async function buildShopifyExtension() {
  rmSync('dist/shopify', {recursive: true, force: true});
  cpSync('integrations/shopify', SHOPIFY, {recursive: true});
  writeShopifyBlocks(elements, SHOPIFY);
  const assets = `${SHOPIFY}/assets`;
  const {components, loader, standalone} = sensiqBuilds({elementFolder: './'});
  const outputs = [
    [
      components,
      {dir: assets, sourcemap: false, entryFileNames: '[name].js', chunkFileNames: 'sensiq-chunk-[hash].js'},
    ],
    [loader, {dir: assets, sourcemap: false, entryFileNames: 'sensiq-loader.js', chunkFileNames: 'sensiq-chunk-[hash].js'}],
    ...standalone.map((options) => [
      options,
      {dir: assets, sourcemap: false, entryFileNames: '[name].js', chunkFileNames: 'sensiq-chunk-[hash].js'},
    ]),
  ];
  for (const [options, output] of outputs) {
    const bundle = await rollup(options);
    await bundle.write({...options.output, ...output});
    await bundle.close();
  }
}

buildWordPressPlugin();
await buildShopifyExtension();
console.log(`built ${PLUGIN}/, ${WORDPRESS}/sensiq-embed.zip and ${SHOPIFY}/`);
