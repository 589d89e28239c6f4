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

export function countReporter(file) {
  return {
    onTestRunFinished({sessions}) {
      const counts = {passed: 0, failed: 0, skipped: 0};
      for (const session of sessions) {
        countSuite(session.testResults, counts);
        // A file that fails to load or throws outside a test has no test results: count it as a failure.
        if (!session.passed && session.errors.length) counts.failed += session.errors.length;
      }
      mkdirSync(dirname(file), {recursive: true});
      writeFileSync(file, JSON.stringify(counts));
    },
  };
}
