// Headless Chromium (Debian's) through playwright-core, for tests of whole pages: the browser, and a page that
// records what a host page would notice.
export {CHROMIUM_ARGS, launchChromium} from '../../helpers/chromium.mjs';

/**
 * Opens `url` in a new page and records what a host page would notice: console errors and warnings,
 * uncaught errors, and CSP violations.
 */
export async function openPage(browser, url, {waitFor} = {}) {
  const page = await browser.newPage();
  const seen = {errors: [], warnings: [], pageErrors: []};
  page.on('console', (message) => {
    if (message.type() === 'error') seen.errors.push(message.text());
    if (message.type() === 'warning') seen.warnings.push(message.text());
  });
  page.on('pageerror', (error) => seen.pageErrors.push(error.message));
  await page.goto(url);
  if (waitFor) await page.waitForFunction(waitFor);
  return {page, seen};
}
