#!/usr/bin/env node
// Where a dist file's compressed bytes go: for each source module its sourcemap names, the gzip bytes the
// file would lose without that module's code (its marginal cost: gzip shares a window across modules, so
// compressing each module alone would overstate every one). Run after `npm run build`:
//   npm run byte-sources                                  the FAQ page's element file
//   npm run byte-sources -- dist/sensiq.js                any other dist file
//   npm run byte-sources -- --lit-floor                   the floor: bench/lit-floor.js, a bare Lit accordion
//                                                         with the same text, built like the dist files
import {readFileSync} from 'node:fs';
import {TraceMap, originalPositionFor} from '@jridgewell/trace-mapping';
import {rollup} from 'rollup';
import {sensiqBuilds} from './lib/sensiq-builds.mjs';
import {gzipSize} from './lib/sizes.mjs';

if (process.argv[2] === '--lit-floor') {
  const {bundle: bundled} = sensiqBuilds(); // dist/sensiq.js's options: the same plugins, minifier and banner
  const bundle = await rollup({...bundled, input: 'bench/lit-floor.js'});
  const {output} = await bundle.generate({format: 'es', banner: bundled.output.banner});
  const [{code}] = output;
  console.log(`bench/lit-floor.js built like the dist files: ${gzipSize(code).toLocaleString('en')} B gzip (level 9)`);
  process.exit(0);
}

const file = process.argv[2] ?? 'dist/components/sensiq-faq.standalone.js';
const code = readFileSync(file, 'utf8');
const map = new TraceMap(readFileSync(`${file}.map`, 'utf8'));

/** Each character's source module, by the nearest mapping at or before it; unmapped text is '(banner, glue)'. */
function ownersOf(code) {
  const owners = [];
  code.split('\n').forEach((line, index) => {
    for (let column = 0; column < line.length; column++) {
      owners.push(originalPositionFor(map, {line: index + 1, column}).source ?? '(banner, glue)');
    }
    owners.push('(banner, glue)'); // the newline
  });
  return owners;
}

const shortName = (source) => source.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '');
const group = (source) =>
  /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(source)
    ? 'Lit'
    : /node_modules\/@lit\/context\//.test(source)
      ? '@lit/context'
      : /src\/content\/generated\//.test(source)
        ? 'article text'
        : 'SensIQ code';

const owners = ownersOf(code);
const total = gzipSize(code);
const rows = [...new Set(owners)].map((source) => {
  // By UTF-16 index, as owners are (spreading the string would split by code point).
  let rest = '';
  for (let i = 0; i < code.length; i++) if (owners[i] !== source) rest += code[i];
  return {source, chars: owners.filter((owner) => owner === source).length, gzip: total - gzipSize(rest)};
});
rows.sort((a, b) => b.gzip - a.gzip);

console.log(`${file}: ${total.toLocaleString('en')} B gzip (level 9)\n`);
console.log('gzip B  minified chars  source');
for (const {source, chars, gzip} of rows) {
  console.log(`${String(gzip).padStart(6)}  ${String(chars).padStart(14)}  ${shortName(source)}`);
}
const groups = new Map();
for (const {source, gzip} of rows) groups.set(group(source), (groups.get(group(source)) ?? 0) + gzip);
console.log('\nby group (marginal costs; they add up to a little less than the total, which gzip shares)');
for (const [name, gzip] of [...groups].sort((a, b) => b[1] - a[1])) console.log(`${String(gzip).padStart(6)}  ${name}`);
