import { describe, expect, it } from 'vitest';
import { totpCode } from '../totp';
import { wrongCode, wrongCodes, wrongTotp } from './wrong-codes';

describe('wrongCode and wrongCodes', () => {
  it('gives a code of the same length that is not the right one', () => {
    for (const right of ['000000', '999999', '482913', '0123']) {
      expect(wrongCode(right)).toMatch(new RegExp(`^\\d{${right.length}}$`));
      expect(wrongCode(right)).not.toBe(right);
    }
  });

  it('gives as many distinct wrong codes as asked, up to nine', () => {
    const codes = wrongCodes('482913', 9);
    expect(codes).toHaveLength(9);
    expect(new Set(codes).size).toBe(9);
    expect(codes).not.toContain('482913');
    expect(codes[0]).toBe(wrongCode('482913'));
    expect(() => wrongCodes('482913', 10)).toThrow(RangeError);
  });

  it('gives an authenticator code the app shows neither now nor a step either side', async () => {
    const secret = 'JBSWY3DPEHPK3PXP';
    const now = Date.UTC(2026, 0, 1);
    const wrong = await wrongTotp(secret, now);
    expect(wrong).toMatch(/^\d{6}$/);
    const shown = await Promise.all(
      [-30_000, 0, 30_000].map((shift) => totpCode(secret, now + shift)),
    );
    expect(shown).not.toContain(wrong);
  });
});
