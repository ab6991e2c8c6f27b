import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { type Toast, ToastContext, type ToastKind } from './toast-context';

const DURATION_MS: Record<ToastKind, number> = { info: 3000, success: 3000, error: 6000 };

/** Holds the toasts of the app and renders them in a polite live region. */
export function ToastProvider({ children }: { readonly children: ReactNode }) {
  const [toasts, setToasts] = useState<readonly Toast[]>([]);
  const nextId = useRef(1);
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());

  const show = useCallback((message: string, kind: ToastKind = 'info') => {
    const id = nextId.current++;
    setToasts((list) => [...list.slice(-2), { id, kind, message }]);
    const timer = setTimeout(() => {
      timers.current.delete(timer);
      setToasts((list) => list.filter((toast) => toast.id !== id));
    }, DURATION_MS[kind]);
    timers.current.add(timer);
  }, []);

  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending) clearTimeout(timer);
    };
  }, []);

  return (
    <ToastContext.Provider value={show}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <p
            key={toast.id}
            className={`toast toast--${toast.kind}`}
            data-testid="toast"
            data-kind={toast.kind}
          >
            {toast.message}
          </p>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
