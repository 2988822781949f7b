import type { AuthResponse, MfaDevices } from '../client/schemas.js';
import { MFA_LOGIN_METHOD_KINDS } from './factor-kinds.js';
import type { MfaLoginMethodKind } from './factor-kinds.js';

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
  | {
      readonly kind: 'recovery-code';
      readonly id: 'recovery-code';
      /** The account's email, which spending a recovery code needs (`POST …/mfa/recover`). */
      readonly email: string;
    };

/** Options of {@link mfaLoginMethods}. */
export interface MfaLoginMethodsOptions {
  /** A kind the app remembered (e.g. the last one used): put first when the user still has it. */
  preferred?: MfaLoginMethodKind | null | undefined;
  /**
   * The email the user signed in with. A recovery code is spent with it, so it is offered only when the email is
   * known: this, else the login answer's `userEmail`.
   */
  email?: string | null | undefined;
}

const NO_DEVICES: MfaDevices = { webauthn: [], phones: [], authenticators: [], emails: [] };

/**
 * The methods a login answer offers, preferred first: every passkey and security key by name, every phone, the
 * authenticator app (one entry however many apps: the server checks the code against each), the email, and the
 * recovery code whenever any factor exists and the account's email is known (spending one needs it). Empty when
 * MFA is not required or nothing is enrolled (enrolment).
 *
 * @example
 * const [first, ...others] = mfaLoginMethods(loginAnswer, { email });
 */
export function mfaLoginMethods(
  auth: Pick<AuthResponse, 'mfaRequired' | 'mfaDevices' | 'userEmail'>,
  // A bare kind is the older form of `{ preferred }` (then only the answer's `userEmail` makes the recovery code).
  options: MfaLoginMethodsOptions | MfaLoginMethodKind | null = {},
): MfaLoginMethod[] {
  const { preferred, email: givenEmail } =
    typeof options === 'string' || options === null ? { preferred: options } : options;
  const email = givenEmail || auth.userEmail;
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
  if (email) methods.push({ kind: 'recovery-code', id: 'recovery-code', email });
  const rank = (method: MfaLoginMethod) =>
    method.kind === preferred && preferred !== 'recovery-code'
      ? -1
      : MFA_LOGIN_METHOD_KINDS.indexOf(method.kind);
  // A stable sort: devices of one kind keep the server's order.
  return methods.sort((a, b) => rank(a) - rank(b));
}
