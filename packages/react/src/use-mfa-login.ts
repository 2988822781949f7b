import { mfaLoginMethods } from '@mfa-kit/core';
import type { AuthResponse, MfaLoginMethod, MfaLoginMethodKind } from '@mfa-kit/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

/** Options of {@link useMfaLogin}. */
export interface UseMfaLoginOptions {
  /**
   * A kind to show first when the user has it, e.g. the one used last time if your app keeps it (keep only the
   * kind: never a token or a code).
   */
  preferredKind?: MfaLoginMethodKind | null | undefined;
  /**
   * The email the user signed in with: a recovery code is spent with it, so the recovery code is a method only
   * when the email is known (this, else the login answer's `userEmail`).
   */
  email?: string | null | undefined;
  /** Called once with the sign-in answer, whichever method passed. */
  onVerified?: ((auth: AuthResponse) => void) | undefined;
}

/** What {@link useMfaLogin} returns. */
export interface UseMfaLoginResult {
  /** The login's `mfaToken`, for the active method's hook; `''` when the answer has none. */
  mfaToken: string;
  /** Every method the user can pass the step with, preferred first; empty when nothing is enrolled. */
  methods: readonly MfaLoginMethod[];
  /** The method on screen; `null` when there is none (see `needsEnrolment`). */
  active: MfaLoginMethod | null;
  /** The methods the user may switch to ("Use another method"). */
  others: readonly MfaLoginMethod[];
  /** Puts another method on screen, by `id`; an unknown id is ignored. */
  choose: (id: MfaLoginMethod['id']) => void;
  /** Give it to the active method's hook as `onVerified`: records the answer and tells the app once. */
  onVerified: (auth: AuthResponse) => void;
  /** The sign-in answer once a method passed, else `null`. */
  auth: AuthResponse | null;
  /** MFA is required but the user has no factor yet: enrolment must come first. */
  needsEnrolment: boolean;
}

/**
 * The second-factor step of a login, from its answer: which methods the user has (`mfaDevices`), which one is on
 * screen and which others can be picked, and the sign-in answer once one passes. It sends nothing itself; the
 * active method's hook (`useAuthenticatorMfa`, `useSmsMfa`, `useEmailMfa`, `useWebAuthnMfa`, `useRecoveryCode`)
 * does.
 *
 * @example
 * const login = useMfaLogin(loginAnswer, { onVerified: (auth) => session.start(auth) });
 * if (login.active?.kind === 'authenticator') return <App mfaToken={login.mfaToken} onVerified={login.onVerified} />;
 */
export function useMfaLogin(
  loginAnswer: AuthResponse,
  { preferredKind, email, onVerified }: UseMfaLoginOptions = {},
): UseMfaLoginResult {
  const methods = useMemo(
    () => mfaLoginMethods(loginAnswer, { preferred: preferredKind, email }),
    [loginAnswer, preferredKind, email],
  );
  // The choice belongs to one login answer: a new answer starts from its preferred method.
  const [chosen, setChosen] = useState<{ answer: AuthResponse; id: string } | null>(null);
  const [auth, setAuth] = useState<{ answer: AuthResponse; auth: AuthResponse } | null>(null);
  const active =
    (chosen?.answer === loginAnswer && methods.find((method) => method.id === chosen.id)) ||
    methods[0] ||
    null;
  // The latest callback is the one called, without making `onVerified` new on every render.
  const notify = useRef(onVerified);
  useEffect(() => {
    notify.current = onVerified;
  });

  const choose = useCallback(
    (id: MfaLoginMethod['id']) => {
      if (methods.some((method) => method.id === id)) setChosen({ answer: loginAnswer, id });
    },
    [methods, loginAnswer],
  );
  const verified = useCallback(
    (answer: AuthResponse) => {
      setAuth({ answer: loginAnswer, auth: answer });
      notify.current?.(answer);
    },
    [loginAnswer],
  );

  return useMemo(
    () => ({
      mfaToken: loginAnswer.mfaToken ?? '',
      methods,
      active,
      others: methods.filter((method) => method !== active),
      choose,
      onVerified: verified,
      auth: auth?.answer === loginAnswer ? auth.auth : null,
      needsEnrolment: loginAnswer.mfaRequired && methods.length === 0,
    }),
    [loginAnswer, methods, active, choose, verified, auth],
  );
}
