import { describe, expect, it } from 'vitest';
import { mfaEnrollChoices } from './enroll-choices.js';

describe('mfaEnrollChoices', () => {
  it('maps the active strategies to what can be added, strongest and easiest first', () => {
    expect(
      mfaEnrollChoices([
        { strategy: 'SMS', isActive: true },
        { strategy: 'WebAuthnCrossPlatform', isActive: true },
        { strategy: 'EmailCode', isActive: true },
        { strategy: 'WebAuthnPlatform', isActive: true },
        { strategy: 'AuthenticatorApp', isActive: true },
      ]),
    ).toEqual(['authenticator', 'passkey', 'security-key', 'sms']);
  });

  it('leaves out inactive strategies, the email code and names it does not know', () => {
    expect(
      mfaEnrollChoices([
        { strategy: 'AuthenticatorApp', isActive: false },
        { strategy: 'EmailCode', isActive: true },
        { strategy: 'Carrier pigeon', isActive: true },
        { strategy: 'SMS', isActive: true },
      ]),
    ).toEqual(['sms']);
    expect(mfaEnrollChoices([])).toEqual([]);
  });
});
