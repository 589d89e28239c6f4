// The template minifier of every build that renders our elements: dist/ (rollup.config.mjs) and the
// prerendered snippets (scripts/prerender.mjs). Hydration compares template strings, so both must get
// exactly this transform. Terser never touches template literal text: without it every indent and CSS
// comment would ship.
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

/** Minifies Lit's html`` (html-minifier-next) and css`` (lightningcss) templates in our own modules. */
export const minifyTemplates = () =>
  minifyHtmlLiterals({
    filter: (id) => !id.includes('node_modules'), // Lit's production build comes minified
    failOnError: true, // a template left as written in one build only would break hydration
  });
