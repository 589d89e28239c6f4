// A @web/test-runner reporter that writes pass/fail counts to a JSON file, for scripts/test.mjs to total.
import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname} from 'node:path';

function countSuite(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite?.suites ?? []) countSuite(child, counts);
}

/**
 * Lit's development build warns about misuse (an update scheduled after an update, a missing property
 * declaration...) with a link to lit.dev/msg/<code>. Any such warning but the dev-mode notice itself.
 */
const litWarnings = (logs = []) =>
  logs
    .map((args) => args.join(' '))
    .filter((text) => /lit\.dev\/msg\//.test(text) && !/lit\.dev\/msg\/dev-mode/.test(text));

/** `failOnLitWarnings`: count each test file whose page logged a Lit warning as one failure. */
export function countReporter(file, {failOnLitWarnings = false} = {}) {
  return {
    onTestRunFinished({sessions}) {
      const counts = {passed: 0, failed: 0, skipped: 0};
      for (const session of sessions) {
        countSuite(session.testResults, counts);
        // A file that fails to load or throws outside a test has no test results: count it as a failure.
        if (!session.passed && session.errors.length) counts.failed += session.errors.length;
        const warnings = failOnLitWarnings ? litWarnings(session.logs) : [];
        if (warnings.length) {
          counts.failed++;
          console.error(`Lit warned in ${session.testFile} (${session.browser.name}):\n  ${warnings.join('\n  ')}`);
        }
      }
      mkdirSync(dirname(file), {recursive: true});
      writeFileSync(file, JSON.stringify(counts));
    },
  };
}
