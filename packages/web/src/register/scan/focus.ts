/** True when the element takes typed text, or sits in an open dialog, so key presses belong to it. */
export function ownsKeyboard(element: Element | null): boolean {
  if (!(element instanceof HTMLElement)) return false;
  if (element.closest('dialog[open]')) return true;
  if (element.isContentEditable) return true;
  return (
    element instanceof HTMLInputElement ||
    element instanceof HTMLTextAreaElement ||
    element instanceof HTMLSelectElement
  );
}

/** True while any modal dialog is open: the scanner then leaves the keyboard alone. */
export function dialogOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}

/**
 * A phone: refocusing the scan field would pop up the on-screen keyboard after every tap, so there
 * the field is focused only when tapped. Touch registers with a scanner are wider than this.
 */
export function isPhone(): boolean {
  return window.matchMedia('(pointer: coarse) and (max-width: 700px)').matches;
}
