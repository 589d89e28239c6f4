// Loaded into each test file's process by scripts/node-tests.mjs (through NODE_OPTIONS): when the process
// exits, it appends one JSON line to $SENSIQ_TEST_USAGE with the file's path and its wall time, start to exit.
// Node's own test events cannot tell this: with files run side by side, it holds back a file's results until
// the files before it have reported, so their timestamps are not the file's. (CPU time is left out: a
// process's count misses most of the browser processes it drives, which do the work.)
import {appendFileSync} from 'node:fs';

const out = process.env.SENSIQ_TEST_USAGE;
const file = process.argv[1];

if (out && file?.endsWith('.test.mjs')) {
  process.on('exit', () => appendFileSync(out, JSON.stringify({file, wall: process.uptime()}) + '\n'));
}
