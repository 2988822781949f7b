/** An SMS MFA device as the devices route lists it. */
export interface MockPhoneDevice {
  id: string;
  phoneNumber: string;
}

/** A user the mock knows. Give `users` to `createMockBackend` to replace the demo user. */
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
  }));
}

/** True when a sign-in must pass a second factor. */
export function hasMfa(user: UserRecord): boolean {
  return user.emailMfa || user.phones.length > 0;
}

/** The user's devices as the API lists them (a copy, safe to hand out). */
export function devicesOf(user: UserRecord): MfaDevicesLike {
  return {
    webauthn: [],
    phones: user.phones.map((phone) => ({ id: phone.id, phoneNumber: phone.phoneNumber })),
    authenticators: [],
    emails: user.emailMfa ? [{ email: user.email }] : [],
  };
}
