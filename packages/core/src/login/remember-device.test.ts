import { describe, expect, it } from 'vitest';
import { rememberDeviceOffer } from './remember-device.js';

describe('rememberDeviceOffer', () => {
  it('offers the tenant’s days, rounded down as Frontegg’s login box does', () => {
    expect(
      rememberDeviceOffer({ isAllowedToRemember: true, mfaDeviceExpiration: 1_209_600 }),
    ).toEqual({
      allowed: true,
      days: 14,
    });
    expect(
      rememberDeviceOffer({ isAllowedToRemember: true, mfaDeviceExpiration: 129_600 }),
    ).toEqual({
      allowed: true,
      days: 1,
    });
  });

  it('offers under a day with no number of days', () => {
    expect(rememberDeviceOffer({ isAllowedToRemember: true, mfaDeviceExpiration: 3_600 })).toEqual({
      allowed: true,
      days: 0,
    });
  });

  it('offers nothing when the tenant forbids it, or remembers for no time', () => {
    expect(
      rememberDeviceOffer({ isAllowedToRemember: false, mfaDeviceExpiration: 1_209_600 }),
    ).toEqual({
      allowed: false,
      days: 0,
    });
    expect(rememberDeviceOffer({ isAllowedToRemember: true, mfaDeviceExpiration: 0 })).toEqual({
      allowed: false,
      days: 0,
    });
  });
});
