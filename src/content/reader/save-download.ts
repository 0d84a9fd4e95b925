// Handing a file or text to the user from inside the reader. A download is a blob: URL and an <a download> clicked in
// the reader's shadow root: no network, no permission, and a page CSP (even `default-src 'none'`) governs neither
// (tests/e2e/save.test.ts checks the saved file in both browsers). Copying tries the async clipboard, then the
// older selection copy, which works where the async API is missing (an http: page) or refused by the page's policy.

/** The blob URL is freed after this: the browser has started the download by then. */
const REVOKE_DELAY_MS = 60_000;

export function downloadFile(parent: Node, name: string, text: string, type: string): void {
  const doc = parent.ownerDocument ?? (parent as Document);
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  parent.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
}

/** Copies `text` from a click; resolves whether it worked. `parent` hosts the fallback's text area (the shadow root). */
export async function copyText(parent: Node, text: string): Promise<boolean> {
  const doc = parent.ownerDocument ?? (parent as Document);
  try {
    const clipboard = doc.defaultView?.navigator.clipboard;
    if (clipboard) {
      await clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no focus, a page policy): the selection copy below.
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  parent.appendChild(area);
  const focused = (parent.getRootNode() as Document | ShadowRoot).activeElement as HTMLElement | null;
  area.select();
  let ok = false;
  try {
    ok = doc.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  focused?.focus({ preventScroll: true });
  return ok;
}
