#!/usr/bin/env node
// Lint gate (npm run lint): `php -l` on every PHP file of the WordPress plugin, the source in integrations/
// and, once built, the plugin in dist/wordpress/ (whose generated files, such as the render plans, exist only
// there). A syntax error fails with the file's name and PHP's message. Prettier's PHP parser is not PHP:
// this is the check that the files load.
import {execFile, spawnSync} from 'node:child_process';
import {availableParallelism} from 'node:os';
import {promisify} from 'node:util';
import {existsSync} from 'node:fs';
import {filesIn} from './lib/files-in.mjs';

const FOLDERS = ['integrations', 'dist/wordpress'];

const version = spawnSync('php', ['--version'], {encoding: 'utf8'});
if (version.error) {
  console.error(
    `check-php: cannot run php (${version.error.code}): install the PHP command line (Debian: apt-get install ` +
      'php-cli) to lint the WordPress plugin.'
  );
  process.exit(1);
}

const folders = FOLDERS.filter((folder) => existsSync(folder));
const files = folders.flatMap((folder) =>
  filesIn(folder)
    .filter((file) => file.endsWith('.php'))
    .map((file) => `${folder}/${file}`)
);
if (!files.length) {
  console.error(`check-php: no PHP files under ${FOLDERS.join(' or ')}`);
  process.exit(1);
}

/** PHP's complaint about `file`, or nothing when it parses. */
async function lint(file) {
  try {
    await promisify(execFile)('php', ['-l', file]);
    return [];
  } catch (error) {
    return [`${file}:\n${`${error.stdout}${error.stderr}`.trim().replace(/^/gm, '  ')}`];
  }
}

// A few at a time: each php start-up costs more than the parse.
const queue = [...files];
const failures = [];
await Promise.all(
  Array.from({length: availableParallelism() + 1}, async () => {
    while (queue.length) failures.push(...(await lint(queue.shift())));
  })
);
if (failures.length) {
  console.error(`check-php: ${failures.length} of ${files.length} PHP files do not parse:\n${failures.join('\n')}`);
  process.exit(1);
}
const unbuilt = folders.includes('dist/wordpress') ? '' : ' (dist/wordpress/ not built: source only)';
console.log(`check-php: ${files.length} PHP files parse (${version.stdout.split('\n')[0]})${unbuilt}`);
