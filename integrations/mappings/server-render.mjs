// What the platforms' server rendering knows about the elements' attributes beyond the settings declaration
// (src/internal/settings.ts): how the render plan compiler (scripts/lib/render-plan.mjs) varies each setting
// that changes the markup to find the parts it changes. The markup itself always comes from rendering the
// elements.
//
// An axis is one thing a server resolves from the settings (the heading level, whether the call to action
// shows and where). Its `variants` are the values the compiler renders besides `default`, each written as
// attributes by `attributes(value)`. Text that reaches the markup is rendered as a sentinel and becomes a slot.

import {SETTINGS} from '../../build/src/internal/settings.js';

/** Sentinel values: each one is valid for its attribute and unlike any text the elements render. */
export const SENTINELS = {
  'cta-href': 'https://sensiq-slot.example/cta-href',
  'cta-label': 'SENSIQ-SLOT-CTA-LABEL',
  // A valid number whose dialled form (digits and +) is as recognisable as its written form.
  'emergency-number': '+9 (87) 654-32',
};

/**
 * What the compiler writes for the label in the clinic's own button (own-* values of `cta`), so that it becomes
 * its own slot: with no label the two buttons show different text. The element never renders it.
 */
const OWN_LABEL = 'SENSIQ-SLOT-OWN-CTA-LABEL';

/** The forms in which a slot's value reaches the markup, by the sentinel image each leaves. */
export const SLOT_FORMS = {
  'cta-href': {'cta-href': SENTINELS['cta-href']},
  'cta-label': {'cta-label': SENTINELS['cta-label'], 'own-cta-label': OWN_LABEL},
  'emergency-number': {'emergency-number': SENTINELS['emergency-number'], 'emergency-dial': '+98765432'},
};

/** The prefix of the call to action's values in clinic mode (src/internal/settings.ts, `cta-href`). */
const OWN = SETTINGS['cta-href'].axis.prefix.clinic['1'];

/**
 * How the compiler varies the axes whose variants cannot be read off the settings declaration: by name, the
 * values besides the default and the attributes that give each. Every other axis is a boolean setting's (on,
 * '1') or a keyword's or a whole number's (each value the declaration allows).
 */
const SPECIAL_AXES = {
  emergency: {default: '0', variants: ['1'], attributes: () => ({'emergency-number': SENTINELS['emergency-number']})},
  // Shown or not, where, and whose: elements with `cta-placement` have three places, the others one ('end'); in
  // clinic mode each is the embedder's own button (`own-end`, ...: settings.ts gives the prefix). Those variants
  // are rendered in clinic mode and compared with clinic mode alone (`over`): they only ever show with it
  // (`only`), as the others only ever show without it.
  cta: {
    default: 'none',
    variants: (element) => {
      const places = element.attributes.find((a) => a.name === 'cta-placement')?.values ?? ['end'];
      return [...places, ...places.map((place) => OWN + place)];
    },
    attributes: (value) => ({
      'cta-href': SENTINELS['cta-href'],
      'cta-label': SENTINELS['cta-label'],
      ...(value.endsWith('end') ? {} : {'cta-placement': value.replace(OWN, '')}),
      ...(value.startsWith(OWN) ? {'no-promo': true} : {}),
    }),
    over: (value) => (value.startsWith(OWN) ? {'no-promo': true} : undefined),
    only: (value) => ({clinic: value.startsWith(OWN) ? '1' : '0'}),
    // The own button's label is its own slot (OWN_LABEL).
    retag: (value, token) => (value.startsWith(OWN) ? token.replaceAll(SENTINELS['cta-label'], OWN_LABEL) : token),
  },
};

/** Per item: an answer shown open. */
const OPEN = {attribute: 'open', item: true, default: '0', variants: ['1'], attributes: () => ({open: 'all'})};

const range = (min, max) => Array.from({length: max - min + 1}, (_, i) => String(min + i));

/** The compiler's description of the axis `setting` (named `name`) drives: default, variants, attributes. */
function axisOf(name, setting) {
  const special = SPECIAL_AXES[setting.axis.name];
  if (special) return {attribute: name, ...special};
  if (setting.kind === 'boolean')
    return {attribute: name, default: '0', variants: ['1'], attributes: () => ({[name]: true})};
  const values = setting.kind === 'keyword' ? setting.values : range(setting.min, setting.max);
  if (setting.kind !== 'keyword' && !(setting.kind === 'whole' && setting.max))
    throw new Error(`src/internal/settings.ts ${name}: say how its axis varies (SPECIAL_AXES)`);
  return {
    attribute: name,
    default: setting.default,
    variants: values.filter((value) => value !== setting.default),
    attributes: (value) => ({[name]: value}),
  };
}

/** Every axis, by name, from the settings declaration; an element has those whose setting it documents. */
export const AXES = {
  ...Object.fromEntries(
    Object.entries(SETTINGS)
      .filter(([, setting]) => setting.axis)
      .map(([name, setting]) => [setting.axis.name, axisOf(name, setting)])
  ),
  open: OPEN,
};

const placedFrom = new Set(Object.values(SETTINGS).map((setting) => setting.axis?.placeFrom));

/**
 * Settings that never change the shadow root's markup (the compiler checks): the server writes them on the
 * element as read. `article`: one bundled article, so the only valid value is the default. `analytics`: read by
 * the script once it runs (the dataLayer bridge), nothing to render.
 */
export const PASS_THROUGH = Object.keys(SETTINGS).filter((name) => {
  const setting = SETTINGS[name];
  return !setting.axis && !setting.slots && !setting.list && !placedFrom.has(name);
});

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
