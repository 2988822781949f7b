import { describe, expect, test } from 'vitest';
import { MFA_ENROLL_STRATEGIES } from '../login/factor-kinds.js';
import { mfaAddChoices } from './add-choices.js';

describe('mfaAddChoices', () => {
  test("offers what the tenant's active strategies allow", () => {
    expect(
      mfaAddChoices([
        { strategy: 'SMS', isActive: true },
        { strategy: 'WebAuthnPlatform', isActive: false },
        { strategy: 'AuthenticatorApp', isActive: true },
      ]),
    ).toEqual(['authenticator', 'sms']);
    expect(mfaAddChoices([])).toEqual([]);
  });

  test('offers every factor the kit adds, in the order of the list, when the strategies are not known', () => {
    expect(mfaAddChoices()).toEqual(['authenticator', 'sms', 'passkey', 'security-key']);
  });

  test("settings' order lists every kind of the factor table a user can add, once", () => {
    const choices = mfaAddChoices();
    expect(new Set(choices).size).toBe(choices.length);
    expect([...choices].sort()).toEqual(Object.keys(MFA_ENROLL_STRATEGIES).sort());
  });
});
