// The factor table: each kind of factor a user meets, declared once. Every list of kinds in the kit is derived from
// it or checked against it (ARCHITECTURE.md, "Adding a factor"). Only data: the login step's first load carries
// it, so it names no spec (each spec loads with its own form).

/**
 * Every kind of login method, strongest and quickest first, the order a login offers them in: a passkey is one
 * touch, a security key one touch if it is at hand, an app code needs no network round trip, then codes that must
 * travel. A recovery code is the last resort.
 */
export const MFA_LOGIN_METHOD_KINDS = [
  'passkey',
  'security-key',
  'authenticator',
  'sms',
  'email',
  'recovery-code',
] as const;

/** The ways a user can pass the second-factor step of a login. */
export type MfaLoginMethodKind = (typeof MFA_LOGIN_METHOD_KINDS)[number];

/**
 * The kinds a user can add (at a login that must enroll, or in account settings), strongest and easiest first,
 * each with Frontegg's name of its strategy (the spec's `MFAStrategy` enum, `@frontegg/rest-api`'s
 * `MFAStrategyEnum`). An email code is not added: the address is already the account's.
 */
export const MFA_ENROLL_STRATEGIES = {
  authenticator: 'AuthenticatorApp',
  passkey: 'WebAuthnPlatform',
  'security-key': 'WebAuthnCrossPlatform',
  sms: 'SMS',
} as const satisfies Partial<Record<MfaLoginMethodKind, string>>;

/** A factor a user can add: at a login that must enroll, or in account settings. */
export type MfaEnrollChoice = keyof typeof MFA_ENROLL_STRATEGIES;
