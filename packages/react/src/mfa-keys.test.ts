import { expect, test } from 'vitest';
import { mfaKeys } from './mfa-keys.js';

test('every key starts with mfaKeys.all, so one call clears them all', () => {
  const keys = [
    mfaKeys.devices,
    mfaKeys.rememberDevicePolicy('token'),
    mfaKeys.sendEmailCode,
    mfaKeys.verifyEmailCode,
    mfaKeys.preDisableSms,
    mfaKeys.disableSms,
  ];
  for (const key of keys) expect(key.slice(0, mfaKeys.all.length)).toEqual(mfaKeys.all);
  expect(new Set(keys.map((key) => JSON.stringify(key))).size).toBe(keys.length);
});

test('the policy key tells tokens apart without holding them', () => {
  const token = 'eyJhbGciOiJIUzI1NiJ9.payload.signature';
  const key = mfaKeys.rememberDevicePolicy(token);
  expect(JSON.stringify(key)).not.toContain(token);
  expect(JSON.stringify(key)).not.toContain('payload');
  expect(mfaKeys.rememberDevicePolicy(token)).toEqual(key);
  expect(mfaKeys.rememberDevicePolicy(`${token}x`)).not.toEqual(key);
});
