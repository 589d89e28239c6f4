// The hardening suite's hostile strings (test/hostile/pages/fuzz.js PAYLOADS), read from that page script so
// the builder is tested with exactly the list the elements are.
import {readFileSync} from 'node:fs';

const SOURCE = 'test/hostile/pages/fuzz.js';

export function hostilePayloads() {
  const source = readFileSync(SOURCE, 'utf8');
  const slug = /const SLUG = '([^']+)'/.exec(source)?.[1];
  const list = /const PAYLOADS = (\[[\s\S]*?\n\]);/.exec(source)?.[1];
  if (!slug || !list) throw new Error(`${SOURCE} no longer declares SLUG and PAYLOADS as this reader expects`);
  // Our own test file, evaluated as the array literal it is.
  return new Function('SLUG', `return ${list};`)(slug);
}
