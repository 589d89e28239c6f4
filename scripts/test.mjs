#!/usr/bin/env node
// `npm test`: every check in order, each counted, ending with one line "N passed, N failed" for the run.
// A failing step does not stop the later ones, so one run reports everything; the exit code is non-zero
// when anything failed. (Type errors do not stop the build either: `typecheck` only checks, and the steps
// after it depend on `compile`, which emits without checking.)
import {spawnSync} from 'node:child_process';
import {readFileSync, rmSync, existsSync, mkdirSync, writeFileSync} from 'node:fs';

const results = '.test-results';
rmSync(results, {recursive: true, force: true});
mkdirSync(results, {recursive: true});

/** A step that passes or fails as a whole: one count. */
const gate = (name, command) => ({name, command, count: (ok) => (ok ? [1, 0] : [0, 1])});

/** A step whose test runner reports its own counts into `file` (JSON {passed, failed}). */
const suite = (name, command, file) => ({
  name,
  command,
  count: (ok) => {
    if (!existsSync(file)) return [0, 1]; // the runner died before reporting
    const {passed, failed} = JSON.parse(readFileSync(file, 'utf8'));
    return [passed, failed + (ok || failed ? 0 : 1)];
  },
});

// The build's steps, as package.json's wireit.build lists them, each one gate run through wireit (which skips a
// step whose inputs have not changed). `content` is checked rather than written: the committed generated
// content must be up to date (the later steps regenerate it, since they depend on it).
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const build = pkg.wireit.build.dependencies.map((step) =>
  step === 'content'
    ? gate('content is up to date', 'node scripts/compile-content.mjs --check')
    : gate(step, `npm run ${step} --silent`)
);

const steps = [
  ...build,
  gate('no unsafe DOM sinks in src/', 'node scripts/check-sinks.mjs'),
  // ESLint (with eslint-plugin-lit and eslint-plugin-wc), lit-analyzer and prettier: zero findings. lit-analyzer
  // runs without two rules that misread valid code: no-invalid-css (its CSS parser rejects color-scheme,
  // content-visibility and custom properties at the top of a :host block) and no-boolean-in-attribute-binding
  // (hidden="until-found" is a valid value of a boolean attribute).
  gate('lint', 'npm run lint --silent'),
  gate('reserved heights match the build', 'node scripts/measure-layout.mjs --check'),
  // Two files at a time: most wait on a browser or a server, so two share this 2-core machine well (each test
  // owns its ports, temp dirs, WordPress and build folders, so none sees another's).
  suite('node tests', `node scripts/node-tests.mjs ${results}/node.json test/node 2`, `${results}/node.json`),
  suite('browser tests', 'npx web-test-runner', `${results}/browser.json`),
  // Lit's development build in Chromium only: its warnings about misuse come from Lit's own code, which runs
  // alike in every engine, and Firefox runs every browser test above against the build customers get.
  suite(
    "browser tests on Lit's development build",
    'LIT_BUILD=development BROWSERS=chromium npx web-test-runner',
    `${results}/browser-development.json`
  ),
  suite(
    'hostile-host tests',
    `node scripts/node-tests.mjs ${results}/hostile.json test/hostile 2`,
    `${results}/hostile.json`
  ),
];

/**
 * CPU seconds the whole machine has spent busy (user, nice, system, irq, softirq, steal in /proc/stat), or 0
 * where /proc is missing. On a CI machine, a step's difference is what that step cost, browsers and servers
 * included (a process's own count misses those it did not wait for).
 */
function machineCpuSeconds() {
  try {
    const [, user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]
      .split(/\s+/);
    return [user, nice, system, irq, softirq, steal].reduce((sum, ticks) => sum + Number(ticks), 0) / 100;
  } catch {
    return 0;
  }
}

let passed = 0;
let failed = 0;
const timings = [];
for (const step of steps) {
  console.log(`\n=== ${step.name}: ${step.command}`);
  const [wallBefore, cpuBefore] = [Date.now(), machineCpuSeconds()];
  const ok = spawnSync(step.command, {stdio: 'inherit', shell: true}).status === 0;
  const [wall, cpu] = [(Date.now() - wallBefore) / 1000, machineCpuSeconds() - cpuBefore];
  timings.push([step.name, wall, cpu]);
  const [p, f] = step.count(ok);
  passed += p;
  failed += f;
  console.log(`=== ${step.name}: ${ok ? 'ok' : 'FAILED'} (${p} passed, ${f} failed; ${wall.toFixed(0)} s)`);
}
// Where the run's time went: wall seconds, and CPU seconds the machine spent busy (2 cores: at most twice the wall).
console.log('\nSeconds per step: wall, CPU');
for (const [name, wall, cpu] of timings) {
  console.log(`${wall.toFixed(0).padStart(5)} ${cpu.toFixed(0).padStart(5)}  ${name}`);
}
const summary = `${passed} passed, ${failed} failed`;
writeFileSync(`${results}/summary.txt`, `${summary}\n`);
console.log(`\n${summary}`);
process.exit(failed ? 1 : 0);
