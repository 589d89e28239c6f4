// In-page property-based fuzzing of every attribute of every SensIQ element, as an attribute and in its
// data-* placeholder form, with fast-check: many runs per page load, no round trip per case.
// Each run checks that nothing threw, that no element or handler came out of the input (the payloads try to
// set window.__pwned), that the host's listeners stayed silent, and that an invalid value warned clearly
// while a valid one did not. Loaded by the fuzz page next to dist/sensiq.js and the host recorder.
import fc from '/fast-check.js'; // served by test/hostile/fuzz.mjs

const SLUG = 'menopause-hip-leg-pain';
const PAYLOADS = [
  '"><img src=x onerror="window.__pwned=1">',
  "'><svg onload=window.__pwned=1>",
  '<script>window.__pwned=1</script>',
  '</style><script>window.__pwned=1</script>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>">',
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1//',
  'data:text/html,<script>window.__pwned=1</script>',
  '${window.__pwned=1}',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '<!--',
  ']]>',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'prototype',
  '',
  ' ',
  '\u0000',
  '\u202e\u2066',
  '\ud83d\ude00',
  'NaN',
  'Infinity',
  '-Infinity',
  '-1',
  '0',
  '-0',
  '1e3',
  '1e400',
  '0x10',
  '1.5',
  '3.0',
  '+2',
  ' 4 ',
  '9007199254740993',
  'true',
  'false',
  'null',
  'undefined',
  'all',
  'ALL',
  SLUG,
  ` ${SLUG.toUpperCase()} `,
  'page',
  'light',
  'dark',
  'auto',
  'Dark',
  'end',
  'after-takeaways',
  'both',
  'datalayer',
  ' DataLayer ',
  'dataLayer.push',
];

// Values an attribute may hold, per its documented kind. Three answers: 'valid' (no warning, applied),
// 'invalid' (one clear warning, fallback), 'either' (odd spellings, e.g. "0x3", a parser may accept).
const integer = (min, max) => (value) => {
  // Digits only, within range and representable (a 1 MB number is Infinity to a parser: either answer).
  if (/^\s*\d+\s*$/.test(value) && Number.isFinite(Number(value)) && Number(value) >= min && Number(value) <= max)
    return 'valid';
  const number = Number(value.trim() || NaN);
  return Number.isInteger(number) && number >= min && number <= max ? 'either' : 'invalid';
};
const keyword =
  (...allowed) =>
  (value) =>
    allowed.includes(value) ? 'valid' : allowed.includes(value.trim().toLowerCase()) ? 'either' : 'invalid';

/** The model of each attribute, given the ids of the article's questions. */
const models = (ids) => ({
  boolean: () => 'valid', // presence is what counts, whatever the value
  'heading-level': integer(1, 6),
  limit: integer(1, Infinity),
  article: (value) => (value === SLUG ? 'valid' : value.trim() === SLUG ? 'either' : 'invalid'),
  questions: (value) =>
    value
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean)
      .every((id) => ids.includes(id))
      ? 'valid'
      : 'invalid',
  open: (value) => (!value.trim() || value === 'all' || ids.includes(value) ? 'valid' : keyword('all', ...ids)(value)),
  theme: keyword('page', 'light', 'dark', 'auto'),
  'cta-placement': keyword('end', 'after-takeaways', 'both'),
  analytics: keyword('datalayer'),
  'cta-href': (value) => {
    try {
      return ['http:', 'https:'].includes(new URL(value).protocol) ? 'valid' : 'invalid';
    } catch {
      return 'invalid';
    }
  },
  'cta-label': () => 'valid', // free text, shown as text
  'emergency-number': (value) => {
    const number = value.trim();
    // One optional leading +, then digits, spaces and ( ) -: a + anywhere else would dial the wrong number.
    if (!number || /^(?=.*\d)\+?[0-9 ()-]{1,19}$/.test(number)) return 'valid';
    return 'invalid'; // the element must warn, e.g. for "+2+2" or a letter
  },
});

/** The model for `attribute` of `tag`, or throws (a new attribute must get a model here). */
function modelOf(tag, attribute, ids) {
  const declared = customElements.get(tag).elementProperties;
  const property = [...declared].find(
    ([name, options]) => (typeof options.attribute === 'string' ? options.attribute : name.toLowerCase()) === attribute
  );
  if (property?.[1].type === Boolean) return models(ids).boolean;
  const model = models(ids)[attribute];
  if (!model) throw new Error(`no fuzz model for ${tag} attribute ${attribute}: add one to test/hostile/pages/fuzz.js`);
  return model;
}

