// How a server reads an element's settings for its render plan (scripts/lib/render-plan.mjs), and assembles
// the plan: the reference that the plugin's PHP (includes/server-render.php) and the Shopify snippets
// (scripts/lib/shopify-render.mjs) follow, and that the build checks every plan against.
//
// Each setting is read by its declaration (src/internal/settings.ts) in its plain form, which the element reads
// the same way, so the server shows what the element would. A value not valid, or not in its plain form
// (limit="03", a link the URL standard would rewrite), is not written on the element at all: the element then
// shows its default, and so does the server, which notes the setting for the site's administrators. What the
// server writes on the element is the value as read (limit="3", theme="dark"), never the raw setting text.

import {SETTINGS} from '../../build/src/internal/settings.js';

export {SETTINGS};

// JavaScript's String.prototype.trim: ASCII and Unicode white space and line terminators.
const trimJs = (text) => String(text).trim();

/**
 * A whole number written as plain digits ('3', never '03', '3.0', '0x3' or '3e0', which the element would also
 * read as 3), from `min` to `max`, or undefined. Servers take canonical values only, so that PHP and Liquid need
 * no copy of JavaScript's Number(): anything else is left out, and the element shows its default.
 */
const whole = (text, min, max) =>
  /^[1-9][0-9]*$/.test(text) && Number(text) >= min && Number(text) <= max ? text : undefined;

/**
 * An absolute http(s) URL in the form the URL standard writes it back (lower-case scheme and host, a path,
 * no default port), or undefined. Only URLs whose standard form is certain are taken: no user info, dot
 * segments, backslashes, white space or characters the standard would escape. Anything else is refused, on
 * the server as a setting the element would otherwise have rewritten.
 */
export function canonicalUrl(text) {
  // Inner spaces are written %20 by the standard, in the path, the query and the fragment alike.
  const match =
    /^(https?):\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)*\.?)(?::([1-9][0-9]{0,4}))?(\/[A-Za-z0-9\-._~!$&()*+,;=:@%/]*)?(\?[A-Za-z0-9\-._~!$&()*+,;=:@%/?]*)?(#[A-Za-z0-9\-._~!$&'()*+,;=:@%/?]*)?$/i.exec(
      trimJs(text).replaceAll(' ', '%20')
    );
  if (!match) return undefined;
  const [, scheme, host, port, path = '/', query = '', fragment = ''] = match;
  // Hosts that end in a number are read as IPv4 addresses (0x7f.1 is 127.0.0.1): not worth the risk.
  if (/(^|\.)[0-9][a-z0-9]*\.?$/i.test(host) || Number(port) > 65535) return undefined;
  if (/(^|\/)(\.|%2e){1,2}(\/|$)/i.test(path)) return undefined;
  const defaultPort = {http: '80', https: '443'}[scheme.toLowerCase()];
  const kept = port && port !== defaultPort ? `:${port}` : '';
  return `${scheme.toLowerCase()}://${host.toLowerCase()}${kept}${path}${query}${fragment}`;
}

/** A setting's value as read from `text` (trimmed), or undefined when it is not valid. */
function readValue(setting, text, {ids, article}) {
  switch (setting.kind) {
    case 'whole':
      return whole(text, setting.min, setting.max ?? Infinity);
    case 'keyword':
      return setting.values.includes(text.toLowerCase()) ? text.toLowerCase() : undefined;
    case 'url':
      return canonicalUrl(text);
    case 'phone':
      return new RegExp(setting.pattern).test(text) ? text : undefined;
    case 'article':
      return text === article ? text : undefined;
    case 'item': {
      const id = text.toLowerCase();
      return id === 'all' || ids.includes(id) ? id : undefined;
    }
    default:
      return text;
  }
}

/** Characters a slot leaves out of its setting's value (the dialled form of a phone number keeps digits and +). */
const dropped = (text, drop = '') => [...text].filter((character) => !drop.includes(character)).join('');

/**
 * Reads `given` ({attribute: text, or true for a bare flag}) against `plan`: the value of every axis, the
 * slots, the items shown in order, the attributes to write on the element, and what was not valid. Generic over
 * the settings declaration (src/internal/settings.ts), which the plan carries for the element's attributes.
 */
