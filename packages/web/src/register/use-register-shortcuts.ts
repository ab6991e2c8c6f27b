import { type RefObject, useEffect, useRef } from 'react';
import { dialogOpen, ownsKeyboard } from './scan/focus';

export type ShortcutHandlers = {
  readonly onPay: () => void;
  readonly onSearch: () => void;
  readonly onDiscount: () => void;
  readonly onEditLine: () => void;
  readonly onPrint: () => void;
  readonly onStep: (delta: 1 | -1) => void;
  readonly onRemoveLine: () => void;
  /** Park the ticket, or take a parked one back when the cart is empty. */
  readonly onPark: () => void;
  /** Add the favourite at `index` (0 for Alt+1). */
  readonly onQuickKey: (index: number) => void;
};

/**
 * The register's keyboard shortcuts, shown as hints on screen:
 * F9 (or Space on an empty scan field) pay · F2 search · F4 sale discount · F6 edit line ·
 * F7 park / resume a ticket · F8 print receipt · Alt+1 … Alt+9 add favourite 1–9 · + / −
 * quantity of the selected line · Delete remove it.
 * Enter on an empty scan field starts a new sale after a receipt (see the scan field).
 * Nothing fires while a dialog is open: the dialog owns the keyboard (Enter confirms, Esc closes).
 */
export function useRegisterShortcuts(
  handlers: ShortcutHandlers,
  scanRef: RefObject<HTMLInputElement | null>,
  isScanEmpty: () => boolean,
): void {
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    const fKeys: Record<string, keyof ShortcutHandlers> = {
      F2: 'onSearch',
      F4: 'onDiscount',
      F6: 'onEditLine',
      F7: 'onPark',
      F8: 'onPrint',
      F9: 'onPay',
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || dialogOpen()) return;
      if (event.altKey) {
        // By the key's place, not its character: Alt+1 types '¡' on a Mac keyboard.
        const digit = /^Digit([1-9])$/.exec(event.code)?.[1];
        if (digit) {
          event.preventDefault();
          latest.current.onQuickKey(Number(digit) - 1);
        }
        return;
      }
      const action = fKeys[event.key];
      if (action) {
        event.preventDefault();
        (latest.current[action] as () => void)();
        return;
      }
      const inScan = event.target === scanRef.current;
      const target = event.target instanceof Element ? event.target : null;
      if ((!inScan && ownsKeyboard(target)) || !isScanEmpty()) return;
      const h = latest.current;
      const keyed: Record<string, () => void> = {
        ' ': h.onPay,
        '+': () => h.onStep(1),
        '-': () => h.onStep(-1),
        Delete: h.onRemoveLine,
      };
      const run = keyed[event.key];
      if (run) {
        event.preventDefault();
        run();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [scanRef, isScanEmpty]);
}
