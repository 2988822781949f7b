import { describe, expect, test } from 'vitest';
import type { MfaDevices } from '../client/schemas.js';
import { mfaLoginMethods } from './mfa-login-methods.js';
import type { MfaLoginMethodKind } from './factor-kinds.js';

const devices: MfaDevices = {
  webauthn: [
    { id: 'key-1', deviceType: 'CrossPlatform', name: 'YubiKey' },
    { id: 'pk-1', deviceType: 'Platform', name: 'MacBook' },
  ],
  phones: [
    { id: 'ph-1', phoneNumber: '+1•••••4567' },
    { id: 'ph-2', phoneNumber: '+44••••1234' },
  ],
  authenticators: [{ id: 'app-1' }, { id: 'app-2' }],
  emails: [{ email: 'dana@example.com' }],
};

describe('mfaLoginMethods', () => {
  test('lists every device, strongest first, one authenticator entry, and the recovery code last', () => {
    expect(
      mfaLoginMethods({ mfaRequired: true, mfaDevices: devices }, { email: 'dana@example.com' }),
    ).toEqual([
      { kind: 'passkey', id: 'webauthn:pk-1', deviceId: 'pk-1', name: 'MacBook' },
      { kind: 'security-key', id: 'webauthn:key-1', deviceId: 'key-1', name: 'YubiKey' },
      { kind: 'authenticator', id: 'authenticator' },
      { kind: 'sms', id: 'sms:ph-1', deviceId: 'ph-1', phoneNumber: '+1•••••4567' },
      { kind: 'sms', id: 'sms:ph-2', deviceId: 'ph-2', phoneNumber: '+44••••1234' },
      { kind: 'email', id: 'email', email: 'dana@example.com' },
      { kind: 'recovery-code', id: 'recovery-code', email: 'dana@example.com' },
    ]);
  });

  test('offers the recovery code only when the email it is spent with is known: given, or the answer’s userEmail', () => {
    const kinds = (auth: Parameters<typeof mfaLoginMethods>[0], email?: string) =>
      mfaLoginMethods(auth, { email }).map((method) => method.kind);
    expect(kinds({ mfaRequired: true, mfaDevices: devices })).not.toContain('recovery-code');
    expect(
      mfaLoginMethods({ mfaRequired: true, mfaDevices: devices, userEmail: 'dana@example.com' }),
    ).toContainEqual({ kind: 'recovery-code', id: 'recovery-code', email: 'dana@example.com' });
    expect(kinds({ mfaRequired: true, mfaDevices: devices }, '')).not.toContain('recovery-code');
  });

  test('puts a preferred kind first when the user still has it, and never the recovery code', () => {
    const email = 'dana@example.com';
    const kinds = (preferred: MfaLoginMethodKind) =>
      mfaLoginMethods({ mfaRequired: true, mfaDevices: devices }, { preferred, email }).map(
        (method) => method.id,
      );
    expect(kinds('sms').slice(0, 3)).toEqual(['sms:ph-1', 'sms:ph-2', 'webauthn:pk-1']);
    expect(kinds('recovery-code')[0]).toBe('webauthn:pk-1');
    const emailOnly = { ...devices, webauthn: [], phones: [], authenticators: [] };
    expect(
      mfaLoginMethods(
        { mfaRequired: true, mfaDevices: emailOnly },
        { preferred: 'passkey', email },
      ).map((m) => m.kind),
    ).toEqual(['email', 'recovery-code']);
  });

  test('offers nothing when no MFA is asked for or nothing is enrolled (enrolment comes first)', () => {
    expect(mfaLoginMethods({ mfaRequired: false, mfaDevices: devices })).toEqual([]);
    expect(mfaLoginMethods({ mfaRequired: true })).toEqual([]);
    expect(
      mfaLoginMethods({
        mfaRequired: true,
        mfaDevices: { webauthn: [], phones: [], authenticators: [], emails: [] },
      }),
    ).toEqual([]);
  });
});
