import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { dialogOpen, isPhone, ownsKeyboard } from './focus';

const FLASH_MS = 600;

export type Scanner = {
  readonly inputRef: RefObject<HTMLInputElement | null>;
  /** The field's text changed (typing into it): keeps the code in step without a re-render. */
  readonly setCode: (code: string) => void;
  /** Takes the typed code (Enter): hands it to `onScan`, or calls `onEmpty` when there is none. */
  readonly submit: () => void;
  /** Shows a failed scan: red flash and message (the caller beeps). */
  readonly fail: (message: string) => void;
  /** Hides the last failure (something was added after all). */
  readonly clearError: () => void;
  readonly error: string | null;
  readonly flashing: boolean;
  /** Failed scans so far: lets a test (or a supervisor) see that a scan was refused. */
  readonly failures: number;
  readonly focus: () => void;
  /** True when the scan field holds no digits (Space and +/− are shortcuts then). */
  readonly isEmpty: () => boolean;
};

/**
 * Keyboard-wedge scanner input. Scanners type digits fast and press Enter; the scan field keeps the
 * focus (it is taken back after clicks elsewhere), and digits typed while nothing that takes text is
 * focused are caught and put into it, so a scan is never lost to a focused button.
 *
 * The field is uncontrolled: the code lives in the input element and a ref, so a digit re-renders
 * nothing (with React state, every digit re-rendered the whole sale screen: 13 renders per scan).
 */
export function useScanner(options: {
  readonly enabled: boolean;
  readonly onScan: (code: string) => void;
  readonly onEmpty: () => void;
}): Scanner {
  const inputRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef('');
  const [error, setError] = useState<string | null>(null);
  const [flashing, setFlashing] = useState(false);
  const [failures, setFailures] = useState(0);
  const handlers = useRef(options);
  handlers.current = options;

  const setCode = useCallback((next: string) => {
    codeRef.current = next;
    const input = inputRef.current;
    if (input && input.value !== next) input.value = next;
    // Typing hides the last failure; a same-value update (null → null) renders nothing.
    if (next) setError(null);
  }, []);

  const focus = useCallback(() => inputRef.current?.focus({ preventScroll: true }), []);

  const submit = useCallback(() => {
    const value = codeRef.current.trim();
    setCode('');
    if (value) handlers.current.onScan(value);
    else handlers.current.onEmpty();
  }, [setCode]);

  const fail = useCallback((message: string) => {
    setError(message);
    setFailures((n) => n + 1);
    setFlashing(true);
    setTimeout(() => setFlashing(false), FLASH_MS);
  }, []);

  useEffect(() => {
    if (!options.enabled) return;
    // QUIRK(chromium-dialog-focus): when a modal <dialog> closes, Chromium hands focus back to the
    // scan field in a state where it reports focus but drops typed text. Blurring and focusing it
    // again, after the dialog has fully closed, makes it take scanner input again.
    const refocus = setTimeout(() => {
      if (isPhone() || dialogOpen()) return;
      if (document.activeElement === inputRef.current) inputRef.current?.blur();
      focus();
    }, 0);
    const onPointerUp = () => {
      // After the click has moved focus: take it back unless it went to a field or a dialog.
      setTimeout(() => {
        if (isPhone() || dialogOpen() || ownsKeyboard(document.activeElement)) return;
        focus();
      }, 0);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || dialogOpen()) return;
      if (ownsKeyboard(event.target instanceof Element ? event.target : null)) return;
      if (/^\d$/.test(event.key)) {
        event.preventDefault();
        setCode(codeRef.current + event.key);
        focus();
      } else if (event.key === 'Enter' && codeRef.current) {
        event.preventDefault();
        submit();
      }
    };
    document.addEventListener('pointerup', onPointerUp);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      clearTimeout(refocus);
      document.removeEventListener('pointerup', onPointerUp);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [options.enabled, focus, setCode, submit]);

  const clearError = useCallback(() => setError(null), []);
  const isEmpty = useCallback(() => codeRef.current.trim() === '', []);
  return { inputRef, setCode, submit, fail, clearError, error, flashing, failures, focus, isEmpty };
}
