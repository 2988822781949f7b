import { describe, expect, test } from 'vitest';
import { mfaRemoval } from './removal-policy.js';

describe('mfaRemoval', () => {
  test('each kind goes its own way while another method is left', () => {
    expect(mfaRemoval('authenticator', 2)).toEqual({ removable: true, way: 'authenticator' });
    expect(mfaRemoval('passkey', 2)).toEqual({ removable: true, way: 'webauthn' });
    expect(mfaRemoval('security-key', 2)).toEqual({ removable: true, way: 'webauthn' });
    expect(mfaRemoval('phone', 2)).toEqual({ removable: true, way: 'phone' });
  });

  test('a phone that is the last method, or when the app asks for it, is confirmed with a texted code', () => {
    expect(mfaRemoval('phone', 1)).toEqual({ removable: true, way: 'phone-with-code' });
    expect(mfaRemoval('phone', 3, { confirmPhoneRemovalWithCode: true })).toEqual({
      removable: true,
      way: 'phone-with-code',
    });
  });

  test('an email stays: the organization sets it', () => {
    expect(mfaRemoval('email', 3)).toEqual({ removable: false, reason: 'organization' });
    expect(mfaRemoval('email', 1, { mfaEnforced: true })).toEqual({
      removable: false,
      reason: 'organization',
    });
  });

  test('the last method stays when the tenant enforces MFA, and only then', () => {
    for (const kind of ['authenticator', 'phone', 'passkey', 'security-key'] as const) {
      expect(mfaRemoval(kind, 1, { mfaEnforced: true })).toEqual({
        removable: false,
        reason: 'last-method',
      });
      expect(mfaRemoval(kind, 2, { mfaEnforced: true }).removable).toBe(true);
      expect(mfaRemoval(kind, 1, { mfaEnforced: false }).removable).toBe(true);
    }
  });
});
