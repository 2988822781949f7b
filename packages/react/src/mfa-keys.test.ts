import { disableSmsMfaFactor, emailMfaFactor } from '@mfa-kit/core';
import { expect, test } from 'vitest';
import { mfaKeys } from './mfa-keys.js';

test('every key starts with mfaKeys.all, so one call clears them all', () => {
  const keys = [
    mfaKeys.devices,
    mfaKeys.rememberDevicePolicy('token'),
    mfaKeys.call(emailMfaFactor.send),
    mfaKeys.call(emailMfaFactor.verify),
    mfaKeys.call(disableSmsMfaFactor.send),
    mfaKeys.call(disableSmsMfaFactor.verify),
  ];
  for (const key of keys) expect(key.slice(0, mfaKeys.all.length)).toEqual(mfaKeys.all);
  expect(new Set(keys.map((key) => JSON.stringify(key))).size).toBe(keys.length);
});

test('the deprecated call keys are the keys of their calls', () => {
  /* eslint-disable @typescript-eslint/no-deprecated -- what is tested here is the deprecated keys themselves */
  expect(mfaKeys.sendEmailCode).toEqual(mfaKeys.call(emailMfaFactor.send));
  expect(mfaKeys.verifyEmailCode).toEqual(mfaKeys.call(emailMfaFactor.verify));
  expect(mfaKeys.preDisableSms).toEqual(mfaKeys.call(disableSmsMfaFactor.send));
  expect(mfaKeys.disableSms).toEqual(mfaKeys.call(disableSmsMfaFactor.verify));
  /* eslint-enable @typescript-eslint/no-deprecated */
});

test('the policy key tells tokens apart without holding them', () => {
  const token = 'eyJhbGciOiJIUzI1NiJ9.payload.signature';
  const key = mfaKeys.rememberDevicePolicy(token);
  expect(JSON.stringify(key)).not.toContain(token);
  expect(JSON.stringify(key)).not.toContain('payload');
  expect(mfaKeys.rememberDevicePolicy(token)).toEqual(key);
  expect(mfaKeys.rememberDevicePolicy(`${token}x`)).not.toEqual(key);
});
