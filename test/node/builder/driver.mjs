// Drives the builder page from a test: functions that run in the page (passed to page.evaluate, so each is
// self-contained) and the steps built on them.

/** True once the preview has rendered the latest change (the builder marks it busy meanwhile). */
export const idle = () => document.getElementById('preview')?.getAttribute('aria-busy') === 'false';

/**
 * Sets the builder as a person would, through each control's own events: the element, then (after clearing
 * every setting) `attributes` ({name: text, or true for a checkbox}) and `properties` ({--name: value}), then
 * the format. Resolves with the code once the preview has caught up.
 */
export async function configure({tag, attributes = {}, properties = {}, format = 'script'}) {
  const byId = (id) => document.getElementById(id);
  const fire = (element, type) => element.dispatchEvent(new Event(type, {bubbles: true}));
  const settle = () =>
    new Promise((resolve) => {
      const check = () => (byId('preview').getAttribute('aria-busy') === 'false' ? resolve() : setTimeout(check, 20));
      check();
    });
  const set = (control, value) => {
    if (control.type === 'checkbox') control.checked = value === true;
    else control.value = value;
    fire(control, control.type === 'checkbox' || control.localName === 'select' ? 'change' : 'input');
  };
  if (tag && byId('element').value !== tag) set(byId('element'), tag);
  for (const control of document.querySelectorAll('#settings input, #settings select, #look input, #look select')) {
    if (control.type === 'color' || control.id.endsWith('-pick')) continue;
    set(control, control.type === 'checkbox' ? false : '');
  }
  for (const [name, value] of Object.entries(attributes)) set(byId(`setting-${name}`), value);
  for (const [name, value] of Object.entries(properties)) {
    const id = `property-${name.slice(2)}`;
    if (byId(`${id}-set`)) set(byId(`${id}-set`), true);
    set(byId(id), value);
  }
  await settle();
  set(byId('format'), format);
  await settle(); // the snippet renders the preview anew
  return byId('code').value;
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
