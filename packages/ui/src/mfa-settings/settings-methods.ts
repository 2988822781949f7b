import type { MfaDevices } from '@mfa-kit/core';
import { maskEmail } from '../mask/mask-email.js';
import { maskPhone } from '../mask/mask-phone.js';
import type { MfaSettingsMessages } from '../messages/messages.js';

/** One sign-in method as the settings list shows it. */
export interface SettingsMethod {
  kind: 'authenticator' | 'phone' | 'passkey' | 'security-key' | 'email';
  /** The device id (an email has none: nothing can be done to it here). */
  id: string;
  /** What kind of method, as the list names it. */
  kindLabel: string;
  /** Its name or masked address, when it has one. */
  detail: string;
  /** The method in a sentence ("Passkey Pixel"), for button names and announcements. */
  label: string;
  phoneNumber?: string;
}

/** The user's devices as settings rows, in a fixed order: apps, phones, keys, emails. */
export function settingsMethods(devices: MfaDevices, texts: MfaSettingsMessages): SettingsMethod[] {
  const method = (
    kind: SettingsMethod['kind'],
    id: string,
    kindLabel: string,
    named: string,
  ): SettingsMethod => {
    // A key named as its kind ("Passkey") is not named twice.
    const detail = named === kindLabel ? '' : named;
    // A screen reader reads the two in either direction; the list shows them apart.
    return { kind, id, kindLabel, detail, label: detail ? `${kindLabel} ${detail}` : kindLabel };
  };
  return [
    ...devices.authenticators.map(({ id }) => method('authenticator', id, texts.authenticator, '')),
    ...devices.phones.map(({ id, phoneNumber }) => ({
      ...method('phone', id, texts.phone, maskPhone(phoneNumber)),
      phoneNumber,
    })),
    ...devices.webauthn.map(({ id, name, deviceType }) =>
      deviceType === 'Platform'
        ? method('passkey', id, texts.passkey, name)
        : method('security-key', id, texts.securityKey, name),
    ),
    ...devices.emails.map(({ email }) => method('email', '', texts.email, maskEmail(email))),
  ];
}
