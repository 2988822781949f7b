// The signed-in state, held in memory only: a reload forgets it, and nothing reaches storage or the URL.
import type { AuthResponse } from '@mfa-kit/core';
import { useSyncExternalStore } from 'react';

/** A password sign-in waiting for its second factor. */
export interface PendingMfa {
  /** The login's whole answer: its `mfaToken` and the devices the step offers. */
  loginAnswer: AuthResponse;
  /** The email typed at the password step (a recovery code is spent with it). */
  email: string;
}

/** What the session holds. */
export interface AuthSessionState {
  pendingMfa: PendingMfa | null;
  /** The finished sign-in, tokens included; pages show only what `describeSession` derives. */
  auth: AuthResponse | null;
  /** When `auth` arrived (ms since the epoch), so `expiresIn` can become a time. */
  signedInAt: number | null;
}

/** An in-memory session with `subscribe`/`getSnapshot` for `useSyncExternalStore`. */
export interface AuthSession {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => AuthSessionState;
  startMfa: (pending: PendingMfa) => void;
  signIn: (auth: AuthResponse) => void;
  signOut: () => void;
  /** The access token for the client's `getAccessToken`; null when signed out. */
  accessToken: () => string | null;
}

const signedOut: AuthSessionState = { pendingMfa: null, auth: null, signedInAt: null };

/** Creates a session; `now` is injectable for tests. */
export function createAuthSession(now: () => number = Date.now): AuthSession {
  let state = signedOut;
  const listeners = new Set<() => void>();
  const set = (next: AuthSessionState): void => {
    state = next;
    for (const listener of [...listeners]) listener();
  };
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => state,
    startMfa: (pending) => set({ ...signedOut, pendingMfa: { ...pending } }),
    signIn: (auth) => set({ pendingMfa: null, auth, signedInAt: now() }),
    signOut: () => set(signedOut),
    accessToken: () => state.auth?.accessToken || null,
  };
}

/** The app's session. */
export const authSession: AuthSession = createAuthSession();

/** The app's session state; re-renders when it changes. */
export function useAuthSession(): AuthSessionState {
  return useSyncExternalStore(authSession.subscribe, authSession.getSnapshot);
}
