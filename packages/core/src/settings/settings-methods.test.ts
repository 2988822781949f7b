import { describe, expect, test } from 'vitest';
import type { MfaDevices } from '../client/schemas.js';
import { mfaSettingsMethods } from './settings-methods.js';

const devices: MfaDevices = {
  emails: [{ email: 'ada@example.com' }],
  webauthn: [
    { id: 'key', deviceType: 'CrossPlatform', name: 'YubiKey' },
    { id: 'pass', deviceType: 'Platform', name: 'Pixel' },
  ],
  phones: [{ id: 'phone', phoneNumber: '+15550100123' }],
  authenticators: [{ id: 'app' }],
};

describe('mfaSettingsMethods', () => {
  test('lists apps, phones, keys (passkey or security key by type), then emails, each with its removal', () => {
    expect(mfaSettingsMethods(devices)).toEqual([
      {
        kind: 'authenticator',
        id: 'app',
        name: '',
        phoneNumber: '',
        email: '',
        removal: { removable: true, way: 'authenticator' },
      },
      {
        kind: 'phone',
        id: 'phone',
        name: '',
        phoneNumber: '+15550100123',
        email: '',
        removal: { removable: true, way: 'phone' },
      },
      {
        kind: 'security-key',
        id: 'key',
        name: 'YubiKey',
        phoneNumber: '',
        email: '',
        removal: { removable: true, way: 'webauthn' },
      },
      {
        kind: 'passkey',
        id: 'pass',
        name: 'Pixel',
        phoneNumber: '',
        email: '',
        removal: { removable: true, way: 'webauthn' },
      },
      {
        kind: 'email',
        id: '',
        name: '',
        phoneNumber: '',
        email: 'ada@example.com',
        removal: { removable: false, reason: 'organization' },
      },
    ]);
  });

  test('counts every row, emails included, to tell the last method', () => {
    const phoneAndEmail = { ...devices, webauthn: [], authenticators: [] };
    expect(mfaSettingsMethods(phoneAndEmail, { mfaEnforced: true })[0]?.removal).toEqual({
      removable: true,
      way: 'phone',
    });
    const phoneOnly = { ...phoneAndEmail, emails: [] };
    expect(mfaSettingsMethods(phoneOnly)[0]?.removal).toEqual({
      removable: true,
      way: 'phone-with-code',
    });
    expect(mfaSettingsMethods(phoneOnly, { mfaEnforced: true })[0]?.removal).toEqual({
      removable: false,
      reason: 'last-method',
    });
  });

  test('no devices, no rows', () => {
    expect(
      mfaSettingsMethods({ emails: [], webauthn: [], phones: [], authenticators: [] }),
    ).toEqual([]);
  });
});
