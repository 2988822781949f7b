// The browser's WebAuthn ceremonies behind one door: support checks first, then the call, and every failure
// as one MfaApiError kind. Cost, min + gzip (bench/webauthn-size.mjs): both ceremonies 1.55 kB, of which
// the native path (the browser's JSON helpers) 1.37 kB and the own-lines fallback 0.3 kB;
// @simplewebauthn/browser 14's startAuthentication + startRegistration would be 2.83 kB instead.
import { fail } from '../client/errors.js';
import type { MfaApiError, MfaErrorKind } from '../client/errors.js';

/** Which ceremony runs: signing in with a key (`get`) or registering one (`create`). */
export type WebAuthnCeremony = 'get' | 'create';

type Failure = readonly [MfaErrorKind, string];

const UNREADABLE: Failure = ['invalid-response', 'The server’s passkey options could not be read.'];

// By DOMException name. Browsers answer NotAllowedError for a closed prompt, a timeout and (so that a
// page cannot probe which keys exist) for no key of this site too; InvalidStateError is what an
// authenticator says when it knows no such credential, or when registering one it already holds.
const failures: Readonly<Record<string, Failure>> = {
  NotAllowedError: [
    'webauthn-cancelled',
    'The passkey prompt was closed, timed out or not allowed.',
  ],
  AbortError: ['webauthn-cancelled', 'The browser cancelled the passkey prompt.'],
  InvalidStateError: [
    'webauthn-no-credential',
    'No passkey or security key on this device belongs to this account.',
  ],
  NotSupportedError: ['webauthn-unsupported', 'The browser cannot use passkeys as this site asks.'],
  ConstraintError: [
    'webauthn-unsupported',
    'The passkey or security key cannot do what this site asks.',
  ],
  SecurityError: [
    'webauthn-insecure-context',
    'The browser refused WebAuthn on this page: it is not https, or not on the key’s domain.',
  ],
  // Options the browser could not read: base64url that is not, or a missing field.
  EncodingError: UNREADABLE,
  InvalidCharacterError: UNREADABLE,
  TypeError: UNREADABLE,
};

const ALREADY_REGISTERED: Failure = [
  'webauthn-no-credential',
  'This passkey or security key is already registered.',
];

// An authenticator's own failure (UnknownError): the way forward is the same as for a closed prompt.
const UNKNOWN: Failure = [
  'webauthn-cancelled',
  'The passkey or security key did not complete the request.',
];

/** Why the ceremony failed, as an `MfaApiError` that keeps the browser's error as `cause`. */
function ceremonyFailure(
  ceremony: WebAuthnCeremony,
  error: unknown,
  signal?: AbortSignal,
): MfaApiError {
  if (signal?.aborted) return fail('aborted', 'The passkey prompt was cancelled.', error);
  const name = error instanceof Error ? error.name : '';
  const [kind, message] =
    ceremony === 'create' && name === 'InvalidStateError'
      ? ALREADY_REGISTERED
      : (failures[name] ?? UNKNOWN);
  return fail(kind, message, error);
}

/**
 * Runs one ceremony: `start` reads the options and calls `navigator.credentials`. Rejects with an
 * `MfaApiError` only; our own `signal` aborting gives kind `aborted`.
 */
export async function runCeremony(
  ceremony: WebAuthnCeremony,
  start: (
    credentials: CredentialsContainer,
    abort: { signal?: AbortSignal },
  ) => Promise<Credential | null>,
  signal?: AbortSignal,
): Promise<PublicKeyCredential> {
  // Cancelled while the ceremony's code was downloading: no prompt opens.
  if (signal?.aborted) throw ceremonyFailure(ceremony, signal.reason, signal);
  // Browsers hide WebAuthn from insecure pages, so this check comes before the one for support.
  if (globalThis.isSecureContext === false) {
    throw fail('webauthn-insecure-context', 'Passkeys work only on a secure (https) page.');
  }
  if (typeof PublicKeyCredential === 'undefined' || !globalThis.navigator?.credentials) {
    throw fail('webauthn-unsupported', 'This browser does not support passkeys (WebAuthn).');
  }
  let credential: Credential | null;
  try {
    credential = await start(navigator.credentials, signal ? { signal } : {});
  } catch (error) {
    throw ceremonyFailure(ceremony, error, signal);
  }
  if (credential?.type !== 'public-key') {
    throw fail('webauthn-no-credential', 'The browser answered with no passkey or security key.');
  }
  return credential as PublicKeyCredential;
}
