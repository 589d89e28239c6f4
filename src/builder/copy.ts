// Copies the embed code. The Clipboard API needs a secure context (https, localhost); a builder opened from
// a plain-http server falls back to selecting the text and the older copy command.

export async function copyText(text: string, field: HTMLTextAreaElement | HTMLInputElement): Promise<boolean> {
  try {
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // refused (no permission, or the page lost focus): try the older way
  }
  field.focus();
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
