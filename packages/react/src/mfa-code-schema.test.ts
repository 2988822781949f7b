import { safeParse } from 'zod/mini';
import { describe, expect, test } from 'vitest';
import { mfaCodeSchema, recoveryCodeSchema } from './mfa-code-schema.js';

const parse = (code: unknown, length?: number) =>
  safeParse(mfaCodeSchema(length === undefined ? {} : { length }), { code, rememberDevice: false });

describe('mfaCodeSchema', () => {
  test('accepts exactly six digits by default, trimming surrounding spaces', () => {
    expect(parse('123456')).toMatchObject({
      success: true,
      data: { code: '123456', rememberDevice: false },
    });
    expect(parse(' 012345 ')).toMatchObject({ success: true, data: { code: '012345' } });
  });

  test.each([['12345'], ['1234567'], ['12a456'], ['123 456'], [''], ['١٢٣٤٥٦']])(
    'refuses %j',
    (code) => {
      const result = parse(code);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({
        path: ['code'],
        message: 'Enter the 6-digit code.',
      });
    },
  );

  test.each([[undefined], [123456], [null]])(
    'refuses a non-string code (%j) with the same message',
    (code) => {
      expect(parse(code).error?.issues[0]?.message).toBe('Enter the 6-digit code.');
    },
  );

  test('takes another length', () => {
    expect(parse('12345678', 8).success).toBe(true);
    expect(parse('123456', 8).error?.issues[0]?.message).toBe('Enter the 8-digit code.');
  });

  test('requires rememberDevice to be a boolean', () => {
    expect(safeParse(mfaCodeSchema(), { code: '123456' }).success).toBe(false);
    expect(safeParse(mfaCodeSchema(), { code: '123456', rememberDevice: 'yes' }).success).toBe(
      false,
    );
  });

  test.each([[0], [13], [6.5], [Number.NaN]])('throws a RangeError for length %s', (length) => {
    expect(() => mfaCodeSchema({ length })).toThrow(/length must be a whole number, 1 to 12/);
  });
});

describe('recoveryCodeSchema', () => {
  const parseRecovery = (code: unknown) =>
    safeParse(recoveryCodeSchema(), { code, rememberDevice: false });

  test.each([
    ['ABCD-EFGH-1234'],
    ['abcd efgh 1234'],
    [' ABCD–EFGH '],
    ['ABCD/EFGH'],
    ['a1b2c3d4_e5f6'],
    ['X'.repeat(64)],
  ])('accepts %j, trimmed', (code) => {
    expect(parseRecovery(code)).toMatchObject({ success: true, data: { code: code.trim() } });
  });

  test.each([[''], ['   '], ['X'.repeat(65)], ['ABCD\u0000EFGH'], ['ABCD\nEFGH'], [42]])(
    'refuses %j with one message',
    (code) => {
      const result = parseRecovery(code);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({
        path: ['code'],
        message: 'Enter a recovery code.',
      });
    },
  );
});
