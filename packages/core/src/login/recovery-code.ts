import type { AuthResponse } from '../client/schemas.js';

/**
 * A recovery code as typed or pasted, in the form it was issued: surrounding space dropped, and the spaces or
 * dashes a person puts between its groups made one dash (`CAUF 97UL  VTB3` → `CAUF-97UL-VTB3`). Letters keep
 * their case: the server decides whether case matters.
 */
export function normalizeRecoveryCode(typed: string): string {
  return typed.trim().replace(/[\s\-‐‑–—]+/g, '-');
}

/**
 * The recovery code to show once a factor was added at login: the enrollment answer's, else the login answer's.
 * A login that must enroll (`mfaEnrolled: false`) may already carry the code, as Frontegg's own login box reads it:
 * `@frontegg/redux-store` 7.119 keeps the login answer's (`auth/LoginState/actions/mfaRequiredState.actions.js`)
 * and, after the enroll verify, shows the verify answer's in its place when there is one
 * (`auth/LoginState/actions/index.js`, `handleEnrollMFAResponse`). An empty code counts as none, as there.
 */
export function enrollmentRecoveryCode(
  answer: Pick<AuthResponse, 'recoveryCode'>,
  loginAnswer: Pick<AuthResponse, 'recoveryCode'>,
): string | undefined {
  return answer.recoveryCode || loginAnswer.recoveryCode || undefined;
}
