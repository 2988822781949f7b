import type { MfaStrategy } from '@mfa-kit/core';

/** A factor a user can add at login. */
export type EnrolChoice = 'authenticator' | 'passkey' | 'security-key' | 'sms';

// An email code is not added: the address is already the account's.
const CHOICE_OF_STRATEGY: Readonly<Record<string, EnrolChoice>> = {
  AuthenticatorApp: 'authenticator',
  WebAuthnPlatform: 'passkey',
  WebAuthnCrossPlatform: 'security-key',
  SMS: 'sms',
};

const ORDER: readonly EnrolChoice[] = ['authenticator', 'passkey', 'security-key', 'sms'];

/** The factors the tenant's active strategies let a user add, strongest and easiest first. */
export function enrolChoices(strategies: readonly MfaStrategy[]): EnrolChoice[] {
  const active = new Set(
    strategies.filter((entry) => entry.isActive).map((entry) => CHOICE_OF_STRATEGY[entry.strategy]),
  );
  return ORDER.filter((choice) => active.has(choice));
}
