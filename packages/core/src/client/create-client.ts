import { login } from './auth.js';
import type { AuthApi } from './auth.js';
import { listDevices } from './devices.js';
import type { DevicesApi } from './devices.js';
import { sendEmailCode, verifyEmailCode } from './email-mfa.js';
import type { EmailMfaApi } from './email-mfa.js';
import {
  startAuthenticatorEnrollment,
  startSmsEnrollment,
  startWebAuthnEnrollment,
  verifyAuthenticatorEnrollment,
  verifySmsEnrollment,
  verifyWebAuthnEnrollment,
} from './enroll-mfa.js';
import type { EnrollMfaApi } from './enroll-mfa.js';
import { fail } from './errors.js';
import type { MfaErrorKind } from './errors.js';
import { createCaller, readAccessToken } from './http.js';
import type { Method, RequestOptions } from './http.js';
import {
  disableAuthenticator,
  disableWebAuthn,
  startUserAuthenticator,
  startUserSms,
  startUserWebAuthn,
  startWebAuthnRemoval,
  verifyUserAuthenticator,
  verifyUserSms,
  verifyUserWebAuthn,
} from './manage-mfa.js';
import type { ManageMfaApi } from './manage-mfa.js';
import { mfaStrategies, rememberDevicePolicy } from './mfa-policy.js';
import type { MfaPolicyApi } from './mfa-policy.js';
import { redeemRecoveryCode } from './recovery-code.js';
import type { RecoveryCodeApi } from './recovery-code.js';
import { regionBaseUrl } from './regions.js';
import type { Region } from './regions.js';
import {
  disableSms,
  disableSmsWithoutCode,
  preDisableSms,
  sendSmsCode,
  verifySmsCode,
} from './sms-mfa.js';
import type { DisableSmsInput, SmsMfaApi } from './sms-mfa.js';
import { generateStepUp } from './step-up.js';
import type { StepUpApi } from './step-up.js';
import { verifyAuthenticatorCode } from './authenticator-mfa.js';
import type { AuthenticatorMfaApi } from './authenticator-mfa.js';
import { startWebAuthn, verifyWebAuthn } from './webauthn-mfa.js';
import type { WebAuthnMfaApi } from './webauthn-mfa.js';

/** How to reach Frontegg and as whom. Every field is optional. */
export interface MfaClientOptions {
  /** Frontegg region of the regional `api.*` host. Default `eu`. */
  region?: Region | undefined;
  /**
   * Wins over `region`: your app's Frontegg domain, e.g. `https://app-xxx.frontegg.com/identity`,
   * a same-origin proxy path such as `/identity`, or a mock at `http://127.0.0.1:4010/identity`.
   */
  baseUrl?: string | undefined;
  /** The user's JWT, sent as `Authorization: Bearer` on user-token routes (devices, SMS). */
  getAccessToken?: (() => string | null | Promise<string | null>) | undefined;
  /** Sent as `frontegg-user-id` on the routes that take it (vendor-token use). */
  userId?: string | undefined;
  /** Sent as `frontegg-tenant-id` on the routes that take it (vendor-token use). */
  tenantId?: string | undefined;
  /** Default `globalThis.fetch`, looked up at call time (so MSW and other patches apply). */
  fetch?: typeof globalThis.fetch | undefined;
  /** Per-request time limit; the call then rejects with kind `timeout`. Default 15000. */
  timeoutMs?: number | undefined;
  /** Default `'include'`: the remember-device cookie lives on the Frontegg domain. */
  credentials?: RequestCredentials | undefined;
  /** Extra headers on every request. The client's own headers win on a clash. */
  headers?: HeadersInit | undefined;
  /**
   * Maps Frontegg `errorCode`s to kinds. Frontegg does not document the codes of a wrong or expired
   * code or of too many attempts, so map your tenant's codes here, e.g. `{ 'ER-01110': 'invalid-code' }`.
   * An entry wins over the kind the HTTP status gives.
   */
  errorCodeKinds?: Readonly<Record<string, MfaErrorKind>> | undefined;
}

/**
 * The typed Frontegg MFA client. Every method rejects only with `MfaApiError`, sends at most one
 * request and needs no `this`, so it can be passed around as is (e.g. as a `mutationFn`).
 */
