// This tab's sign-in, in memory only: tokens never reach storage, a cookie or the URL, so a reload signs out.
// Written only by the browser (event handlers and the kit's callbacks); the server never holds anyone's session.
import type { AuthResponse } from '@mfa-kit/core';
import { useSyncExternalStore } from 'react';

/** Where this tab's sign-in is. */
export type Session =
  /** `notice`: why the user is back at the password, if they did not choose it. */
  | { status: 'signed-out'; notice?: string }
  /** The password passed; the login step needs the whole answer and the email typed. */
  | { status: 'second-factor'; loginAnswer: AuthResponse; email: string }
  /** `email`: as typed at the password step. */
  | { status: 'signed-in'; auth: AuthResponse; email: string };

let current: Session = { status: 'signed-out' };
const listeners = new Set<() => void>();

function set(next: Session): void {
  current = next;
  for (const listener of [...listeners]) listener();
}

export const session = {
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  startSecondFactor: (loginAnswer: AuthResponse, email: string) =>
    set({ status: 'second-factor', loginAnswer, email }),
  signIn: (auth: AuthResponse, email: string) => set({ status: 'signed-in', auth, email }),
  signOut: (notice?: string) =>
    set(notice ? { status: 'signed-out', notice } : { status: 'signed-out' }),
  /** For the client's `getAccessToken`: `MfaSettings` lists the user's factors with it. */
  accessToken: (): string | null =>
    current.status === 'signed-in' ? current.auth.accessToken || null : null,
};

/**
 * This tab's session; `null` on the server and while React hydrates the server's HTML (the server cannot know
 * what this tab holds), so both draw the same loading status and nothing mismatches.
 */
export function useSession(): Session | null {
  return useSyncExternalStore(
    session.subscribe,
    () => current,
    () => null,
  );
}
