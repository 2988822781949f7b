import {
  createMfaClient,
  emailMfaFactor,
  removePhoneCall,
  removePhoneWithCodeFactor,
} from '@mfa-kit/core';
import type { MfaFactorCall } from '@mfa-kit/core';
import { expect, test } from 'vitest';
import { mfaKeys } from './mfa-keys.js';
import {
  disableSmsOptions,
  mfaCallOptions,
  mfaDevicesOptions,
  mfaStrategiesOptions,
  preDisableSmsOptions,
  rememberDevicePolicyOptions,
  sendEmailCodeOptions,
  verifyEmailCodeOptions,
} from './mfa-options.js';

const client = createMfaClient({ baseUrl: 'https://app.example.com' });

test('each mutation key is the one the hooks run that call under: mfa-kit, then the spec call’s name', () => {
  const check = <TVariables, TAnswer>(
    key: readonly string[],
    call: MfaFactorCall<TVariables, TAnswer>,
    options: { mutationKey: readonly unknown[] },
  ) => {
    expect(key).toEqual([...mfaKeys.all, ...call.name]);
    expect(mfaCallOptions(client, call).mutationKey).toEqual(key);
    expect(options.mutationKey).toEqual(key);
  };
  /* eslint-disable @typescript-eslint/no-deprecated -- the deprecated factories must still give these keys */
  check(mfaKeys.call(emailMfaFactor.send), emailMfaFactor.send, sendEmailCodeOptions(client));
  check(mfaKeys.call(emailMfaFactor.verify), emailMfaFactor.verify, verifyEmailCodeOptions(client));
  check(
    mfaKeys.call(removePhoneWithCodeFactor.send),
    removePhoneWithCodeFactor.send,
    preDisableSmsOptions(client),
  );
  check(
    mfaKeys.call(removePhoneWithCodeFactor.verify),
    removePhoneWithCodeFactor.verify,
    disableSmsOptions(client),
  );
  /* eslint-enable @typescript-eslint/no-deprecated */
});

test('each query key is the one its options factory (and so its hook) uses', () => {
  expect(mfaDevicesOptions(client).queryKey).toEqual(mfaKeys.devices);
  expect(mfaStrategiesOptions(client).queryKey).toEqual(mfaKeys.strategies);
  expect(rememberDevicePolicyOptions(client, 'token').queryKey).toEqual(
    mfaKeys.rememberDevicePolicy('token'),
  );
});

test('every key starts with mfaKeys.all, so one call clears them all, and no two are alike', () => {
  const keys = [
    mfaKeys.devices,
    mfaKeys.strategies,
    mfaKeys.rememberDevicePolicy('token'),
    mfaKeys.call(emailMfaFactor.send),
    mfaKeys.call(emailMfaFactor.verify),
    mfaKeys.call(removePhoneWithCodeFactor.send),
    mfaKeys.call(removePhoneWithCodeFactor.verify),
    mfaKeys.call(removePhoneCall),
  ];
  for (const key of keys) expect(key.slice(0, mfaKeys.all.length)).toEqual(mfaKeys.all);
  expect(new Set(keys.map((key) => JSON.stringify(key))).size).toBe(keys.length);
});

test('the deprecated call keys are the keys of their calls', () => {
  /* eslint-disable @typescript-eslint/no-deprecated -- what is tested here is the deprecated keys themselves */
  expect(mfaKeys.sendEmailCode).toEqual(mfaKeys.call(emailMfaFactor.send));
  expect(mfaKeys.verifyEmailCode).toEqual(mfaKeys.call(emailMfaFactor.verify));
  expect(mfaKeys.preDisableSms).toEqual(mfaKeys.call(removePhoneWithCodeFactor.send));
  expect(mfaKeys.disableSms).toEqual(mfaKeys.call(removePhoneWithCodeFactor.verify));
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
