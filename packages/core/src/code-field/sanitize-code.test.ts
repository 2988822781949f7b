import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalDigitValue, sanitizeCode } from './sanitize-code.js';

describe('sanitizeCode', () => {
  it.each([
    ['123456', '123456'],
    ['123 456', '123456'],
    ['123-456', '123456'],
    [' 123456\n', '123456'],
    ['１２３４５６', '123456'],
    ['١٢٣٤٥٦', '123456'],
    ['۱۲۳۴۵۶', '123456'],
    ['१२३४५६', '123456'],
    ['𝟏𝟐𝟑𝟒𝟓𝟔', '123456'],
    ['Your code: 12a3😀45x6', '123456'],
    ['G-123456', '123456'],
    ['', ''],
    ['abc 😀', ''],
  ])('reads %j as %j', (raw, code) => {
    expect(sanitizeCode(raw, 6)).toBe(code);
  });

  it('cuts at the length', () => {
    expect(sanitizeCode('1234567890', 6)).toBe('123456');
    expect(sanitizeCode('1234567890', 4)).toBe('1234');
  });

  it('drops digits that are not decimal digits (superscripts, fractions, Roman numerals)', () => {
    expect(sanitizeCode('²½Ⅻ7', 6)).toBe('7');
  });

  it('returns an empty code for a length that is not positive, and for a non-string', () => {
    expect(sanitizeCode('123', 0)).toBe('');
    expect(sanitizeCode('123', Number.NaN)).toBe('');
    expect(sanitizeCode(null as unknown as string, 6)).toBe('');
  });

  it('reads only as far as it needs in a megabyte of pasted text', () => {
    const huge = `12 34 56${'x'.repeat(1024 * 1024)}`;
    expect(sanitizeCode(huge, 6)).toBe('123456');
    // And a megabyte with no digit at all still ends, with nothing.
    expect(sanitizeCode('😀'.repeat(512 * 1024), 6)).toBe('');
  });

  const lengths = fc.integer({ min: 1, max: 12 });
  const anyText = fc.oneof(
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary' }),
    fc.string(),
  );

  it('outputs only ASCII digits, never more than the length', () => {
    fc.assert(
      fc.property(anyText, lengths, (raw, length) => {
        const code = sanitizeCode(raw, length);
        expect(code).toMatch(/^[0-9]*$/);
        expect(code.length).toBeLessThanOrEqual(length);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(anyText, lengths, (raw, length) => {
        const once = sanitizeCode(raw, length);
        expect(sanitizeCode(once, length)).toBe(once);
      }),
    );
  });

  it('keeps every ASCII digit in order, whatever surrounds them', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...'0123456789'), fc.string({ unit: 'grapheme' }))),
        (parts) => {
          const noise = parts.map(([, text]) => text.replace(/\p{Nd}/gu, '')).join('');
          const digits = parts.map(([digit]) => digit).join('');
          const mixed = parts
            .map(([digit], index) => digit + (parts[index]?.[1].replace(/\p{Nd}/gu, '') ?? ''))
            .join('');
          expect(sanitizeCode(mixed, 32)).toBe(digits.slice(0, 32));
          expect(sanitizeCode(noise, 32)).toBe('');
        },
      ),
    );
  });

  it('never throws, whatever the input and length', () => {
    fc.assert(
      fc.property(fc.anything(), fc.oneof(fc.integer(), fc.double()), (raw, length) => {
        expect(() => sanitizeCode(raw as string, length)).not.toThrow();
      }),
    );
  });
});

describe('decimalDigitValue', () => {
  it('knows the value of each decimal digit of several scripts', () => {
    for (const zero of [0x30, 0x660, 0x6f0, 0x966, 0xe50, 0xff10, 0x1d7ce, 0x1d7d8, 0x1d7f6]) {
      for (let digit = 0; digit < 10; digit++) expect(decimalDigitValue(zero + digit)).toBe(digit);
    }
  });

  it('is -1 for anything else', () => {
    for (const codePoint of [0x2f, 0x3a, 0x41, 0xb2, 0x2167, 0x1f600, -1])
      expect(decimalDigitValue(codePoint)).toBe(-1);
  });
});
