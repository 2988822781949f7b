import type { MfaDevices } from '../client/schemas.js';
import { mfaRemoval } from './removal-policy.js';
import type { MfaRemoval, MfaRemovalPolicy, MfaSettingsMethodKind } from './removal-policy.js';

/** One of the user's methods as account settings lists it, with whether and how it can be removed. */
export interface MfaSettingsMethod {
  readonly kind: MfaSettingsMethodKind;
  /** The device id; `''` for an email, which has none (nothing can be done to it here). */
  readonly id: string;
  /** A passkey's or security key's name; `''` for the other kinds. */
  readonly name: string;
  /** A phone's number as the server lists it (E.164, unmasked: mask it to show it); `''` for the other kinds. */
  readonly phoneNumber: string;
  /** An email's address (unmasked: mask it to show it); `''` for the other kinds. */
  readonly email: string;
  readonly removal: MfaRemoval;
}

/**
 * The user's devices as settings rows, in a fixed order (authenticator apps, phones, passkeys and security keys,
 * emails), each with its removal under the policy.
 *
 * @example
 * const methods = mfaSettingsMethods(await client.devices.list(), { mfaEnforced: true });
 */
export function mfaSettingsMethods(
  devices: MfaDevices,
  policy: MfaRemovalPolicy = {},
): MfaSettingsMethod[] {
  const rows: Omit<MfaSettingsMethod, 'removal'>[] = [
    ...devices.authenticators.map(({ id }) => row('authenticator', id)),
    ...devices.phones.map(({ id, phoneNumber }) => row('phone', id, { phoneNumber })),
    ...devices.webauthn.map(({ id, name, deviceType }) =>
      row(deviceType === 'Platform' ? 'passkey' : 'security-key', id, { name }),
    ),
    ...devices.emails.map(({ email }) => row('email', '', { email })),
  ];
  return rows.map((method) => ({
    ...method,
    removal: mfaRemoval(method.kind, rows.length, policy),
  }));
}

const row = (
  kind: MfaSettingsMethodKind,
  id: string,
  fields: Partial<Pick<MfaSettingsMethod, 'name' | 'phoneNumber' | 'email'>> = {},
): Omit<MfaSettingsMethod, 'removal'> => ({
  kind,
  id,
  name: '',
  phoneNumber: '',
  email: '',
  ...fields,
});
