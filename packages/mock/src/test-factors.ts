// Shared by this package's tests only (no entry point imports it): the WebAuthn steps of a login, in the
// shapes the client sends, and a TOTP sign-in. Paths and logins come from the test kit (mockPaths, loginAs).
import type { MockBackend } from './backend';
import { signWebAuthnAssertion } from './software-authenticator';
import { postJson, readJson } from './test-helpers';
import { loginAs, mockPaths } from './testing';
import { totpCode } from './totp';

/** The page origin the tests' assertions come from: one the default backend expects. */
export const TEST_ORIGIN = 'http://localhost:5173';

/** The challenge answer of `POST …/webauthn/{deviceId}`. */
export interface WebAuthnChallenge {
  webauthnToken: string;
  options: {
    challenge: string;
    rpId: string;
    allowCredentials: { id: string; type: string; transports: string[] }[];
    userVerification: string;
    timeout: number;
  };
}

/** Starts a WebAuthn challenge for one device of the login. */
export async function startWebAuthn(
  backend: MockBackend,
  mfaToken: string,
  deviceId: string,
): Promise<WebAuthnChallenge> {
  const response = await postJson(backend, mockPaths.webauthnStart(deviceId), { mfaToken });
  if (response.status !== 201) throw new Error(`webauthn start answered ${response.status}`);
  return readJson<WebAuthnChallenge>(response);
}

/**
 * A verify body for the challenge, with a real assertion signed by `device` as the client sends it: only the
 * documented fields, `userHandle` null when the credential has none.
 */
export async function webauthnVerifyBody(
  mfaToken: string,
  { webauthnToken, options }: WebAuthnChallenge,
  device: { credentialId: string; privateKey: string; userHandle?: string },
  signing: { origin?: string; counter?: number } = {},
) {
  const { id, response } = await signWebAuthnAssertion({
    device,
    options,
    origin: signing.origin ?? TEST_ORIGIN,
    ...(signing.counter === undefined ? {} : { counter: signing.counter }),
  });
  return {
    webauthnToken,
    options: { id, response: { ...response, userHandle: response.userHandle ?? null } },
    mfaToken,
  };
}

/** The access token of `user` signed in with its first authenticator app: for the user routes. */
export async function signInWithTotp(
  backend: MockBackend,
  user: { email: string; password: string; authenticators: readonly { secret: string }[] },
  now: number = Date.now(),
): Promise<{ authorization: string }> {
  const mfaToken = await loginAs(backend, user);
  const value = await totpCode(user.authenticators[0]?.secret ?? '', now);
  const response = await postJson(backend, mockPaths.authenticatorVerify, { value, mfaToken });
  const { accessToken } = await readJson<{ accessToken: string }>(response);
  return { authorization: `Bearer ${accessToken}` };
}