/** Hostile strings: payloads, full unicode, numbers, valid values, mixes of those, and 1 MB strings. */
function values(valid) {
  const payload = fc.constantFrom(...PAYLOADS);
  return fc.oneof(
    {weight: 30, arbitrary: payload},
    {weight: 20, arbitrary: fc.string({unit: 'binary', maxLength: 64})},
    {weight: 10, arbitrary: fc.string({unit: 'grapheme', maxLength: 32})},
    {weight: 15, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.bigInt()).map(String)},
    {weight: 10, arbitrary: fc.constantFrom(...valid)},
    {
      weight: 10,
      arbitrary: fc
        .tuple(payload, fc.constantFrom(...valid, ...PAYLOADS), fc.constantFrom(',', ' ', ''))
        .map(([a, b, sep]) => a + sep + b),
    },
    {weight: 1, arbitrary: payload.map((p) => (p || 'x').repeat(Math.ceil(2 ** 20 / (p.length || 1))))}
  );
}

// What a warning looks like: `[SensIQ] <tag> attribute="value" ... use ...`, with long values shortened.
const quote = (value) => JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);

const DANGEROUS =
  'img,script:not([type="application/ld+json"]),iframe,object,embed,svg,math,style,link,meta,base,form,frame,frameset,video,audio,source,template,portal';

// This run's warnings, and (kept small for long runs) which element/attribute pairs and placeholder names
// have ever been warned about on this page.
let warnings = [];
const warnedAttributes = new Set();
const warnedNames = new Set();
const added = [];
let expected = new Set();
new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) added.push(node);
}).observe(document, {childList: true, subtree: true});

/** Every shadow root under `root`, nested ones too. */
function* shadowRoots(root) {
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) {
      yield element.shadowRoot;
      yield* shadowRoots(element.shadowRoot);
    }
  }
}

/** Problems on the page now: injected elements, handlers or links, code that ran, host-visible errors. */
function problems(baseline) {
  const found = [];
  if (window.__pwned !== undefined) found.push('an injected payload ran');
  if (document.querySelectorAll(DANGEROUS).length !== baseline.dangerous) found.push('a new element in the document');
  const blocks = [...document.querySelectorAll('script[type="application/ld+json"]')].map(
    (s) => s.dataset.sensiqJsonLd
  );
  if (new Set(blocks).size !== blocks.length) found.push(`two JSON-LD blocks for one key: ${blocks}`);
  for (const node of added.splice(0)) {
    const ours =
      expected.has(node) ||
      customElements.get(node.localName) ||
      node.matches('script[type="application/ld+json"][data-sensiq-json-ld]');
    if (!ours) found.push(`an unexpected <${node.localName}> was added to the page`);
  }
  for (const root of shadowRoots(document)) {
    if (root.querySelector(DANGEROUS)) found.push(`a <${root.querySelector(DANGEROUS).localName}> in a shadow root`);
    for (const element of root.querySelectorAll('*')) {
      for (const {name, value} of element.attributes) {
        if (name.startsWith('on')) found.push(`an ${name} attribute in a shadow root`);
        // Allowed: web links, same-document anchors, and phone links made of digits and +.
        if (name === 'href' && !/^(https?:\/\/|#[\w-]*$|tel:[\d+]+$)/.test(value))
          found.push(`a link to ${value.slice(0, 40)}`);
      }
    }
  }
  if (window.__host.errors.length !== baseline.errors) found.push(`host error: ${window.__host.errors.at(-1)}`);
  if (window.__host.rejections.length !== baseline.rejections)
    found.push(`host rejection: ${window.__host.rejections.at(-1)}`);
  return found;
}

const tick = () => new Promise((resolve) => queueMicrotask(resolve));
// A task without setTimeout's 4 ms clamp on nested timers (Firefox applies it to every run).
const task = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(null);
  });

/** Waits (microtasks first, then tasks) until `done()` or gives up. */
async function until(done, ticks = 50, tasks = 50) {
  for (let i = 0; i < ticks && !done(); i++) await tick();
  for (let i = 0; i < tasks && !done(); i++) await task();
  return done();
}

