// The showcase's Copy buttons, one under each code block: it copies the code and says so, visibly and to screen
// readers (its status is a live region). Where the clipboard is out of reach (a page opened from file://, a
// browser that refuses), the code is selected instead and the status says how to copy it. Without JavaScript
// there is nothing to copy with, so the buttons are added here rather than written in the page.
const SHOWN_FOR = 4000;

// The "Get started" code names this demo's own files, as absolute addresses, so that pasted into a page on
// another site it loads them from here (the page's HTML says ../dist/, which is right only beside the demo).
for (const code of document.querySelectorAll('code[data-own-addresses]')) {
  code.textContent = code.textContent.replace(
    /(href|src)="(\.\.\/dist\/[^"]+)"/g,
    (_, name, path) => `${name}="${new URL(path, location.href)}"`
  );
}

for (const block of document.querySelectorAll('.code')) {
  const code = block.querySelector('pre code');
  const title = block.closest('section').querySelector('h2').textContent.trim();

  const row = document.createElement('div');
  row.className = 'copy-row';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy';
  button.textContent = 'Copy';
  const label = document.createElement('span');
  label.className = 'visually-hidden';
  label.textContent = ` the code: ${title}`;
  button.append(label);
  const status = document.createElement('span');
  status.className = 'copy-status';
  status.setAttribute('role', 'status');
  row.append(button, status);
  block.append(row);

  let timer;
  button.addEventListener('click', async () => {
    let message;
    try {
      await navigator.clipboard.writeText(code.textContent);
      message = 'Copied';
    } catch {
      getSelection().selectAllChildren(code);
      message = 'Selected: press Ctrl+C (⌘C on a Mac) to copy';
    }
    // A status that already says "Copied" is emptied first, so a second copy is announced again.
    status.textContent = '';
    requestAnimationFrame(() => (status.textContent = message));
    clearTimeout(timer);
    timer = setTimeout(() => (status.textContent = ''), SHOWN_FOR);
  });
}
