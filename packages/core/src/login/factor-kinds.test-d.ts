import { describe, expectTypeOf, test } from 'vitest';
import type { MfaEnrollChoice, MfaLoginMethodKind } from './factor-kinds.js';
import type { MfaLoginMethod } from './mfa-login-methods.js';

describe('the factor table', () => {
  test('each kind of the table is a shape of MfaLoginMethod, and each shape a kind of the table', () => {
    expectTypeOf<MfaLoginMethod['kind']>().toEqualTypeOf<MfaLoginMethodKind>();
  });

  test('what a user can add is a kind of login method', () => {
    expectTypeOf<MfaEnrollChoice>().toExtend<MfaLoginMethodKind>();
    expectTypeOf<MfaEnrollChoice>().toEqualTypeOf<
      'authenticator' | 'passkey' | 'security-key' | 'sms'
    >();
  });
});