/** Polls `done` on timers (tasks of any source run in between) for up to `ms`. */
async function within(ms, done) {
  const end = performance.now() + ms;
  while (!done() && performance.now() < end) await new Promise((resolve) => setTimeout(resolve, 10));
  return done();
}

function withWarningsCaptured(body) {
  const original = console.warn;
  console.warn = (...args) => {
    const text = args.map(String).join(' ');
    warnings.push(text);
    const about = /^\[SensIQ\] <([a-z-]+)> ([a-z-]+)=/.exec(text);
    if (about && / use /.test(text)) warnedAttributes.add(`${about[1]} ${about[2]}`);
    // The s flag: a quoted name may hold a line or paragraph separator (U+2028, U+2029), which JSON.stringify
    // leaves as it is and `.` alone does not match (CI run L, 2026-12-07, seed 1831835155).
    const name = /^\[SensIQ\] data-sensiq=(".*") is not a SensIQ element: use /s.exec(text);
    if (name) warnedNames.add(name[1]);
  };
  return body().finally(() => (console.warn = original));
}

function baselineNow() {
  added.length = 0;
  return {
    dangerous: document.querySelectorAll(DANGEROUS).length,
    errors: window.__host.errors.length,
    rejections: window.__host.rejections.length,
  };
}

/** The ids of the article's questions, as a default FAQ renders them. */
async function questionIds(container) {
  const faq = document.createElement('sensiq-faq');
  container.append(faq);
  await faq.updateComplete;
  const ids = [...faq.shadowRoot.querySelectorAll('button[id^="q-"]')].map((b) => b.id.slice(2));
  faq.remove();
  return ids;
}

/**
 * Warning problems after `value` was given to `attribute` of `tag`; `seen` holds this run's warnings.
 * A fresh element (`exact`) must quote this very value; an element that stays on the page may have said it
 * already (warnings are said once per element and value, and Lit skips an update when e.g. two invalid
 * numbers both parse to NaN), so there any earlier warning about the attribute counts.
 */
function warningProblems(tag, attribute, value, verdict, seen, exact) {
  const about = (w) => w.startsWith(`[SensIQ] <${tag}> ${attribute}=`) && / use /.test(w);
  if (verdict === 'valid' && seen.some(about)) return [`a valid value warned: ${seen.find(about).slice(0, 200)}`];
  if (verdict !== 'invalid') return [];
  const clear = exact
    ? seen.some((w) => about(w) && w.startsWith(`[SensIQ] <${tag}> ${attribute}=${quote(value)} `))
    : warnedAttributes.has(`${tag} ${attribute}`);
  return clear
    ? []
    : [`no clear warning for an invalid value (saw ${JSON.stringify(seen.map((w) => w.slice(0, 120)))})`];
}

/**
 * Fuzzes `attribute` of `tag` with `numRuns` values, each run in one of its two forms: set on an element
 * that stays on the page, or as `data-<attribute>` on a fresh placeholder that the bundle upgrades.
 * Returns {runs, forms: {attribute, placeholder}} or {error}.
 */
async function fuzzAttribute({tag, attribute, numRuns, seed}) {
  const container = document.getElementById('fuzz');
  const ids = await questionIds(container);
  const model = modelOf(tag, attribute, ids);
  const valid = [
    ...ids.slice(0, 3),
    ids.slice(0, 2).join(','),
    '1',
    '6',
    '2',
    'all',
    SLUG,
    'light',
    'dark',
    'auto',
    '',
    'https://example.com/product',
    '+1 (555) 010-0199',
    '112',
    'datalayer',
  ];
  const resident = document.createElement(tag);
  const placeholders = document.createElement('div');
  container.append(resident, placeholders);
  await resident.updateComplete;
  await placeholderCodeLoaded(placeholders, tag);
  const baseline = baselineNow();
  const forms = {attribute: 0, placeholder: 0};
  const property = fc.asyncProperty(values(valid), fc.constantFrom('attribute', 'placeholder'), async (value, form) => {
    forms[form]++;
    warnings = [];
    let element = resident;
    try {
      if (form === 'attribute') {
        expected = new Set();
        resident.setAttribute(attribute, value);
        await resident.updateComplete;
      } else {
        const placeholder = document.createElement('div');
        placeholder.dataset.sensiq = tag.slice(7);
        placeholder.setAttribute(`data-${attribute}`, value);
        expected = new Set([placeholder]);
        placeholders.append(placeholder);
        // The placeholder code's dynamic import may resolve in a task queue that MessageChannel tasks run ahead
        // of: after those, up to 2 s on timers.
        const upgraded =
          (await until(() => !placeholder.isConnected)) || (await within(2000, () => !placeholder.isConnected));
        if (!upgraded) return fail('the placeholder was not upgraded');
        element = placeholders.firstElementChild;
        if (element?.localName !== tag || element.getAttribute(attribute) !== value)
          return fail('the placeholder became something else');
        await element.updateComplete;
      }
    } catch (error) {
      return fail(`threw ${error}`);
    }
    const seen = warnings;
    const found = [
      ...problems(baseline),
      ...warningProblems(tag, attribute, value, model(value), seen, element !== resident),
    ];
    if (element !== resident) element.remove();
    return found.length ? fail(found.join('; ')) : true;
  });
  const result = await run(property, numRuns, seed);
  resident.remove();
  placeholders.remove();
  return {...result, forms};
}

