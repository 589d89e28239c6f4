// What only WordPress adds to the elements' attributes (custom-elements.json): which elements get a shortcode,
// which attributes hold links, and each block's icon and inserter preview. scripts/lib/wordpress-elements.mjs and
// scripts/lib/wordpress-blocks.mjs build the plugin's table and blocks from both; the words come from the
// settings declaration (src/internal/settings.ts).

/** Every element gets a shortcode ([sensiq_faq] for <sensiq-faq>) but these. */
export const withoutShortcode = [
  'sensiq-provider', // a wrapper: it shows what is put inside it, which a shortcode does not carry
];

/** Attributes whose value is a link: escaped with esc_url and limited to http and https. */
export const urlAttributes = ['cta-href'];

/** Each block's icon in the editor (a Dashicon), so the blocks tell apart in the inserter. */
export const blockIcons = {
  'sensiq-article': 'media-document',
  'sensiq-faq': 'editor-help',
  'sensiq-red-flags': 'warning',
  'sensiq-takeaways': 'lightbulb',
};

/** The settings each block shows in the inserter's preview (block.json `example`): short enough to judge by. */
export const blockExamples = {
  'sensiq-faq': {limit: '3'},
  'sensiq-takeaways': {limit: '3'},
  'sensiq-red-flags': {'emergency-number': '911'},
};
