/**
 * Puts text on the clipboard. The Clipboard API needs the `clipboard-write` permission, which a
 * portal's cross-origin iframe may not grant; then the older selection + `copy` command is used,
 * with a hidden field placed inside `container` (inside an open modal dialog, the rest of the page
 * is inert and cannot be selected). Resolves to whether the text was copied.
 */
export async function copyText(text: string, container?: HTMLElement | null): Promise<boolean> {
  try {
    if (clipboardAllowed() && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Not allowed here (no clipboard-write in this frame): try the selection below.
  }
  return copyWithSelection(text, container ?? document.body);
}

/** False when the frame's permissions policy says no (Chromium tells; elsewhere we just try). */
function clipboardAllowed(): boolean {
  if (typeof navigator === 'undefined') return false;
  const policy = (document as Document & { featurePolicy?: { allowsFeature(feature: string): boolean } }).featurePolicy;
  return policy ? policy.allowsFeature('clipboard-write') : true;
}

function copyWithSelection(text: string, container: HTMLElement): boolean {
  const active = document.activeElement;
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.setAttribute('aria-hidden', 'true');
  field.tabIndex = -1;
  Object.assign(field.style, { position: 'fixed', top: '0', left: '0', width: '1px', height: '1px', opacity: '0' });
  container.appendChild(field);
  let copied: boolean;
  try {
    field.focus({ preventScroll: true });
    field.select();
    copied = typeof document.execCommand === 'function' && document.execCommand('copy');
  } catch {
    copied = false;
  } finally {
    field.remove();
    if (active instanceof HTMLElement) active.focus({ preventScroll: true });
  }
  return copied;
}
