import { describe, expect, it } from 'vitest';
import { compactPhoneNumber, isE164, toE164 } from './phone-number.js';

describe('phone numbers in E.164', () => {
  it('takes a plus, a country code not starting with 0, and 7 to 15 digits in all', () => {
    for (const number of ['+14155550123', '+972501234567', '+4420794609'])
      expect(isE164(number), number).toBe(true);
    for (const number of ['14155550123', '+04155550123', '+123456', '+1234567890123456', ''])
      expect(isE164(number), number).toBe(false);
  });

  it('drops what people type between the digits, then checks', () => {
    expect(compactPhoneNumber(' +44 20 7946 0958 ')).toBe('+442079460958');
    expect(toE164('+1 (415) 555-0123')).toBe('+14155550123');
    expect(toE164('+972 50.123.4567')).toBe('+972501234567');
    expect(toE164('415 555 0123')).toBeNull();
    expect(toE164('+1 415 abc')).toBeNull();
  });
});
