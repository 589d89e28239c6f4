// Storybook for designers: an introduction, every element's states, docs pages from custom-elements.json, the
// a11y panel. `npm run storybook` / `npm run build-storybook` generate the manifest first.
import type {StorybookConfig} from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/introduction.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  core: {disableTelemetry: true},
  // The toolbar's Theme switch sets the page's background with the elements' theme; a second background
  // picker could put page-coloured text on the wrong background.
  features: {backgrounds: false},
  // Storybook's own UI chunks are large; ours are measured by the bundle-size tests, not here.
  viteFinal: (vite) => ({...vite, build: {...vite.build, chunkSizeWarningLimit: 2048}}),
};

export default config;
