// How a server reads an element's settings for its render plan (scripts/lib/render-plan.mjs), and assembles
// the plan: the reference that the plugin's PHP (includes/server-render.php) and the Shopify snippets
// (scripts/lib/shopify-render.mjs) follow, and that the build checks every plan against.
//
// Each setting is read as the element reads its attribute, so the server shows what the element would. An
// invalid value is not written on the element at all: the element then shows its default, and so does the
// server, which notes the setting for the site's administrators. What the server writes on the element is
// the value as read (limit="3", theme="dark"), never the raw setting text.

/** How each attribute is read; `values` and defaults of keywords come from the plan. */
export const KINDS = {
  'heading-level': 'level',
  theme: 'keyword',
  'cta-placement': 'keyword',
  analytics: 'keyword',
  'no-promo': 'flag',
  searchable: 'flag',
  single: 'flag',
  'no-structured-data': 'flag',
  limit: 'count',
  questions: 'ids',
  open: 'open',
  'cta-href': 'url',
  'cta-label': 'text',
  'emergency-number': 'phone',
  article: 'article',
};

// JavaScript's String.prototype.trim: ASCII and Unicode white space and line terminators.
const trimJs = (text) => String(text).trim();

/**
 * A whole number written as plain digits ('3', never '03', '3.0', '0x3' or '3e0', which the element would also
 * read as 3), from `min` to `max`, or undefined. Servers take canonical values only, so that PHP and Liquid need
 * no copy of JavaScript's Number(): anything else is left out, and the element shows its default.
 */
const whole = (text, min, max) =>
  /^[1-9][0-9]*$/.test(text) && Number(text) >= min && Number(text) <= max ? text : undefined;

// What <sensiq-red-flags> accepts as a phone number (its PHONE pattern).
const PHONE = /^(?=.*\d)\+?[\d ()-]{1,19}$/;

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

/**
 * Reads `given` ({attribute: text, or true for a bare flag}) against `plan`: the value of every axis, the
 * slots, the items shown in order, the attributes to write on the element, and what was not valid.
 */
export function resolveSettings(plan, given, {article}) {
  const notices = [];
  const written = {};
  const read = {};
  const keywords = plan.keywords ?? {};
  for (const [name, raw] of Object.entries(given)) {
    const kind = plan.attributes[name];
    if (!kind) {
      notices.push({name, reason: 'unknown'});
      continue;
    }
    if (kind === 'flag') {
      if (raw === true) written[name] = read[name] = true;
      continue;
    }
    const text = raw === true ? '' : trimJs(raw);
    let value;
    if (kind === 'level') value = whole(text, 1, 6);
    else if (kind === 'count') value = whole(text, 1, Infinity);
    else if (kind === 'keyword')
      value = keywords[name].values.includes(text.toLowerCase()) ? text.toLowerCase() : undefined;
    else if (kind === 'url') value = canonicalUrl(text);
    else if (kind === 'phone') value = PHONE.test(text) ? text : undefined;
    else if (kind === 'article') value = text === article ? text : undefined;
    else if (kind === 'text') value = text;
    else if (kind === 'open') {
      const id = text.toLowerCase();
      value = id === 'all' || plan.items?.ids.includes(id) ? id : undefined;
    } else if (kind === 'ids') {
      const ids = [
        ...new Set(
          text
            .split(',')
            .map((id) => id.trim())
            .filter(Boolean)
        ),
      ];
      const known = ids.filter((id) => plan.items.ids.includes(id));
      if (known.length < ids.length) notices.push({name, reason: 'invalid'});
      value = known.length ? known.join(',') : undefined;
      if (value !== undefined) written[name] = read[name] = value;
      continue;
    }
    // An empty text or phone setting is no setting: the element shows nothing for it and warns of nothing.
    if (text === '' && (kind === 'text' || kind === 'phone' || kind === 'url')) continue;
    if (value === undefined) notices.push({name, reason: 'invalid'});
    else written[name] = read[name] = value;
  }

  const axes = {};
  for (const [axis, {default: fallback}] of Object.entries(plan.axes)) axes[axis] = fallback;
  if (read['heading-level'] && plan.axes.level) axes.level = read['heading-level'];
  if (read.theme && plan.axes.theme) axes.theme = read.theme;
  if (read['no-promo'] && plan.axes.clinic) axes.clinic = '1';
  if (read.searchable && plan.axes.searchable) axes.searchable = '1';
  if (read['emergency-number'] && plan.axes.emergency) axes.emergency = '1';
  // Clinic mode leaves the call to action out.
  if (read['cta-href'] && plan.axes.cta && axes.clinic !== '1') {
    axes.cta = plan.axes.cta.values.includes(read['cta-placement']) ? read['cta-placement'] : 'end';
  }
  const slots = {
    'cta-href': read['cta-href'] ?? '',
    'cta-label': read['cta-label'] || plan.slots?.['cta-label']?.fallback || '',
    'emergency-number': read['emergency-number'] ?? '',
    'emergency-dial': (read['emergency-number'] ?? '').replace(/[^\d+]/g, ''),
  };

  let items;
  let open = new Set();
  if (plan.items) {
    const {ids, hidden} = plan.items;
    items = read.questions ? read.questions.split(',') : ids;
    const hiddenNow = new Set(Object.entries(hidden).flatMap(([axis, byValue]) => byValue[axes[axis]] ?? []));
    items = items.filter((id) => !hiddenNow.has(id));
    if (read.limit) items = items.slice(0, Number(read.limit));
    if (read.open) open = new Set(read.open === 'all' ? ids : [read.open]);
  }
  return {axes, slots, items, open, written, notices};
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
