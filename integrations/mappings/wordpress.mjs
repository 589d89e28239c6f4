// What only WordPress adds to the elements' attributes (custom-elements.json): which elements get a shortcode
// and which attributes hold links. scripts/lib/wordpress-elements.mjs builds the plugin's table from both.

/** Every element gets a shortcode ([sensiq_faq] for <sensiq-faq>) but these. */
export const withoutShortcode = [
  'sensiq-provider', // a wrapper: it shows what is put inside it, which a shortcode does not carry
];

/** Attributes whose value is a link: escaped with esc_url and limited to http and https. */
export const urlAttributes = ['cta-href'];

/** The blocks' names in the editor's inserter, by element. */
export const blockTitles = {
  'sensiq-article': 'SensIQ article',
  'sensiq-faq': 'SensIQ FAQ',
  'sensiq-red-flags': 'SensIQ red flags: when to see a doctor',
  'sensiq-takeaways': 'SensIQ key takeaways',
};
