import type { MfaSettingsMethod, MfaSettingsMethodKind } from '@mfa-kit/core';
import { maskEmail } from '../mask/mask-email.js';
import { maskPhone } from '../mask/mask-phone.js';
import { ltrRun } from '../messages/ltr-run.js';
import type { MfaSettingsMessages } from '../messages/messages.js';

/** One of core's settings methods with the words the list shows for it. */
export interface SettingsRow {
  method: MfaSettingsMethod;
  /** What kind of method, as the list names it. */
  kindLabel: string;
  /** Its name or masked address, when it has one. */
  detail: string;
  /** The method in a sentence ("Passkey Pixel"), for accessible names. */
  label: string;
  /** The same, shown in a sentence (a panel's title, an announcement): a number or address a left-to-right run. */
  inText: string;
}

/** The words of a settings row: its kind, and its name, masked number or masked address. */
export function settingsRow(method: MfaSettingsMethod, texts: MfaSettingsMessages): SettingsRow {
  const words: Record<MfaSettingsMethodKind, readonly [kind: string, named: string]> = {
    authenticator: [texts.authenticator, ''],
    phone: [texts.phone, method.phoneNumber && maskPhone(method.phoneNumber)],
    passkey: [texts.passkey, method.name],
    'security-key': [texts.securityKey, method.name],
    email: [texts.email, method.email && maskEmail(method.email)],
  };
  const [kindLabel, named] = words[method.kind];
  // A key named as its kind ("Passkey") is not named twice.
  const detail = named === kindLabel ? '' : named;
  const shown =
    detail && (method.kind === 'phone' || method.kind === 'email') ? ltrRun(detail) : detail;
  // A screen reader reads the two in either direction; the list shows them apart.
  return {
    method,
    kindLabel,
    detail,
    label: detail ? `${kindLabel} ${detail}` : kindLabel,
    inText: shown ? `${kindLabel} ${shown}` : kindLabel,
  };
}