/**
 * Upgrades one placeholder of `tag` in `container`, so the placeholder code (which sensiq.js loads on first
 * need, over the network) is there before runs that allow a few tasks for an upgrade.
 */
async function placeholderCodeLoaded(container, tag) {
  const placeholder = document.createElement('div');
  placeholder.dataset.sensiq = tag.slice(7);
  container.append(placeholder);
  // Waited for by time, not by a count of tasks: the placeholder code is a file of its own, fetched on first
  // need, which a busy machine may take longer to fetch than any fixed number of tasks; the cases after it
  // would then miss the warnings that come with it. It fails clearly instead of going on without it.
  const loaded = await within(10_000, () => !placeholder.isConnected);
  container.replaceChildren();
  if (!loaded) throw new Error(`a data-sensiq="${tag.slice(7)}" placeholder was not upgraded within 10 s`);
}

let failure;
function fail(message) {
  failure = message;
  return false;
}

/** Runs `property`, returning {runs} or {error} with the reason and a shortened counterexample. */
async function run(property, numRuns, seed) {
  failure = undefined;
  const details = await withWarningsCaptured(() => fc.check(property, {numRuns, seed, endOnFailure: true}));
  if (!details.failed) return {runs: details.numRuns};
  const example = JSON.stringify(details.counterexample?.[0] ?? null);
  return {
    error: `${failure ?? details.errorInstance} (seed ${details.seed}, counterexample ${example.length > 300 ? example.slice(0, 300) + '...' : example})`,
  };
}

/** Fuzzes the data-sensiq value of a placeholder: invalid names warn and leave the placeholder alone. */
async function fuzzPlaceholderName({tags, numRuns, seed}) {
  const container = document.getElementById('fuzz');
  const names = tags.map((tag) => tag.slice(7));
  await placeholderCodeLoaded(container, tags[0]);
  const baseline = baselineNow();
  const property = fc.asyncProperty(values([...names, ...tags, ' FAQ ']), async (value) => {
    warnings = [];
    const placeholder = document.createElement('div');
    placeholder.dataset.sensiq = value;
    placeholder.dataset.onclick = 'window.__pwned=1';
    placeholder.textContent = 'Host fallback';
    expected = new Set([placeholder]);
    const name = value
      .trim()
      .toLowerCase()
      .replace(/^sensiq-/, '');
    const known = names.includes(name);
    container.append(placeholder);
    const upgraded = await until(() => !placeholder.isConnected, 50, known ? 50 : 1);
    // The warning for an unknown name comes with the placeholder code, which sensiq.js loads on first need.
    if (!known) await until(() => warnedNames.has(quote(name)));
    const found = problems(baseline);
    const element = container.firstElementChild;
    if (known && (!upgraded || element.localName !== `sensiq-${name}` || element.textContent !== 'Host fallback'))
      found.push('a valid name did not become its element');
    if (known && [...element.attributes].some((a) => a.name.startsWith('on')))
      found.push('data-onclick became an attribute');
    if (!known && upgraded) found.push('an invalid name replaced the placeholder');
    if (!known && !warnedNames.has(quote(name))) found.push('no clear warning for an invalid name');
    element?.remove();
    return found.length ? fail(found.join('; ')) : true;
  });
  return run(property, numRuns, seed);
}

