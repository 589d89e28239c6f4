// The embed builder in Firefox ESR: its page, and hostile input typed into it. The code it hands out is a string
// its own script writes, the same in every engine; how that code's page reads in each engine is the elements'
// own work, which the browser suite (test/components, in Firefox too) and the hostile-host suite (test/hostile:
// strict CSP, host CSS, hostile values, in Firefox and WebKit) check. So the pages of each platform's code are
// opened in Chromium only (chromium.test.mjs), where they check that the code says what was chosen.
import {describe} from 'node:test';
import {builderSession} from './session.mjs';
import {pageTests} from './page.scenarios.mjs';
import {hostileTests} from './hostile.scenarios.mjs';

describe('the embed builder in Firefox ESR', () => {
  const env = builderSession('firefox');
  describe('its page', () => pageTests(env));
  describe('hostile input', () => hostileTests(env));
});
