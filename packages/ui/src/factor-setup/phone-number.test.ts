import { describe, expect, it } from 'vitest';
import { enMessages } from '../messages/en.js';
import { parse, safeParse } from 'zod/mini';
import { phoneNumberSchema } from './phone-number.js';

const schema = phoneNumberSchema(enMessages.enroll);
const issue = (typed: string) => safeParse(schema, typed).error?.issues[0]?.message;

describe('phoneNumberSchema', () => {
  it('accepts E.164 once spaces, dashes, dots and parentheses are gone, and outputs it', () => {
    expect(parse(schema, '+1 (415) 555-0123')).toBe('+14155550123');
    expect(parse(schema, '+972 50.123.4567')).toBe('+972501234567');
  });

  it('says what is wrong: nothing typed, no country code, a leading 0, too short or too long', () => {
    expect(issue('  ')).toBe('Enter your phone number.');
    for (const typed of [
      '415 555 0123',
      '+0 415 555 0123',
      '+1 555',
      '+1234567890123456',
      '+1 415 abc',
    ])
      expect(issue(typed)).toBe(enMessages.enroll.phoneInvalid);
  });
});
