import { signInDemoUser } from '@mfa-kit/mock/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../webauthn/base64url.js';
import { useMockEnv } from '../test/mock-backend.js';
import { MULTI_FACTOR_ACR, isSteppedUp } from './is-stepped-up.js';

const encode = (text: string) => toBase64Url(new TextEncoder().encode(text).buffer);
/** An unsigned JWT with `claims` (the signature is never checked). */
const token = (claims: unknown) =>
  `${encode('{"alg":"HS256"}')}.${encode(JSON.stringify(claims))}.c2ln`;

const NOW = Date.UTC(2026, 11, 6, 9, 0, 0);
const nowSeconds = NOW / 1000;
const stepped = { acr: MULTI_FACTOR_ACR, amr: ['pwd', 'otp', 'mfa'], auth_time: nowSeconds - 60 };

describe('isSteppedUp', () => {
  it.each([
    ['multi-factor acr and mfa in amr, no maxAge', stepped, undefined, true],
    ['an auth_time within maxAge', stepped, 300, true],
    ['an auth_time exactly maxAge ago', { ...stepped, auth_time: nowSeconds - 300 }, 300, true],
    ['an auth_time a second past maxAge', { ...stepped, auth_time: nowSeconds - 301 }, 300, false],
    ['a maxAge of 0 right at sign-in', { ...stepped, auth_time: nowSeconds }, 0, true],
    ['no auth_time, with a maxAge', { acr: stepped.acr, amr: stepped.amr }, 300, false],
    ['no auth_time, without a maxAge', { acr: stepped.acr, amr: stepped.amr }, undefined, true],
    ['an auth_time that is text', { ...stepped, auth_time: String(nowSeconds) }, 300, false],
    ['a password-only sign-in', { amr: ['pwd'], auth_time: nowSeconds }, undefined, false],
    [
      'amr without mfa (the web SDK’s indexOf bug says yes)',
      { ...stepped, amr: ['pwd', 'otp'] },
      undefined,
      false,
    ],
    ['another acr', { ...stepped, acr: 'urn:single-factor' }, undefined, false],
    ['amr as text', { ...stepped, amr: 'mfa' }, undefined, false],
    ['a refreshed token: no acr, no amr', { sub: 'u', auth_time: nowSeconds }, 300, false],
  ])('%s: %s', (_, claims, maxAge, expected) => {
    const options = maxAge === undefined ? {} : { maxAge, now: NOW };
    expect(isSteppedUp(token(claims), options)).toBe(expected);
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['an empty string', ''],
    ['one part', 'abc'],
    ['two parts', `${encode('{}')}.${encode(JSON.stringify(stepped))}`],
    ['a payload that is not base64url', 'a.!!!.c'],
    ['a payload that is not JSON', `a.${encode('not json')}.c`],
    ['a payload of null', token(null)],
    ['a payload that is a list', token([stepped])],
    ['a payload that is not UTF-8', `a.${toBase64Url(new Uint8Array([0xff, 0xfe]).buffer)}.c`],
  ])('is false, never throwing, for %s', (_, value) => {
    expect(isSteppedUp(value, { maxAge: 300, now: NOW })).toBe(false);
    expect(isSteppedUp(value)).toBe(false);
  });

  it('reads claims holding text that is not ASCII', () => {
    expect(isSteppedUp(token({ ...stepped, name: 'דנה Ünïcode 🙂' }))).toBe(true);
  });

  it('never throws, whatever the string or value', () => {
    fc.assert(
      fc.property(fc.anything(), fc.string(), (value, text) => {
        expect(typeof isSteppedUp(value as string)).toBe('boolean');
        expect(typeof isSteppedUp(text, { maxAge: 1, now: NOW })).toBe('boolean');
        expect(typeof isSteppedUp(`${text}.${text}.${text}`)).toBe('boolean');
      }),
    );
  });
});

describe('isSteppedUp on the mock’s tokens', () => {
  const env = useMockEnv();

  it('is true after a second factor, and false once the sign-in is older than maxAge', async () => {
    const { accessToken } = await signInDemoUser(env.backend);
    const now = env.clock.now();
    expect(isSteppedUp(accessToken, { maxAge: 300, now })).toBe(true);
    expect(isSteppedUp(accessToken, { maxAge: 300, now: now + 301_000 })).toBe(false);
    const aged = await env.backend.ageSession(accessToken, 600);
    expect(isSteppedUp(aged, { maxAge: 300, now })).toBe(false);
    expect(isSteppedUp(aged)).toBe(true);
  });
});
