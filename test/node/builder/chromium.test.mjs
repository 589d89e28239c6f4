// The embed builder in Chromium: its page, the code it hands out on each platform's page, and hostile input.
import {describe} from 'node:test';
import {builderSession} from './session.mjs';
import {pageTests} from './page.scenarios.mjs';
import {embedTests} from './embed.scenarios.mjs';
import {hostileTests} from './hostile.scenarios.mjs';

describe('the embed builder in Chromium', () => {
  const env = builderSession('chromium');
  describe('its page', () => pageTests(env));
  describe('its code on each platform', () => embedTests(env));
  describe('hostile input', () => hostileTests(env));
});
