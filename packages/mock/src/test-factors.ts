// Shared by this package's tests only (no entry point imports it): the login factors beyond the email code,
// in the shapes the client sends.
import type { MockBackend } from './backend';
import { signWebAuthnAssertion } from './software-authenticator';
import { PATHS, postJson, readJson } from './test-helpers';

const encoded = encodeURIComponent;

export const FACTOR_PATHS = {
  totpVerify: '/resources/auth/v1/user/mfa/verify',
  totpDeviceVerify: (deviceId: string) =>
    `/resources/auth/v1/user/mfa/authenticator/${encoded(deviceId)}/verify`,
  smsCode: (deviceId: string) => `/resources/auth/v1/user/mfa/sms/${encoded(deviceId)}`,
  smsCodeVerify: (deviceId: string) =>
    `/resources/auth/v1/user/mfa/sms/${encoded(deviceId)}/verify`,
  webauthnStart: (deviceId: string) => `/resources/auth/v1/user/mfa/webauthn/${encoded(deviceId)}`,
  webauthnVerify: (deviceId: string) =>
    `/resources/auth/v1/user/mfa/webauthn/${encoded(deviceId)}/verify`,
  recover: '/resources/auth/v1/user/mfa/recover',
} as const;

/** The page origin the tests' assertions come from: one the default backend expects. */
export const TEST_ORIGIN = 'http://localhost:5173';

/** Signs `user` in with the password: the login step's `mfaToken`. */
export async function startLoginAs(
  backend: MockBackend,
  user: { email: string; password: string },
): Promise<string> {
  const response = await postJson(backend, PATHS.login, {
    email: user.email,
    password: user.password,
  });
  if (response.status !== 200) throw new Error(`login answered ${response.status}`);
  const { mfaToken } = await readJson<{ mfaToken?: string }>(response);
  if (mfaToken === undefined) throw new Error('the mock did not ask for MFA');
  return mfaToken;
}

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
  const response = await postJson(backend, FACTOR_PATHS.webauthnStart(deviceId), { mfaToken });
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
