// Markup as tokens, and the differences between two token lists (Myers' O(ND) algorithm): what the render
// plan compiler uses to find which parts of an element's markup a setting changes.

// A <style> element whole (its CSS holds ">"), a comment (Lit's markers), a tag, or a run of text.
const TOKEN = /<style>[\s\S]*?<\/style>|<!--[\s\S]*?-->|<[^>]*>|[^<]+/g;

export const tokenize = (markup) => markup.match(TOKEN) ?? [];

/** Lit's hydration markers (and the `<?>` it writes for `nothing`): they never reach the server output. */
export const isMarker = (token) => token.startsWith('<!--') || token === '<?>';

/**
 * The hunks that turn `a` into `b`: [{aStart, aEnd, bStart, bEnd}], in order; a hunk with aStart === aEnd
 * is an insertion, one with bStart === bEnd a deletion.
 */
export function diffTokens(a, b) {
  // Equal ends first: a single insertion or removal then comes out as one hunk, not spread over tokens that
  // happen to repeat.
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a.at(-1 - suffix) === b.at(-1 - suffix)) suffix++;
  const shift = ({aStart, aEnd, bStart, bEnd}) => ({
    aStart: aStart + prefix,
    aEnd: aEnd + prefix,
    bStart: bStart + prefix,
    bEnd: bEnd + prefix,
  });
  return myers(a.slice(prefix, a.length - suffix), b.slice(prefix, b.length - suffix)).map(shift);
}

function myers(a, b) {
  const ids = new Map();
  const id = (token) => (ids.has(token) ? ids.get(token) : (ids.set(token, ids.size), ids.size - 1));
  const x = a.map(id);
  const y = b.map(id);
  const n = x.length;
  const m = y.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let i =
        k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let j = i - k;
      while (i < n && j < m && x[i] === y[j]) {
        i++;
        j++;
      }
      v[offset + k] = i;
      if (i >= n && j >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk back through the saved frontiers: each step is one insertion or deletion after a run of equal tokens.
  const edits = [];
  let i = n;
  let j = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const saved = trace[d];
    const at = (k) => saved[k + d + 1];
    const k = i - j;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const previousK = down ? k + 1 : k - 1;
    const previousI = at(previousK);
    const previousJ = previousI - previousK;
    // The move lands on (mid, mid - k); equal tokens lead from there to (i, j).
    const mid = down ? previousI : previousI + 1;
    while (i > mid) {
      i--;
      j--;
    }
    edits.push({type: down ? 'insert' : 'delete', i: previousI, j: previousJ});
    i = previousI;
    j = previousJ;
  }
  edits.reverse();
  const hunks = [];
  for (const edit of edits) {
    const last = hunks.at(-1);
    const [aStart, bStart] = [edit.i, edit.j];
    const [aEnd, bEnd] = edit.type === 'delete' ? [aStart + 1, bStart] : [aStart, bStart + 1];
    if (last && last.aEnd === aStart && last.bEnd === bStart) Object.assign(last, {aEnd, bEnd});
    else hunks.push({aStart, aEnd, bStart, bEnd});
  }
  return hunks;
}

/** Applies `diffTokens(a, b)` to `a`: gives `b` back (the compiler's self-check). */
export function applyHunks(a, b, hunks) {
  const out = [];
  let at = 0;
  for (const hunk of hunks) {
    out.push(...a.slice(at, hunk.aStart), ...b.slice(hunk.bStart, hunk.bEnd));
    at = hunk.aEnd;
  }
  return [...out, ...a.slice(at)];
}
