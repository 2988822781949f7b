import { describe, expect, it } from 'vitest';
import { describeSession } from './describe-session';

const utf8 = (text: string): string => String.fromCharCode(...new TextEncoder().encode(text));
const base64Url = (value: unknown): string =>
  btoa(utf8(JSON.stringify(value)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const jwt = (claims: unknown): string =>
  `${base64Url({ alg: 'HS256' })}.${base64Url(claims)}.signature`;

describe('describeSession', () => {
  it('reads email, user id and methods from the answer, and the expiry from expiresIn', () => {
    const summary = describeSession(
      {
        mfaRequired: false,
        accessToken: 'x',
        userEmail: 'dana@example.com',
        userId: 'u-1',
        expiresIn: 60,
        amr: ['pwd', 'otp'],
      } as never,
      Date.UTC(2030, 0, 1),
    );
    expect(summary).toEqual({
      email: 'dana@example.com',
      userId: 'u-1',
      expiresAt: new Date(Date.UTC(2030, 0, 1, 0, 1)),
      methods: ['pwd', 'otp'],
    });
  });

  it('falls back to the expires date, then to the token claims', () => {
    const fromDate = describeSession(
      { mfaRequired: false, expires: 'Tue, 01 Jan 2030 10:00:00 GMT' },
      0,
    );
    expect(fromDate.expiresAt?.toISOString()).toBe('2030-01-01T10:00:00.000Z');
    const token = jwt({
      sub: 'u-2',
      email: 'ünïcode@example.com',
      exp: 1_900_000_000,
      amr: ['mfa'],
    });
    expect(
      describeSession({ mfaRequired: false, accessToken: token, expiresIn: 0, expires: '' }, 0),
    ).toEqual({
      email: 'ünïcode@example.com',
      userId: 'u-2',
      expiresAt: new Date(1_900_000_000_000),
      methods: ['mfa'],
    });
  });

  it('says nothing rather than crash on a token that is not a JWT', () => {
    for (const accessToken of ['opaque', 'a.%%%.c', `a.${base64Url('just a string')}.c`, '']) {
      expect(describeSession({ mfaRequired: false, accessToken }, 0)).toEqual({
        email: null,
        userId: null,
        expiresAt: null,
        methods: [],
      });
    }
  });

  it('never returns the token itself', () => {
    const token = jwt({ sub: 'u-3' });
    const summary = describeSession(
      { mfaRequired: false, accessToken: token, refreshToken: 'refresh-secret' },
      0,
    );
    expect(JSON.stringify(summary)).not.toContain(token);
    expect(JSON.stringify(summary)).not.toContain('refresh-secret');
  });
});
