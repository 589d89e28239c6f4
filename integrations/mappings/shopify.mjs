// What only Shopify adds to the elements' attributes (custom-elements.json): which app blocks there are and which
// attributes each offers in the theme editor, with the ids and values merchants' themes already store.
// scripts/lib/shopify-blocks.mjs builds the blocks; their words (block names, each setting's label, help, group
// and choice words) come from the settings declaration (src/internal/settings.ts).

/** The app blocks: file name => element, and the element's own attributes offered. */
export const blocks = {
  faq: {tag: 'sensiq-faq', attributes: {questions: {}, limit: {}, searchable: {}, single: {}}},
  article: {tag: 'sensiq-article', attributes: {'cta-href': {}, 'cta-label': {}, 'cta-placement': {}}},
  takeaways: {tag: 'sensiq-takeaways', attributes: {limit: {}}},
  'red-flags': {tag: 'sensiq-red-flags', attributes: {'emergency-number': {}}},
};

/**
 * Offered by every block, after its own attributes. `id`: the setting's id in themes when it is not the
 * attribute's name; `unset`: the value of a first option that writes no attribute, so the element keeps its
 * default (or, with no default, the setting is off).
 */
export const shared = {
  'heading-level': {},
  theme: {unset: 'default'},
  'no-promo': {id: 'clinic_mode'},
  analytics: {unset: 'off'},
};

/** The app embed (blocks/app-embed.liquid, written by hand: it has no settings). */
export const appEmbed = {key: 'app_embed', name: 'SensIQ placeholders'};