/**
 * Fuzzes the address fragment `#faq-<value>` with a FAQ on the page: only an exact question id opens
 * its question; anything else changes nothing.
 */
async function fuzzHash({numRuns, seed}) {
  const container = document.getElementById('fuzz');
  const ids = await questionIds(container);
  const faq = document.createElement('sensiq-faq');
  expected = new Set([faq]);
  container.append(faq);
  await faq.updateComplete;
  const baseline = baselineNow();
  const openIds = () =>
    [...faq.shadowRoot.querySelectorAll('button[aria-expanded="true"]')].map((b) => b.id.slice(2)).join();
  const fragment = fc.oneof(
    values(ids),
    fc.constantFrom(...ids).map((id) => id + '"><img src=x onerror=window.__pwned=1>')
  );
  const property = fc.asyncProperty(fragment, async (value) => {
    // Start from no fragment. A fragment navigation, not history.replaceState: WebKit throws after 100 of
    // those in 10 seconds.
    if (location.hash) {
      const reset = new Promise((resolve) => addEventListener('hashchange', resolve, {once: true}));
      location.replace('#');
      await reset;
    }
    for (const button of faq.shadowRoot.querySelectorAll('button[aria-expanded="true"]')) button.click();
    await faq.updateComplete;
    const changed = new Promise((resolve) => addEventListener('hashchange', resolve, {once: true}));
    location.replace(`#faq-${value.slice(0, 65536)}`); // a fragment navigation that adds no history entry
    let fired = false;
    changed.then(() => (fired = true));
    if (!(await until(() => fired, 10, 100))) return fail('no hashchange');
    await faq.updateComplete;
    await tick();
    await faq.updateComplete;
    const found = problems(baseline);
    const open = openIds();
    // The fragment as the browser holds it (the URL parser drops tabs and newlines, escapes the rest).
    const held = location.hash.slice('#faq-'.length);
    const wanted = ids.includes(held) ? held : '';
    if (open !== wanted) found.push(`the fragment opened ${JSON.stringify(open)}, expected ${JSON.stringify(wanted)}`);
    return found.length ? fail(found.join('; ')) : true;
  });
  const result = await run(property, numRuns, seed);
  history.replaceState(null, '', '#');
  faq.remove();
  return result;
}

/** Values no attribute can hold but a script or a framework (React 19 sets properties) may assign. */
const oddValues = () =>
  fc.oneof(
    fc.anything({
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withNullPrototype: true,
    }),
    fc.array(fc.constantFrom(...PAYLOADS)),
    fc.constantFrom(
      Symbol('sensiq'),
      Object.create(null),
      {
        toString: () => {
          throw new Error('toString throws');
        },
      },
      new Proxy(
        {},
        {
          get: () => {
            throw new Error('proxy throws');
          },
        }
      ),
      () => (window.__pwned = 1),
      NaN,
      -0,
      Infinity,
      10n,
      new Date(NaN)
    )
  );

/**
 * Assigns odd values to every public property of `tag` on an element that stays on the page: nothing may
 * throw (Lit would report it to the host as an unhandled rejection), run, or be created.
 */
async function fuzzProperties({tag, numRuns, seed}) {
  const container = document.getElementById('fuzz');
  const properties = [...customElements.get(tag).elementProperties]
    .filter(([, options]) => !options.state && options.attribute !== false)
    .map(([name]) => name);
  const element = document.createElement(tag);
  container.append(element);
  await element.updateComplete;
  const baseline = baselineNow();
  expected = new Set();
  const property = fc.asyncProperty(fc.constantFrom(...properties), oddValues(), async (name, value) => {
    warnings = [];
    try {
      element[name] = value;
      await element.updateComplete;
      element[name] = undefined;
      await element.updateComplete;
    } catch (error) {
      return fail(`${name} = ${typeof value}: threw ${error}`);
    }
    const found = problems(baseline);
    return found.length ? fail(`${name}: ${found.join('; ')}`) : true;
  });
  const result = await run(property, numRuns, seed);
  element.remove();
  return {...result, properties};
}

/** The attributes each element declares, for the Node side to iterate. */
const attributesOf = (tags) =>
  Object.fromEntries(tags.map((tag) => [tag, [...customElements.get(tag).observedAttributes]]));

window.sensiqFuzz = {attributesOf, fuzzAttribute, fuzzProperties, fuzzPlaceholderName, fuzzHash};
