// Debian's Chromium through playwright-core, with the flags every Node-side page test needs.
import {chromium} from 'playwright-core';
import {pooled} from './page-pool.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox', // CI runs as root
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
];

/** Debian's Chromium, its pages handed from test to test where a clean slate allows (page-pool.mjs). */
export async function launchChromium(options = {}) {
  return pooled(
    await chromium.launch({
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
      ...options,
    })
  );
}
