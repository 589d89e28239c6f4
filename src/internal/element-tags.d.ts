// A module rollup.config.mjs writes at build time: one tag per element folder in src/components/, and
// where the element files sit relative to the loader.
declare module 'sensiq:element-tags' {
  /** Every element tag this build contains, e.g. `sensiq-takeaways`. */
  export const TAGS: readonly string[];
  /**
   * The folder of the element files, relative to the loader, ending in `/`: `./components/` in dist/, `./`
   * where a platform keeps every file in one flat folder (Shopify's theme assets).
   */
  export const ELEMENT_FOLDER: string;
}
