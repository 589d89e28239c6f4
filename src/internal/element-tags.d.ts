// A module rollup.config.mjs writes at build time: one tag per element folder in src/components/.
declare module 'sensiq:element-tags' {
  /** Every element tag this build contains, e.g. `sensiq-takeaways`. */
  export const TAGS: readonly string[];
}
