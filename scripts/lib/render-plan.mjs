// The render plan compiler: turns the elements, rendered with @lit-labs/ssr, into render plans that PHP and
// Liquid assemble into the same markup for any settings, without a copy of any template.
//
// For each element it renders the defaults, then each value of each axis (integrations/mappings/server-render.mjs)
// with everything else at its default, and diffs the renders token by token. Every stretch of markup that an
// axis changes becomes a switch on that axis; everything else is literal markup. Lists (the FAQ's questions,
// the takeaways) are cut into one part per item, found by Lit's template marker for the item, and diffed per
// item, so the server can show any selection in any order. Text that a setting puts into the markup is rendered
// as a sentinel and becomes a slot. Lit's markers are dropped from the result: the server's markup is not
// hydrated but rendered again, identically, by the element (see docs/wordpress.md, "Content in the HTML").
//
// A plan: {tag, attributes: {name: kind}, keywords: {name: {values}}, axes: {name: {default, values}}, slots: {name: {fallback?}}, items?: {ids, labels?, select?,
// hidden: {axis: {value: [id]}}}, frame: Segment[], itemParts?: {id: Segment[]}}. A Segment is literal markup
// (a string), {axis, cases: {value: Segment[]}, otherwise: Segment[]}, {slot}, {items: true}, or {heading: offset}:
// the digit of a heading tag, the chosen level plus offset, kept within 1-6.
import {pathToFileURL} from 'node:url';
import {resolve} from 'node:path';
import {applyHunks, diffTokens, isMarker, tokenize} from './token-diff.mjs';
import {AXES, ITEM_LISTS, PASS_THROUGH, SLOT_FORMS} from '../../integrations/mappings/server-render.mjs';
import {SETTINGS} from './render-settings.mjs';

const ITEMS = '\u0000items';
const CONTENT = 'build/src/content/generated';

/** An element's axes with their variant values resolved against its documented attributes. */
function axesOf(element) {
  const documented = new Map(element.attributes.map((a) => [a.name, a]));
  const axes = {};
  for (const [name, axis] of Object.entries(AXES)) {
    if (!documented.has(axis.attribute)) continue;
    let variants = typeof axis.variants === 'function' ? axis.variants(element) : axis.variants;
    if (typeof variants === 'string') variants = documented.get(variants).values;
    if (!variants) throw new Error(`<${element.tag}> ${axis.attribute}: the manifest lists no values`);
    axes[name] = {...axis, variants: variants.filter((value) => value !== axis.default)};
  }
  return axes;
}

/**
 * The token that opens each item's template instance. `all` is `one` with items 2 to N inserted after item 1;
 * an insertion can often be placed a few tokens earlier or later, so take the place where it is whole items.
 */
function itemOpener(one, all) {
  const length = all.length - one.length;
  let prefix = 0;
  while (prefix < one.length && one[prefix] === all[prefix]) prefix++;
  let suffix = 0;
  while (suffix < one.length && one.at(-1 - suffix) === all.at(-1 - suffix)) suffix++;
  for (let at = Math.max(0, one.length - suffix); at <= prefix; at++) {
    if (/^<!--lit-part \S/.test(all[at]) && balanced(all.slice(at, at + length))) return all[at];
  }
  throw new Error('a longer list changed more than the list, or its items are not whole templates');
}

const opens = (token) => token.startsWith('<!--lit-part');
const closes = (token) => token === '<!--/lit-part-->';

