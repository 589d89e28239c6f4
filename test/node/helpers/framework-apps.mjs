// The minimal Vue, Svelte, React and Angular apps in test/node/frameworks/, built with Vite as their users would,
// once per test run, into build/frameworks/<name>/ (served by the test server like any page).
import {fileURLToPath} from 'node:url';
import {build} from 'vite';
import vue from '@vitejs/plugin-vue';
import {svelte} from '@sveltejs/vite-plugin-svelte';

const isSensiqTag = (tag) => tag.startsWith('sensiq-');

export const FRAMEWORK_APPS = {
  // Vue resolves unknown tags as Vue components (and warns) unless told they are custom elements.
  vue: () => [vue({template: {compilerOptions: {isCustomElement: isSensiqTag}}})],
  svelte: () => [svelte()],
  react: () => [],
  angular: () => [],
};

/**
 * The apps import `@sensiq/embed/...` as an installed package. It is not installed (a link to the repository in
 * node_modules would loop any tool that walks the tree), so resolve those imports the way Node resolves an
 * installed package: through its exports map (from this module, inside the package, by self-reference).
 */
const sensiqAsInstalled = {
  name: 'sensiq-as-installed',
  resolveId: (source) => (source.startsWith('@sensiq/embed') ? fileURLToPath(import.meta.resolve(source)) : null),
};

/** Builds every app; returns name => URL path of its page. */
export async function buildFrameworkApps() {
  // The frameworks' development builds (`NODE_ENV=development vite build`), which warn in the console about an
  // unresolved component or a bad prop: the tests count a warning as a failure.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'development';
  try {
    return await buildAll();
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

async function buildAll() {
  const pages = {};
  for (const [name, plugins] of Object.entries(FRAMEWORK_APPS)) {
    const outDir = `build/frameworks/${name}`;
    await build({
      configFile: false,
      root: `test/node/frameworks/${name}`,
      base: './',
      logLevel: 'warn',
      mode: 'development',
      resolve: {conditions: ['module', 'browser', 'production']}, // Lit in its production mode
      plugins: [sensiqAsInstalled, ...plugins()],
      build: {outDir: `${process.cwd()}/${outDir}`, emptyOutDir: true, minify: false, reportCompressedSize: false},
    });
    pages[name] = `/${outDir}/index.html`;
  }
  return pages;
}
