// Production bundles from the type-checked output in build/ (run `tsc` first; `npm run build` does).
//   dist/sensiq.js               every element in one self-contained module
//   dist/components/<tag>.js     one element each, sharing chunks under dist/components/chunks/
//   dist/hydrate.js              Lit's hydration support for the prerendered snippets (scripts/prerender.mjs)
import {readdirSync} from 'node:fs';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {minifyTemplates} from './scripts/minify-templates.mjs';

const pkg = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync('package.json', 'utf8')));
const banner = `/*! ${pkg.name} ${pkg.version} | (c) SensIQ | ${pkg.license} | bundles Lit (BSD-3-Clause) */`;

const plugins = [
  minifyTemplates(),
  // The "production" condition picks Lit's production build: no dev-mode warnings on customers' pages.
  nodeResolve({exportConditions: ['production', 'browser', 'module', 'import', 'default']}),
  terser({ecma: 2021, module: true, compress: {passes: 2}, format: {comments: /^!/}}),
];

const components = Object.fromEntries(
  readdirSync('src/components', {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map(({name}) => [`sensiq-${name}`, `build/src/components/${name}/register.js`])
);

export default [
  {
    input: 'build/src/sensiq.js',
    output: {file: 'dist/sensiq.js', format: 'es', banner, sourcemap: true},
    plugins,
  },
  {
    input: components,
    output: {
      dir: 'dist/components',
      format: 'es',
      banner,
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins,
  },
  {
    // Loaded before the element script on pages with prerendered snippets only, so pages without them
    // do not pay for it in dist/sensiq.js.
    input: '@lit-labs/ssr-client/lit-element-hydrate-support.js',
    output: {file: 'dist/hydrate.js', format: 'es', banner, sourcemap: true},
    plugins,
  },
];
