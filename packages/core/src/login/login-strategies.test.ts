import { describe, expect, it } from 'vitest';
import { mfaStrategiesOfLoginAnswer } from './login-strategies.js';

describe('mfaStrategiesOfLoginAnswer', () => {
  it("reads Frontegg's SDK shape, a list of names, as active strategies", () => {
    expect(mfaStrategiesOfLoginAnswer({ mfaStrategies: ['AuthenticatorApp', 'SMS'] })).toEqual({
      strategies: [
        { strategy: 'AuthenticatorApp', isActive: true },
        { strategy: 'SMS', isActive: true },
      ],
    });
  });

  it("reads the strategies call's shape, inactive ones included, keeping fields it does not know", () => {
    const carried = {
      strategies: [
        { strategy: 'WebAuthnPlatform', isActive: true, extra: 1 },
        { strategy: 'SMS', isActive: false },
      ],
    };
    expect(mfaStrategiesOfLoginAnswer({ mfaStrategies: carried })).toEqual(carried);
  });

  it.each([
    ['absent', undefined],
    ['an empty list', []],
    ['a list of no names', [1, null, '']],
    ['an empty object', {}],
    ['an object of another shape', { strategies: [{ name: 'SMS' }] }],
    ['no strategies', { strategies: [] }],
    ['a string', 'SMS'],
  ])('answers null when it is %s, so the tenant is asked instead', (_case, mfaStrategies) => {
    expect(mfaStrategiesOfLoginAnswer({ mfaStrategies })).toBeNull();
  });
});
