// Facts about the package that must stay in step with each other.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {VERSION} from '../../build/src/internal/version.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

test('the version elements report is the package version', () => {
  assert.equal(VERSION, pkg.version);
});
