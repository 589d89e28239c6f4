// One server and one browser for a builder test file: `builderSession('chromium')` in chromium.test.mjs.
import {before, after} from 'node:test';
import {startServer} from '../helpers/server.mjs';
import {launchEngine} from '../../helpers/engines.mjs';

export function builderSession(engineName) {
  const env = {engineName, server: undefined, engine: undefined, pages: 0};
  before(
    async () => {
      env.server = await startServer();
      // The builder's Copy button writes the clipboard, which the tests read back; its pages are 900 px tall.
      env.engine = await launchEngine(engineName, {clipboard: true, viewport: {width: 1280, height: 900}});
    },
    {timeout: 180_000} // Firefox can take half a minute to start on a busy 2-core machine
  );
  after(async () => {
    await env.engine?.close();
    await env.server?.close();
  });
  return env;
}
