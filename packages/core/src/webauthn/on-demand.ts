// The ceremonies are fetched the first time one is needed: most logins never touch a passkey, so the login
// step's first load leaves them out (bench: 1.5 kB min + gzip).
import { fail } from '../client/errors.js';
import type * as ceremonies from './ceremonies.js';
import type { createWebAuthnCredential as createNow } from './create-credential.js';
import type { getWebAuthnAssertion as getNow } from './get-assertion.js';

type Ceremonies = typeof ceremonies;

let loading: Promise<Ceremonies> | null = null;

/** The ceremonies' module, fetched once; a failed fetch is a `network` error and the next call tries again. */
function loadCeremonies(): Promise<Ceremonies> {
  loading ??= import('./ceremonies.js').catch((error: unknown) => {
    loading = null;
    throw fail(
      'network',
      'What the passkey prompt needs could not be downloaded. Check the connection and try again.',
      error,
    );
  });
  return loading;
}

/**
 * Starts fetching the ceremonies without waiting, when a challenge is asked for: the prompt must open within
 * the press's user activation, so the code should be in hand by then. A failure is reported by the ceremony.
 */
export function preloadWebAuthnCeremonies(): void {
  loadCeremonies().catch(() => undefined);
}

/**
 * Asks the browser to sign the challenge of `client.webauthnMfa.start` with a passkey or security key
 * (`navigator.credentials.get`), and answers the assertion that `client.webauthnMfa.verify` sends. The
 * user may take long; `signal` cancels the prompt (kind `aborted`). Every failure is an `MfaApiError`:
 * `webauthn-cancelled`, `webauthn-no-credential`, `webauthn-unsupported`, `webauthn-insecure-context`,
 * `invalid-response` for options the browser cannot read, or `network` when the first call could not
 * download the ceremony code.
 */
export const getWebAuthnAssertion: typeof getNow = async (options, init) =>
  (await loadCeremonies()).getWebAuthnAssertion(options, init);

/**
 * Asks the browser to register a new passkey or security key (`navigator.credentials.create`) for the
 * creation options of an enroll call, and answers the attestation that its verify call sends. `signal`
 * cancels the prompt (kind `aborted`). Every failure is an `MfaApiError`: `webauthn-cancelled`,
 * `webauthn-no-credential` (this key is already registered), `webauthn-unsupported`,
 * `webauthn-insecure-context`, `invalid-response` for options the browser cannot read, or `network` when
 * the first call could not download the ceremony code.
 */
export const createWebAuthnCredential: typeof createNow = async (options, init) =>
  (await loadCeremonies()).createWebAuthnCredential(options, init);
