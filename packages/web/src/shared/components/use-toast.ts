import { useContext } from 'react';
import { type ShowToast, ToastContext } from './toast-context';

/** The function that shows a toast (see {@link ToastProvider}). */
export function useToast(): ShowToast {
  return useContext(ToastContext);
}
