// The showcase's Copy buttons: each copies the code shown above it and says so, visibly and to screen readers
// (its status element is a live region). Where the clipboard is out of reach (a page opened from file://, a
// browser that refuses), the code is selected instead and the status says how to copy it.
const SHOWN_FOR = 4000;

for (const button of document.querySelectorAll('.code .copy')) {
  const block = button.closest('.code');
  const code = block.querySelector('pre code');
  const status = block.querySelector('.copy-status');
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
