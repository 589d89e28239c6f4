// Drives the builder page from a test: functions that run in the page (passed to page.evaluate, so each is
// self-contained) and the steps built on them.

/** True once the preview has rendered the latest change (the builder marks it busy meanwhile). */
export const idle = () => document.getElementById('preview')?.getAttribute('aria-busy') === 'false';

/**
 * Sets the builder up as a link to a setup would: the page address's hash names the element (the current one
 * when `tag` is left out), its `attributes` ({name: text, or true for a checkbox}), its `properties`
 * ({--name: value}) and the code's `format`. Every other setting is left unset. Resolves with the code once
 * the preview has caught up. (The page tests drive the fields themselves, by mouse and by keyboard.)
 */
export async function configure({tag, attributes = {}, properties = {}, format = 'script'}) {
  const params = new URLSearchParams({element: tag ?? document.getElementById('element').value});
  for (const [name, value] of Object.entries(attributes)) params.set(name, value === true ? '' : value);
  for (const [name, value] of Object.entries(properties)) params.set(name, value);
  params.set('format', format);
  const before = location.href;
  const read = new Promise((resolve) => window.addEventListener('hashchange', resolve, {once: true}));
  location.hash = params.toString();
  if (location.href !== before) await read;
  while (document.getElementById('preview').getAttribute('aria-busy') !== 'false')
    await new Promise((resolve) => setTimeout(resolve, 20));
  return document.getElementById('code').value;
}

/** Waits until the preview has rendered the latest change (call with page.evaluate after a change). */
export async function settled() {
  // A change starts its rendering in the same task; a frame later it is under way or done.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  while (document.getElementById('preview').getAttribute('aria-busy') !== 'false')
    await new Promise((resolve) => setTimeout(resolve, 20));
}

/** Opens the builder at `url` and waits for its first preview. */
export async function openBuilder(engine, url, options) {
  const page = await engine.newPage(options);
  await page.goto(url);
  await page.waitFor(idle);
  return page;
}

/** Sets the builder up (configure), presses Copy and returns what the clipboard then holds. */
export async function copiedCode(page, choice) {
  const shown = await page.evaluate(configure, choice);
  await page.click('#copy');
  await page.waitFor(() => document.getElementById('copy-status').textContent === 'Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  if (copied !== shown) throw new Error(`the clipboard holds\n${copied}\nbut the Embed code box shows\n${shown}`);
  return copied;
}

/** Chooses the code's format, as the Format select's change does, and returns the code once it is written. */
export async function chooseFormat(format) {
  const select = document.getElementById('format');
  select.value = format;
  select.dispatchEvent(new Event('change', {bubbles: true}));
  while (document.getElementById('preview').getAttribute('aria-busy') !== 'false')
    await new Promise((resolve) => setTimeout(resolve, 20));
  return document.getElementById('code').value;
}