export function resolveSettings(plan, given, {article}) {
  const notices = [];
  const read = {};
  const ids = plan.items?.ids ?? [];
  for (const [name, raw] of Object.entries(given)) {
    const setting = plan.settings[name];
    if (!setting) {
      notices.push({name, reason: 'unknown'});
      continue;
    }
    if (setting.kind === 'boolean') {
      if (raw === true) read[name] = true;
      continue;
    }
    const text = raw === true ? '' : trimJs(raw);
    if (setting.kind === 'ids') {
      const wanted = [
        ...new Set(
          text
            .split(',')
            .map((id) => id.trim())
            .filter(Boolean)
        ),
      ];
      const known = wanted.filter((id) => ids.includes(id));
      if (known.length < wanted.length) notices.push({name, reason: 'invalid'});
      if (known.length) read[name] = known.join(',');
      continue;
    }
    // An empty text, phone or link setting is no setting: the element shows nothing for it and warns of nothing.
    if (text === '' && ['text', 'phone', 'url'].includes(setting.kind)) continue;
    const value = readValue(setting, text, {ids, article});
    if (value === undefined) notices.push({name, reason: 'invalid'});
    else read[name] = value;
  }

  const axes = {};
  for (const [axis, {default: fallback}] of Object.entries(plan.axes)) axes[axis] = fallback;
  const placed = [];
  for (const [name, {axis}] of Object.entries(plan.settings)) {
    if (!axis || !(axis.name in axes) || read[name] === undefined) continue;
    if (axis.placeFrom) placed.push(axis);
    else axes[axis.name] = axis.on ?? read[name];
  }
  // Settings placed where another says, after the prefix other axes give (clinic mode: the embedder's own button).
  for (const {name, placeFrom, otherwise, prefix = {}} of placed) {
    const before = Object.entries(prefix)
      .map(([other, byValue]) => byValue[axes[other]] ?? '')
      .join('');
    axes[name] = before + (plan.axes[name].values.includes(read[placeFrom]) ? read[placeFrom] : otherwise);
  }
  const slots = {};
  for (const [name, setting] of Object.entries(plan.settings)) {
    for (const [slot, {drop}] of Object.entries(setting.slots ?? {})) {
      slots[slot] = dropped(read[name] ?? '', drop) || plan.slots?.[slot]?.fallback || '';
    }
  }

  let items;
  let open = new Set();
  if (plan.items) {
    const {hidden} = plan.items;
    items = read.questions ? read.questions.split(',') : ids;
    const hiddenNow = new Set(Object.entries(hidden).flatMap(([axis, byValue]) => byValue[axes[axis]] ?? []));
    items = items.filter((id) => !hiddenNow.has(id));
    if (read.limit) items = items.slice(0, Number(read.limit));
    if (read.open) open = new Set(read.open === 'all' ? ids : [read.open]);
  }
  return {axes, slots, items, open, written: read, notices};
}

const escapeHtml = (text) =>
  String(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

/** The segments as markup for the resolved settings; `open` is the item's own open state. */
function assembleSegments(segments, resolved, plan, open) {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'string') out += segment;
    else if ('heading' in segment) out += Math.min(6, Math.max(1, Number(resolved.axes.level) + segment.heading));
    else if (segment.slot) out += escapeHtml(resolved.slots[segment.slot]);
    else if (segment.items) {
      for (const id of resolved.items)
        out += assembleSegments(plan.itemParts[id], resolved, plan, resolved.open.has(id) ? '1' : '0');
    } else {
      const value = segment.axis === 'open' ? open : resolved.axes[segment.axis];
      out += assembleSegments(segment.cases[value] ?? segment.otherwise, resolved, plan, open);
    }
  }
  return out;
}

/** The element with its shadow root declared, for `given` settings: what the platforms' servers print. */
export function serverRender(plan, given, options) {
  const resolved = resolveSettings(plan, given, options);
  const attributes = Object.entries(resolved.written)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  const theme = resolved.axes.theme ?? 'page';
  const shadow = assembleSegments(plan.frame, resolved, plan, '0');
  return {
    html: `<${plan.tag}${attributes} data-sensiq-theme="${theme}"><template shadowrootmode="open">${shadow}</template></${plan.tag}>`,
    notices: resolved.notices,
  };
}
