/** An SMS MFA device as the devices route lists it. */
export interface MockPhoneDevice {
  id: string;
  phoneNumber: string;
}

/** An authenticator app (TOTP: SHA-1, 6 digits, 30-second steps) as the server knows it. */
export interface MockAuthenticatorApp {
  /** The device id the login answer lists (`mfaDevices.authenticators[].id`). */
  id: string;
  /** The shared secret, base32: what the enrollment QR code hands the app. */
  secret: string;
}

/** A passkey or security key (WebAuthn, ES256) as the server knows it: no private key. */
export interface MockWebAuthnDevice {
  /** The device id the login answer lists (`mfaDevices.webauthn[].id`); not the credential id. */
  id: string;
  name: string;
  /** `Platform`: built into the device (a passkey); `CrossPlatform`: a security key. */
  deviceType: 'Platform' | 'CrossPlatform';
  /** The credential id, base64url. */
  credentialId: string;
  /** The credential's public key as COSE, base64url. */
  publicKey: string;
  /** The user handle of a discoverable credential, base64url; an assertion naming another is refused. */
  userHandle?: string;
  /** The signature counter last seen (default 0: the authenticator keeps none). */
  counter?: number;
}

/** A user the mock knows. Give `users` to `createMockBackend` to replace the seeded users. */
export interface MockUserSeed {
  /** Defaults to an id derived from the email. */
  id?: string;
  email: string;
  password: string;
  name: string;
  /** Defaults to the demo tenant. */
  tenantId?: string;
  /** Email-code MFA enrolled; default true. */
  emailMfa?: boolean;
  /** SMS MFA devices; default none. */
  phones?: readonly MockPhoneDevice[];
  /** Authenticator apps; default none. */
  authenticators?: readonly MockAuthenticatorApp[];
  /** Passkeys and security keys; default none. */
  webauthn?: readonly MockWebAuthnDevice[];
  /** Single-use recovery codes, as issued; default none. */
  recoveryCodes?: readonly string[];
  /**
   * The tenant's MFA policy forces MFA on this user (default false): with no factor yet, a sign-in answers
   * `mfaEnrolled: false` and the user must add one before getting tokens.
   */
  mfaEnforced?: boolean;
}

/** A user's MFA devices, in the shape of `GET /resources/users/v1/mfa/devices`. */
export interface MfaDevicesLike {
  webauthn: { id: string; deviceType: 'Platform' | 'CrossPlatform'; name: string }[];
  phones: MockPhoneDevice[];
  authenticators: { id: string }[];
  emails: { email: string }[];
}

/** The tenant every seeded user belongs to unless told otherwise. */
export const DEMO_TENANT_ID = '9c2b7d1e-4f6a-4b8c-9d0e-1a2b3c4d5e6f';

/** The seeded demo user's sign-in, ids and devices. */
export interface DemoUser {
  readonly id: string;
  readonly email: string;
  readonly password: string;
  readonly name: string;
  readonly tenantId: string;
  /** Two SMS devices, a US and a UK number. */
  readonly phones: readonly [Readonly<MockPhoneDevice>, Readonly<MockPhoneDevice>];
}

/**
 * The seeded demo user: email-code MFA plus two SMS devices. Sign in with `email` and `password`; the codes
 * appear in the backend's outbox.
 */
export const DEMO_USER: DemoUser = Object.freeze({
  id: '3f6d2a8c-1b4e-4c7d-8e9f-0a1b2c3d4e5f',
  email: 'demo@mfa-kit.dev',
  password: 'mfa-kit-demo',
  name: 'Dana Demo',
  tenantId: DEMO_TENANT_ID,
  phones: Object.freeze([
    Object.freeze({ id: '7a1c9e40-2d3b-4f5a-8c6d-7e8f9a0b1c2d', phoneNumber: '+15550104567' }),
    Object.freeze({ id: 'b2d4f6a8-3c5e-4a7b-9d1f-2e4a6c8e0f13', phoneNumber: '+442079460321' }),
  ] as const),
});

