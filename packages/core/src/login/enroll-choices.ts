import type { MfaStrategy } from '../client/schemas.js';

/** A factor a user can add: at a login that must enrol, or in account settings. */
export type MfaEnrollChoice = 'authenticator' | 'passkey' | 'security-key' | 'sms';

// Frontegg's strategy names (the spec's `MFAStrategy` enum, `@frontegg/rest-api`'s `MFAStrategyEnum`). An email
// code is not added: the address is already the account's.
const CHOICE_OF_STRATEGY: Readonly<Record<string, MfaEnrollChoice>> = {
  AuthenticatorApp: 'authenticator',
  WebAuthnPlatform: 'passkey',
  WebAuthnCrossPlatform: 'security-key',
  SMS: 'sms',
};

const ORDER: readonly MfaEnrollChoice[] = ['authenticator', 'passkey', 'security-key', 'sms'];

/**
 * The factors the tenant's active strategies let a user add, strongest and easiest first; a strategy this kit does
 * not know is left out.
 *
 * @example
 * const choices = mfaEnrollChoices((await client.mfaPolicy.strategies()).strategies);
 */
export function mfaEnrollChoices(strategies: readonly MfaStrategy[]): MfaEnrollChoice[] {
  const active = new Set(
    strategies.filter((entry) => entry.isActive).map((entry) => CHOICE_OF_STRATEGY[entry.strategy]),
  );
  return ORDER.filter((choice) => active.has(choice));
}