function balanced(tokens) {
  let depth = 0;
  for (const token of tokens) {
    depth += opens(token) ? 1 : closes(token) ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** Cuts a render into the frame (with one ITEMS token where the list goes) and the items' tokens. */
function splitItems(tokens, opener) {
  const first = tokens.indexOf(opener);
  if (first < 0) throw new Error('no list item in the render');
  const items = [];
  let at = first;
  while (tokens[at] === opener) {
    let depth = 0;
    let end = at;
    do depth += opens(tokens[end]) ? 1 : closes(tokens[end]) ? -1 : 0;
    while (++end < tokens.length && depth > 0);
    items.push(tokens.slice(at, end));
    at = end;
  }
  return {frame: [...tokens.slice(0, first), ITEMS, ...tokens.slice(at)], items};
}

/** The shadow root's content: the render without the host's tags and the <template> around it. */
function shadowContent(tokens, tag) {
  if (!tokens[0].startsWith(`<${tag}`) || !/^<template\b[^>]*\bshadowrootmode="open"/.test(tokens[1])) {
    throw new Error(`<${tag}> did not render a declarative shadow root: ${tokens.slice(0, 2).join('')}`);
  }
  if (tokens.at(-2) !== '</template>' || tokens.at(-1) !== `</${tag}>`) throw new Error(`<${tag}> ends unexpectedly`);
  return tokens.slice(2, -2);
}

/**
 * Merges variants of `base` into segments: each region the variants change becomes a switch on its axis,
 * with one case per value that changes it. A variant may bring its `hunks` (placed in `base`, see hunksOver);
 * else it is compared with `base`. Regions of two axes that overlap cannot be told apart: an error, except a
 * change that lies inside another axis's region and whose value only ever shows with that axis at its default
 * (`only`): it becomes a switch inside that region's default.
 */
export function mergeVariants(base, variants, defaults = {}) {
  const hunks = variants
    .flatMap((variant) => (variant.hunks ?? diffTokens(base, variant.tokens)).map((hunk) => ({...hunk, variant})))
    .sort((a, b) => a.aStart - b.aStart || a.aEnd - b.aEnd);
  return mergeHunks(base, hunks, defaults);
}

function mergeHunks(base, hunks, defaults) {
  const regions = [];
  for (const hunk of hunks) {
    const last = regions.at(-1);
    const overlaps =
      last &&
      ((hunk.aStart < last.end && last.start < hunk.aEnd) ||
        hunk.aStart === last.start ||
        (hunk.aStart === last.end && hunk.variant.axis === last.axis && hunk.aStart === hunk.aEnd));
    if (overlaps && hunk.variant.axis !== last.axis) {
      const inside = hunk.aStart > last.start && hunk.aEnd < last.end;
      if (!inside || hunk.variant.only?.[last.axis] !== defaults[last.axis]) {
        throw new Error(
          `${last.axis} and ${hunk.variant.axis} change the same markup (${base.slice(last.start, Math.max(last.end, hunk.aEnd)).join('').slice(0, 200)})`
        );
      }
      last.inner.push(hunk);
    } else if (overlaps) {
      last.end = Math.max(last.end, hunk.aEnd);
      last.hunks.push(hunk);
    } else {
      regions.push({start: hunk.aStart, end: hunk.aEnd, axis: hunk.variant.axis, hunks: [hunk], inner: []});
    }
  }
  const segments = [];
  let at = 0;
  for (const region of regions) {
    segments.push(...base.slice(at, region.start));
    const cases = {};
    for (const variant of new Set(region.hunks.map((hunk) => hunk.variant))) {
      const own = region.hunks
        .filter((hunk) => hunk.variant === variant)
        .map((hunk) => ({...hunk, aStart: hunk.aStart - region.start, aEnd: hunk.aEnd - region.start}));
      cases[variant.value] = applyHunks(base.slice(region.start, region.end), variant.tokens, own);
    }
    const shifted = region.inner.map((hunk) => ({
      ...hunk,
      aStart: hunk.aStart - region.start,
      aEnd: hunk.aEnd - region.start,
    }));
    const otherwise = base.slice(region.start, region.end);
    segments.push({
      axis: region.axis,
      cases,
      otherwise: shifted.length ? mergeHunks(otherwise, shifted, defaults) : otherwise,
    });
    at = region.end;
  }
  return [...segments, ...base.slice(at)];
}

/**
 * The hunks that turn `floor` into `variant`, placed in `base` (which `floor` is a variant of) through the
 * markup the two share: a variant rendered over another axis's value, changing only markup that value keeps.
 */
export function hunksOver(base, floor, variant) {
  const toFloor = diffTokens(base, floor);
  const place = (at) => {
    let offset = 0;
    for (const hunk of toFloor) {
      if (at < hunk.bStart) break;
      if (at === hunk.bStart && hunk.bStart < hunk.bEnd) return hunk.aStart;
      if (at < hunk.bEnd)
        throw new Error(`a variant changes markup that its floor changed: ${floor.slice(at, at + 5).join('')}`);
      offset = hunk.aEnd - hunk.bEnd; // past it: after what the floor removed, too
    }
    return at + offset;
  };
  return diffTokens(floor, variant).map((hunk) => {
    const [aStart, aEnd] = [place(hunk.aStart), place(hunk.aEnd)];
    if (aEnd - aStart !== hunk.aEnd - hunk.aStart) throw new Error('a variant changes markup that its floor changed');
    return {...hunk, aStart, aEnd};
  });
}

const HEADING = /^(<\/?)h([1-6])(\b[\s\S]*)$/;

/**
 * A heading-level switch as [before, {heading: offset}, after] when every branch is one heading tag, the same
 * but for its level, at the chosen level plus `offset` (kept within 1-6); otherwise undefined.
 */
function headingTag(segment) {
  if (segment.axis !== 'level') return undefined;
  const branches = [['2', segment.otherwise], ...Object.entries(segment.cases)];
  const parsed = branches.map(([level, tokens]) => [Number(level), tokens.length === 1 && HEADING.exec(tokens[0])]);
  if (!parsed.every(([, match]) => match)) return undefined;
  const [, [, before, two, after]] = parsed[0];
  const offset = Number(two) - 2;
  const same = parsed.every(
    ([level, [, b, digit, a]]) =>
      b === before && a === after && Number(digit) === Math.min(6, Math.max(1, level + offset))
  );
  return same ? [before + 'h', {heading: offset}, after] : undefined;
}

/** Segments with markers dropped, neighbouring markup joined, and sentinels turned into slots. */
function finish(segments) {
  const out = [];
  const push = (segment) =>
    typeof segment === 'string' && typeof out.at(-1) === 'string'
      ? (out[out.length - 1] += segment)
      : out.push(segment);
  for (const segment of segments) {
    if (segment === ITEMS) push({items: true});
    else if (typeof segment === 'string') {
      if (!isMarker(segment)) for (const piece of slotted(segment)) push(piece);
    } else if (headingTag(segment)) {
      for (const piece of headingTag(segment)) push(piece);
    } else {
      const cases = Object.fromEntries(Object.entries(segment.cases).map(([value, tokens]) => [value, finish(tokens)]));
      push({axis: segment.axis, cases, otherwise: finish(segment.otherwise)});
    }
  }
  return out.filter((segment) => segment !== '');
}

const SENTINEL_SLOTS = Object.values(SLOT_FORMS).flatMap((forms) => Object.entries(forms));

/** Markup with each sentinel image replaced by its slot. */
function slotted(markup) {
  let pieces = [markup];
  for (const [slot, image] of SENTINEL_SLOTS) {
    pieces = pieces.flatMap((piece) =>
      typeof piece === 'string' ? piece.split(image).flatMap((text, i) => (i ? [{slot}, text] : [text])) : [piece]
    );
  }
  return pieces;
}

/** The text the element shows for `slot` when its setting is empty: the token that replaces the sentinel. */
function fallbackText(withSentinel, without) {
  const hunks = diffTokens(withSentinel, without);
  const changed = hunks.flatMap((hunk) => withSentinel.slice(hunk.aStart, hunk.aEnd));
  if (hunks.length !== 1 || changed.length !== 1) throw new Error('the fallback differs in more than one text');
  return without.slice(hunks[0].bStart, hunks[0].bEnd).join('');
}

/**
 * Fails the build for an attribute the settings declaration does not know, whose keywords differ from the
 * element's documented ones, or that has no values to prove the server renders with.
 */
function checkDeclared(tag, name, documentedValues) {
  const setting = SETTINGS[name];
  if (!setting) throw new Error(`<${tag}> ${name}: declare it in src/internal/settings.ts`);
  if (setting.kind === 'keyword' && documentedValues?.join() !== setting.values.join())
    throw new Error(
      `<${tag}> ${name}: the element documents ${documentedValues?.join(', ')}, src/internal/settings.ts declares ${setting.values.join(', ')}`
    );
  checkMatrixValues(name);
}

/** Fails the build for a declared setting with no values to prove the server renders with. */
export function checkMatrixValues(name) {
  const {matrix} = SETTINGS[name];
  if (!matrix.valid.length && !matrix.invalid.length)
    throw new Error(`${name}: src/internal/settings.ts gives it no matrix values to prove the servers with`);
}

/** Compiles the plan of one element (`element` as manifestElements() describes it). */
export async function compilePlan(element, render, slug) {
  const {tag} = element;
  for (const {name, values} of element.attributes) checkDeclared(tag, name, values);
  const has = (name) => element.attributes.some((a) => a.name === name);
  const axes = axesOf(element);
  const list = ITEM_LISTS[tag];
  const tokens = (attributes) => shadowContent(tokenize(render(tag, attributes)), tag);
  for (const name of PASS_THROUGH.filter(has)) {
    const sample = name === 'article' ? {article: slug} : {[name]: SETTINGS[name].matrix.valid[0]};
    if (tokens(sample).join('') !== tokens({}).join(''))
      throw new Error(`<${tag}> ${name} changes the markup; it cannot pass through`);
  }

  const baseTokens = tokens({});
  // Lit's markers found the items; they would only add false anchors to the diffs.
  const withoutMarkers = (list) => list.filter((token) => !isMarker(token));
  let split = (all) => ({frame: withoutMarkers(all), items: []});
  let items;
  if (list && has('limit')) {
    const content = await import(pathToFileURL(resolve(`${CONTENT}/${list.module}`)).href);
    const known = list.items(content, slug);
    const opener = itemOpener(tokens({limit: 1}), baseTokens);
    split = (all) => {
      const {frame, items} = splitItems(all, opener);
      return {frame: withoutMarkers(frame), items: items.map(withoutMarkers)};
    };
    if (split(baseTokens).items.length !== known.length)
      throw new Error(`<${tag}> does not render all ${known.length} items by default`);
    items = {
      ids: known.map((item) => item.id),
      ...(known[0].label ? {labels: known.map((item) => item.label)} : {}),
      ...(list.select ? {select: list.select} : {}),
      hidden: {},
    };
  }
  const base = split(baseTokens);
  const frameVariants = [];
  const itemVariants = base.items.map(() => []);
  const defaults = Object.fromEntries(Object.entries(axes).map(([name, axis]) => [name, axis.default]));
  for (const [axis, {variants, attributes, over, only, retag = (_, token) => token}] of Object.entries(axes)) {
    for (const value of variants) {
      const variant = split(tokens(attributes(value)).map((token) => retag(value, token)));
      const floorAttributes = over?.(value);
      if (floorAttributes) {
        // Rendered over another axis's value: compared with that value alone; it must leave the items as they are.
        const floor = split(tokens(floorAttributes));
        if (variant.items.map((item) => item.join('')).join() !== floor.items.map((item) => item.join('')).join())
          throw new Error(`<${tag}> ${axis}=${value} changes items`);
        const hunks = hunksOver(base.frame, floor.frame, variant.frame);
        frameVariants.push({axis, value, tokens: variant.frame, hunks, only: only?.(value)});
        continue;
      }
      frameVariants.push({axis, value, tokens: variant.frame, only: only?.(value)});
      if (variant.items.length === base.items.length) {
        variant.items.forEach((item, i) => itemVariants[i].push({axis, value, tokens: item}));
        continue;
      }
      // Fewer items (clinic mode leaves promotion out): which ones are missing, the others unchanged.
      const kept = base.items.map((item) => variant.items.some((other) => other.join('') === item.join('')));
      if (kept.filter(Boolean).length !== variant.items.length)
        throw new Error(`<${tag}> ${axis}=${value} changes items as well as dropping some`);
      (items.hidden[axis] ??= {})[value] = items.ids.filter((_, i) => !kept[i]);
    }
  }
  const plan = {
    tag,
    // How the server reads each attribute: its declaration, less the values that prove it.
    settings: Object.fromEntries(
      element.attributes.map(({name}) => {
        const {matrix: _matrix, ...reading} = SETTINGS[name];
        return [name, reading];
      })
    ),
    axes: Object.fromEntries(
      Object.entries(axes).map(([name, axis]) => [
        name,
        {default: axis.default, values: [axis.default, ...axis.variants], ...(axis.item ? {item: true} : {})},
      ])
    ),
    frame: finish(mergeVariants(base.frame, frameVariants, defaults)),
  };
  if (items) {
    plan.items = items;
    plan.itemParts = Object.fromEntries(
      items.ids.map((id, i) => [id, finish(mergeVariants(base.items[i], itemVariants[i], defaults))])
    );
  }
  if (axes.cta) {
    // The text each button shows without a label: SensIQ's (the first value) and the clinic's own (the first own).
    const fallback = (value) => {
      const {'cta-label': label, ...withoutLabel} = axes.cta.attributes(value);
      return {fallback: fallbackText(tokens({...withoutLabel, 'cta-label': label}), tokens(withoutLabel))};
    };
    const own = axes.cta.variants.find((value) => axes.cta.over?.(value));
    plan.slots = {'cta-label': fallback(axes.cta.variants[0]), 'own-cta-label': fallback(own)};
  }
  return plan;
}

/** Every element's plan but those that show nothing of their own (<sensiq-provider>), by tag. */
export async function compilePlans(elements, render, slug) {
  for (const name of Object.keys(SETTINGS)) checkMatrixValues(name);
  const plans = {};
  for (const element of elements.values()) {
    const empty =
      render(element.tag)
        .replace(/<style>[\s\S]*?<\/style>|<[^>]*>/g, '')
        .trim() === '';
    if (!empty) plans[element.tag] = await compilePlan(element, render, slug);
  }
  return plans;
}