/** A user as the backend's state holds it. */
export interface UserRecord {
  id: string;
  email: string;
  password: string;
  name: string;
  tenantId: string;
  emailMfa: boolean;
  phones: MockPhoneDevice[];
  authenticators: MockAuthenticatorApp[];
  webauthn: (MockWebAuthnDevice & { counter: number })[];
  recoveryCodes: string[];
  mfaEnforced: boolean;
}

/** Fresh, mutable records for one backend instance. */
export function toUserRecords(seeds: readonly MockUserSeed[]): UserRecord[] {
  return seeds.map((seed) => ({
    id: seed.id ?? `user-${seed.email.toLowerCase()}`,
    email: seed.email,
    password: seed.password,
    name: seed.name,
    tenantId: seed.tenantId ?? DEMO_TENANT_ID,
    emailMfa: seed.emailMfa ?? true,
    phones: (seed.phones ?? []).map((phone) => ({ id: phone.id, phoneNumber: phone.phoneNumber })),
    authenticators: (seed.authenticators ?? []).map((app) => ({ id: app.id, secret: app.secret })),
    webauthn: (seed.webauthn ?? []).map((device) => ({
      id: device.id,
      name: device.name,
      deviceType: device.deviceType,
      credentialId: device.credentialId,
      publicKey: device.publicKey,
      ...(device.userHandle === undefined ? {} : { userHandle: device.userHandle }),
      counter: device.counter ?? 0,
    })),
    recoveryCodes: [...(seed.recoveryCodes ?? [])],
    mfaEnforced: seed.mfaEnforced ?? false,
  }));
}

/** True when a sign-in must pass a second factor. */
export function hasMfa(user: UserRecord): boolean {
  return (
    user.emailMfa ||
    user.phones.length > 0 ||
    user.authenticators.length > 0 ||
    user.webauthn.length > 0
  );
}

/** How many second factors the user has (each phone, app and key counts, the email as one). */
export function mfaDeviceCount(user: UserRecord): number {
  return (
    Number(user.emailMfa) + user.phones.length + user.authenticators.length + user.webauthn.length
  );
}

/** Takes away every second factor and recovery code: what a recovery code does. */
export function removeMfa(user: UserRecord): void {
  user.emailMfa = false;
  user.phones = [];
  user.authenticators = [];
  user.webauthn = [];
  user.recoveryCodes = [];
}

/** The user's devices as the API lists them (a copy, safe to hand out). */
export function devicesOf(user: UserRecord): MfaDevicesLike {
  return {
    webauthn: user.webauthn.map(({ id, deviceType, name }) => ({ id, deviceType, name })),
    phones: user.phones.map((phone) => ({ id: phone.id, phoneNumber: phone.phoneNumber })),
    authenticators: user.authenticators.map(({ id }) => ({ id })),
    emails: user.emailMfa ? [{ email: user.email }] : [],
  };
}

/** A second factor as Frontegg's SDK names it in a login answer's `mfaStrategies`. */
export type MfaStrategy =
  'AuthenticatorApp' | 'WebAuthnPlatform' | 'WebAuthnCrossPlatform' | 'SMS' | 'EmailCode';

/**
 * The kinds of factor the user has, in the SDK's order. Frontegg's SDK reads `mfaStrategies` as this list
 * (the specification calls it an object).
 */
export function mfaStrategiesOf(user: UserRecord): MfaStrategy[] {
  const has = {
    AuthenticatorApp: user.authenticators.length > 0,
    WebAuthnPlatform: user.webauthn.some((device) => device.deviceType === 'Platform'),
    WebAuthnCrossPlatform: user.webauthn.some((device) => device.deviceType === 'CrossPlatform'),
    SMS: user.phones.length > 0,
    EmailCode: user.emailMfa,
  };
  return (Object.keys(has) as MfaStrategy[]).filter((strategy) => has[strategy]);
}
