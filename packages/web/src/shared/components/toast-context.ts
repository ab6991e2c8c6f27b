import { createContext } from 'react';

export type ToastKind = 'info' | 'success' | 'error';

export type Toast = { readonly id: number; readonly kind: ToastKind; readonly message: string };

/** Shows a short message at the bottom of the screen; errors stay a little longer. */
export type ShowToast = (message: string, kind?: ToastKind) => void;

export const ToastContext = createContext<ShowToast>(() => {});
