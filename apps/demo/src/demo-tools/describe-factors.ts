import { MFA_LOGIN_METHOD_KINDS } from '@mfa-kit/core';
import type { SeededUser } from '@mfa-kit/mock';

/** The second factors of `user` in a few words, e.g. "SMS + authenticator app + recovery code". */
export function describeFactors(user: SeededUser): string {
  const passkeys = user.webauthn.filter((device) => device.deviceType === 'Platform').length;
  const securityKeys = user.webauthn.length - passkeys;
  const factors = [
    user.emailMfa && 'email code',
    user.phones.length > 0 && 'SMS',
    user.authenticators.length > 0 && 'authenticator app',
    passkeys > 0 && 'passkey',
    securityKeys > 0 && 'security key',
    user.recoveryCodes.length > 0 && 'recovery code',
  ].filter((factor) => factor !== false);
  if (factors.length === MFA_LOGIN_METHOD_KINDS.length) return 'Every factor';
  // A user with nothing enrolled adds a factor at sign-in under an enforcing tenant, else in account settings.
  const none = user.mfaEnforced ? 'nothing yet: sets one up at sign-in' : 'password only';
  const text = factors.join(' + ') || none;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
