import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskEmail } from './mask-email.js';
import { maskPhone, phoneLastDigits } from './mask-phone.js';

describe('maskEmail', () => {
  it.each([
    ['jane.doe@example.com', 'j•••e@example.com'],
    ['  jd@example.com ', 'j•••@example.com'],
    ['j@example.com', 'j•••@example.com'],
    ['émilie@exemple.fr', 'é•••e@exemple.fr'],
    ['😀smile😀@example.com', '😀•••😀@example.com'],
    ['a"b@c"@example.com', 'a•••"@example.com'],
    ['not an address', '•••'],
    ['@example.com', '•••'],
    ['jane@', '•••'],
    ['', ''],
  ])('masks %j as %j', (email, masked) => {
    expect(maskEmail(email)).toBe(masked);
  });

  it('shows only the first (and, past two, the last) character of the local part, and the domain', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (email) => {
        const masked = maskEmail(email);
        const at = email.lastIndexOf('@');
        const localLength = Array.from(email.slice(0, at)).length;
        expect(masked.endsWith(email.slice(at))).toBe(true);
        expect(
          Array.from(masked.slice(0, masked.lastIndexOf('@')).replace('•••', '')),
        ).toHaveLength(localLength > 2 ? 2 : 1);
      }),
    );
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.anything(), (value) => void maskEmail(value as string)));
  });
});

describe('maskPhone', () => {
  it.each([
    ['+1 (555) 123-4567', '•••• 4567'],
    ['+972501234567', '•••• 4567'],
    ['+1******4567', '•••• 4567'],
    ['٠٥٠١٢٣٤٥٦٧', '•••• 4567'],
    ['123', '•••• 123'],
    ['', '••••'],
    ['no digits', '••••'],
  ])('masks %j as %j', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });

  it('shows at most the last four digits', () => {
    fc.assert(
      fc.property(fc.string(), (phone) => {
        expect(maskPhone(phone)).toMatch(/^••••( [0-9]{1,4})?$/);
      }),
    );
  });

  it('gives the last digits for a screen reader label', () => {
    expect(phoneLastDigits('+1 555 123 4567')).toBe('4567');
    expect(phoneLastDigits('+1 555 123 4567', 2)).toBe('67');
    expect(phoneLastDigits('+1 555 123 4567', 0)).toBe('');
  });
});
