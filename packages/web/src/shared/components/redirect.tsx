import { useEffect } from 'react';
import { navigate } from '../../use-route';

/** Replaces the current history entry with `to` once rendered. */
export function Redirect({ to }: { readonly to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}
