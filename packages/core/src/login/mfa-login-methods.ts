import type { AuthResponse, MfaDevices } from '../client/schemas.js';

/** The ways a user can pass the second-factor step of a login. */
export type MfaLoginMethodKind =
  'passkey' | 'security-key' | 'authenticator' | 'sms' | 'email' | 'recovery-code';

/**
 * One way to pass the step, with what identifies it to the user. `id` is unique within a login (one per phone
 * or key), `kind` names the form that handles it.
 */
export type MfaLoginMethod =
  | { readonly kind: 'authenticator'; readonly id: 'authenticator' }
  | {
      readonly kind: 'sms';
      readonly id: `sms:${string}`;
      readonly deviceId: string;
      /** As the server shows it, usually masked. */
      readonly phoneNumber: string;
    }
  | { readonly kind: 'email'; readonly id: 'email'; readonly email: string }
  | {
      readonly kind: 'passkey' | 'security-key';
      readonly id: `webauthn:${string}`;
      readonly deviceId: string;
      /** The name the user gave the key. */
      readonly name: string;
    }
  | { readonly kind: 'recovery-code'; readonly id: 'recovery-code' };

// Strongest and quickest first: a passkey is one touch, a security key one touch if it is at hand, an app
// code needs no network round trip, then codes that must travel. A recovery code is the last resort.
const ORDER: readonly MfaLoginMethodKind[] = [
  'passkey',
  'security-key',
  'authenticator',
  'sms',
  'email',
  'recovery-code',
];

const NO_DEVICES: MfaDevices = { webauthn: [], phones: [], authenticators: [], emails: [] };

/**
 * The methods a login answer offers, preferred first: every passkey and security key by name, every phone, the
 * authenticator app (one entry however many apps: the server checks the code against each), the email, and the
 * recovery code whenever any factor exists. Empty when MFA is not required or nothing is enrolled (enrolment).
 *
 * @param preferred - a kind the app remembered (e.g. the last one used): put first when the user still has it.
 * @example
 * const [first, ...others] = mfaLoginMethods(loginAnswer);
 */
export function mfaLoginMethods(
  auth: Pick<AuthResponse, 'mfaRequired' | 'mfaDevices'>,
  preferred?: MfaLoginMethodKind | null,
): MfaLoginMethod[] {
  if (!auth.mfaRequired) return [];
  const devices = { ...NO_DEVICES, ...auth.mfaDevices };
  const methods: MfaLoginMethod[] = [
    ...devices.webauthn.map((key): MfaLoginMethod => ({
      kind: key.deviceType === 'Platform' ? 'passkey' : 'security-key',
      id: `webauthn:${key.id}`,
      deviceId: key.id,
      name: key.name,
    })),
    ...(devices.authenticators.length > 0
      ? [{ kind: 'authenticator', id: 'authenticator' } as const]
      : []),
    ...devices.phones.map((phone): MfaLoginMethod => ({
      kind: 'sms',
      id: `sms:${phone.id}`,
      deviceId: phone.id,
      phoneNumber: phone.phoneNumber,
    })),
    ...devices.emails
      .slice(0, 1)
      .map((device): MfaLoginMethod => ({ kind: 'email', id: 'email', email: device.email })),
  ];
  if (methods.length === 0) return [];
  methods.push({ kind: 'recovery-code', id: 'recovery-code' });
  const rank = (method: MfaLoginMethod) =>
    method.kind === preferred && preferred !== 'recovery-code' ? -1 : ORDER.indexOf(method.kind);
  // A stable sort: devices of one kind keep the server's order.
  return methods.sort((a, b) => rank(a) - rank(b));
}
