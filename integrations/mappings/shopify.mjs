// What only Shopify adds to the elements' attributes (custom-elements.json): which app blocks there are,
// which attributes each offers in the theme editor, and the editor's wording where an attribute's name and
// description do not suit a merchant. scripts/lib/shopify-blocks.mjs builds the blocks and their labels.
// A setting's label is otherwise its attribute's name in words, its info the attribute's description.

/** The app blocks: file name => element, the name merchants see, and the element's own attributes offered. */
export const blocks = {
  faq: {
    tag: 'sensiq-faq',
    name: 'SensIQ FAQ',
    attributes: {
      questions: {label: 'Questions to show (none ticked: all)'},
      limit: {label: 'Number of questions'},
      searchable: {label: 'Search box above the questions'},
      single: {label: 'Keep one answer open at a time'},
    },
  },
  article: {
    tag: 'sensiq-article',
    name: 'SensIQ article',
    attributes: {
      'cta-href': {
        label: 'Call to action: link',
        info: 'A SensIQ product page, shown in a "From SensIQ" panel; in clinic mode your own page (say, booking), shown as your own button with no SensIQ label. Any http(s) address. Leave empty for no call to action.',
      },
      'cta-label': {
        label: 'Call to action: button text',
        info: 'Leave empty for "Learn more from SensIQ", or "Learn more" in clinic mode.',
      },
      'cta-placement': {
        label: 'Call to action: where',
        optionLabels: {end: 'After the article', 'after-takeaways': 'After the key takeaways', both: 'Both'},
      },
    },
  },
  takeaways: {
    tag: 'sensiq-takeaways',
    name: 'SensIQ key takeaways',
    attributes: {limit: {label: 'Number of takeaways'}},
  },
  'red-flags': {
    tag: 'sensiq-red-flags',
    name: 'SensIQ red flags',
    attributes: {
      'emergency-number': {
        info: 'Adds "In an emergency, call" with this number, e.g. 911 or 112. Leave empty to leave it out.',
      },
    },
  },
};

/** Offered by every block, after its own attributes, in this order. */
export const shared = {
  'heading-level': {
    // A number field would take any number; the six levels fit a select.
    options: ['1', '2', '3', '4', '5', '6'].map((value) => ({value, label: `H${value}`})),
    default: '2',
    info: "Pick the level that fits the page's outline.",
  },
  theme: {
    info: '', // the option labels say it all
    // A first option that writes no attribute, so the element keeps its default.
    unset: {value: 'default', label: "Default (the page's own colours)"},
    optionLabels: {auto: "Follow the visitor's system setting"},
  },
  'no-promo': {id: 'clinic_mode', label: 'Clinic mode', info: 'Leave out everything that promotes a SensIQ product.'},
  analytics: {
    label: 'Google Tag Manager',
    info: "Pushes what visitors do (questions opened, searches, links followed) to the theme's Google Tag Manager dataLayer, never what they type.",
    unset: {value: 'off', label: 'Off'},
    optionLabels: {datalayer: 'Push events to the dataLayer'},
  },
};

/** The app embed (blocks/app-embed.liquid, written by hand: it has no settings). */
export const appEmbed = {key: 'app_embed', name: 'SensIQ placeholders'};
