import { describe, expect, test } from 'vitest';
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
});
