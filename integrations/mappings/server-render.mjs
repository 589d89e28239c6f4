// What the platforms' server rendering knows about the elements' attributes, beyond custom-elements.json:
// which attributes change the markup and how the render plan compiler (scripts/lib/render-plan.mjs) varies
// them to find the parts they change. The markup itself always comes from rendering the elements.
//
// An axis is one thing a server resolves from the settings (the heading level, whether the call to action
// shows and where). Its `variants` are the values the compiler renders besides `default`, each written as
// attributes by `attributes(value)`. Text that reaches the markup is rendered as a sentinel and becomes a slot.

/** Sentinel values: each one is valid for its attribute and unlike any text the elements render. */
export const SENTINELS = {
  'cta-href': 'https://sensiq-slot.example/cta-href',
  'cta-label': 'SENSIQ-SLOT-CTA-LABEL',
  // A valid number whose dialled form (digits and +) is as recognisable as its written form.
  'emergency-number': '+9 (87) 654-32',
};

/** The forms in which a slot's value reaches the markup, by the sentinel image each leaves. */
export const SLOT_FORMS = {
  'cta-href': {'cta-href': SENTINELS['cta-href']},
  'cta-label': {'cta-label': SENTINELS['cta-label']},
  'emergency-number': {'emergency-number': SENTINELS['emergency-number'], 'emergency-dial': '+98765432'},
};

const flag = (attribute) => ({attribute, default: '0', variants: ['1'], attributes: () => ({[attribute]: true})});

/** Every axis, by name; an element has those whose attribute it documents. */
export const AXES = {
  level: {
    attribute: 'heading-level',
    default: '2',
    variants: ['1', '3', '4', '5', '6'],
    attributes: (level) => ({'heading-level': level}),
  },
  theme: {attribute: 'theme', default: 'page', variants: 'manifest', attributes: (theme) => ({theme})},
  clinic: flag('no-promo'),
  searchable: flag('searchable'),
  emergency: {
    attribute: 'emergency-number',
    default: '0',
    variants: ['1'],
    attributes: () => ({'emergency-number': SENTINELS['emergency-number']}),
  },
  // Shown or not, and where: elements with `cta-placement` have three places, the others one ('end').
  cta: {
    attribute: 'cta-href',
    default: 'none',
    variants: (element) => (element.attributes.some((a) => a.name === 'cta-placement') ? 'cta-placement' : ['end']),
    attributes: (placement) => ({
      'cta-href': SENTINELS['cta-href'],
      'cta-label': SENTINELS['cta-label'],
      ...(placement === 'end' ? {} : {'cta-placement': placement}),
    }),
  },
  // Per item: an answer shown open.
  open: {attribute: 'open', item: true, default: '0', variants: ['1'], attributes: () => ({open: 'all'})},
};

/** Attributes that reach the markup only through an axis above, or through the item list. */
export const RESOLVED = [
  'heading-level',
  'theme',
  'no-promo',
  'searchable',
  'emergency-number',
  'cta-href',
  'cta-label',
  'cta-placement',
  'open',
  'limit',
  'questions',
];

/**
 * Attributes that never change the shadow root's markup (the compiler checks): the server writes them on
 * the element as given. `article`: one bundled article, so the only valid value is the default. `analytics`:
 * read by the script once it runs (the dataLayer bridge), nothing to render.
 */
export const PASS_THROUGH = ['single', 'no-structured-data', 'article', 'analytics'];

/**
 * Elements that show a list the settings choose from: where the compiler finds its items (the content the
 * elements render, compiled in build/src/content/generated/), how items are named, and the attribute that
 * picks them by id. `limit` (when documented) keeps the first N.
 */
export const ITEM_LISTS = {
  'sensiq-faq': {
    module: 'faq.js',
    items: (content, slug) => content.faqs[slug].map((faq) => ({id: faq.id, label: faq.heading})),
    select: 'questions',
  },
  'sensiq-takeaways': {
    module: 'takeaways.js',
    // Takeaways have no ids: their position names them.
    items: (content, slug) => content.takeaways[slug].items.map((_, index) => ({id: String(index + 1)})),
  },
};
