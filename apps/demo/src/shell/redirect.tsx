import { useEffect } from 'react';
import { navigate } from '../router/router';

/** Replaces the current URL with `to` after render, carrying an optional notice for the next page. */
export function Redirect({ to, notice }: { to: string; notice?: string }) {
  useEffect(() => {
    navigate(to, notice === undefined ? { replace: true } : { replace: true, notice });
  }, [to, notice]);
  return null;
}
