import { describe, expect, it } from 'vitest';
import { groupSetupKey, secretOfOtpauthUrl } from './setup-key.js';

describe('setup key', () => {
  it('reads the secret of an otpauth URL, and nothing from anything else', () => {
    expect(
      secretOfOtpauthUrl('otpauth://totp/Acme:jo%40acme.dev?secret=jbswy3dpehpk3pxp&issuer=Acme'),
    ).toBe('JBSWY3DPEHPK3PXP');
    expect(secretOfOtpauthUrl('https://example.com/?secret=JBSW')).toBeNull();
    expect(secretOfOtpauthUrl('otpauth://totp/Acme')).toBeNull();
    expect(secretOfOtpauthUrl('not a url')).toBeNull();
  });

  it('groups it in fours', () => {
    expect(groupSetupKey('JBSWY3DPEHPK3PXPAB')).toBe('JBSW Y3DP EHPK 3PXP AB');
  });
});