export interface MfaClient {
  /** Password login, the first factor. */
  auth: AuthApi;
  /** The email-code second factor during login. */
  emailMfa: EmailMfaApi;
  /** The authenticator-app (TOTP) second factor during login. */
  authenticatorMfa: AuthenticatorMfaApi;
  /** @deprecated Use {@link MfaClient.authenticatorMfa}, the same methods. */
  totpMfa: AuthenticatorMfaApi;
  /** The SMS second factor: a code during login, and disabling a phone from account settings. */
  smsMfa: SmsMfaApi;
  /** The WebAuthn second factor during login: a passkey or a security key. */
  webauthnMfa: WebAuthnMfaApi;
  /** The recovery code, when every second factor is lost: removes MFA. */
  recoveryCode: RecoveryCodeApi;
  /** Whether the login may remember this device, and which second factors the tenant offers. */
  mfaPolicy: MfaPolicyApi;
  /** The signed-in user's MFA devices. */
  devices: DevicesApi;
  /** Adding a second factor during a login that requires one. */
  enrollMfa: EnrollMfaApi;
  /** Adding and removing the signed-in user's second factors (account settings). */
  manageMfa: ManageMfaApi;
  /** Proving a second factor again, signed in, before a sensitive action. */
  stepUp: StepUpApi;
  /**
   * The token `getAccessToken` gives now, or `null` without one: read at each call, never kept, nothing sent.
   * `MfaProvider` reads it for step-up. Rejects with `MfaApiError` of kind `unauthorized` when `getAccessToken`
   * throws.
   */
  accessToken: () => Promise<string | null>;
}

const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Creates a client. Throws `MfaApiError` of kind `invalid-input` for an unknown `region`, a `baseUrl`
 * that is not a URL (a bare path only works inside a browser page), or a `timeoutMs` that is not a
 * positive number of milliseconds a timer can hold.
 *
 * @example
 * const client = createMfaClient({ baseUrl: 'https://app-xxx.frontegg.com/identity' });
 * const { mfaToken } = await client.auth.login({ email, password });
 */
export function createMfaClient(options: MfaClientOptions = {}): MfaClient {
  const { region = 'eu', timeoutMs = 15_000 } = options;
  const regionUrl = regionBaseUrl(region);
  if (!regionUrl) throw fail('invalid-input', 'region must be eu, us, ca or au.');
  if (!(timeoutMs > 0 && timeoutMs <= MAX_TIMER_MS)) {
    throw fail('invalid-input', 'timeoutMs must be 1 to 2^31-1 ms.');
  }
  const baseUrl = (options.baseUrl ?? regionUrl).replace(/\/+$/, '');
  try {
    // A path such as '/identity' is fine in a browser page; elsewhere the URL must be absolute.
    new URL(baseUrl, globalThis.location?.href);
  } catch {
    throw fail('invalid-input', 'baseUrl must be an absolute URL.');
  }
  // A copy: changing the options object later does not change this client.
  const method = createCaller({
    ...options,
    baseUrl,
    timeoutMs,
    credentials: options.credentials ?? 'include',
    errorCodeKinds: { ...options.errorCodeKinds },
  });
  // Methods of routes that take no input: the request options come first.
  const withoutInput =
    <T>(call: Method<T>) =>
    (requestOptions?: RequestOptions) =>
      call(undefined, requestOptions);
  const disableSmsWithCode = method(disableSms);
  const disableSmsDirectly = method(disableSmsWithoutCode);
  const authenticatorMfa = { verify: method(verifyAuthenticatorCode) };
  return {
    auth: { login: method(login) },
    emailMfa: { sendCode: method(sendEmailCode), verifyCode: method(verifyEmailCode) },
    authenticatorMfa,
    // Its deprecated name (issue #19's rename), until the next minor version.
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- providing the alias, not using it
    totpMfa: authenticatorMfa,
    smsMfa: {
      sendCode: method(sendSmsCode),
      verifyCode: method(verifySmsCode),
      preDisable: method(preDisableSms),
      // Any value may arrive from plain JavaScript: a non-object has neither field.
      disable: (input, requestOptions) => {
        const { otcToken, code } = Object(input) as Partial<DisableSmsInput>;
        const disable =
          otcToken === undefined && code === undefined ? disableSmsDirectly : disableSmsWithCode;
        return disable(input, requestOptions);
      },
    },
    webauthnMfa: { start: method(startWebAuthn), verify: method(verifyWebAuthn) },
    recoveryCode: { redeem: method(redeemRecoveryCode) },
    mfaPolicy: {
      rememberDevice: method(rememberDevicePolicy),
      strategies: withoutInput(method(mfaStrategies)),
    },
    devices: { list: withoutInput(method(listDevices)) },
    enrollMfa: {
      startAuthenticator: method(startAuthenticatorEnrollment),
      verifyAuthenticator: method(verifyAuthenticatorEnrollment),
      startSms: method(startSmsEnrollment),
      verifySms: method(verifySmsEnrollment),
      startWebAuthn: method(startWebAuthnEnrollment),
      verifyWebAuthn: method(verifyWebAuthnEnrollment),
    },
    manageMfa: {
      startAuthenticator: withoutInput(method(startUserAuthenticator)),
      verifyAuthenticator: method(verifyUserAuthenticator),
      startSms: method(startUserSms),
      verifySms: method(verifyUserSms),
      startWebAuthn: withoutInput(method(startUserWebAuthn)),
      verifyWebAuthn: method(verifyUserWebAuthn),
      disableAuthenticator: method(disableAuthenticator),
      startWebAuthnRemoval: method(startWebAuthnRemoval),
      disableWebAuthn: method(disableWebAuthn),
    },
    stepUp: { generate: method(generateStepUp) },
    accessToken: () => readAccessToken(options.getAccessToken),
  };
}
