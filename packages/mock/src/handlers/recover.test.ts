import { describe, expect, it } from 'vitest';
import { createMockBackend } from '../backend';
import { MOCK_ERROR_CODES } from '../errors';
import { DEMO_USERS } from '../seeded-users';
import { type ErrorBody, postJson, readJson } from '../test-helpers';
import { mockPaths } from '../testing';

const user = DEMO_USERS.passkeyAndRecovery;
const [recoveryCode, spareCode] = user.recoveryCodes;

const invalidRecoveryCode = (errorCode: string): ErrorBody => ({
  errors: ['Invalid recovery code'],
  errorCode,
});

describe('POST /resources/auth/v1/user/mfa/recover', () => {
  it('takes MFA away: 200 with no body, and the next password sign-in needs no second factor', async () => {
    const backend = createMockBackend();

    const response = await postJson(backend, mockPaths.recover, {
      recoveryCode,
      email: user.email,
    });

    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    expect(backend.devices(user.email)).toEqual({
      webauthn: [],
      phones: [],
      authenticators: [],
      emails: [],
    });
    const login = await postJson(backend, mockPaths.login, {
      email: user.email,
      password: user.password,
    });
    expect(await readJson<Record<string, unknown>>(login)).toMatchObject({
      mfaRequired: false,
      mfaEnrolled: false,
      accessToken: expect.stringMatching(/^ey/) as unknown,
    });
  });

  it('accepts a code once, and no code of the user after MFA is gone', async () => {
    const backend = createMockBackend();
    await postJson(backend, mockPaths.recover, { recoveryCode, email: user.email });
    for (const code of [recoveryCode, spareCode]) {
      const again = await postJson(backend, mockPaths.recover, {
        recoveryCode: code,
        email: user.email,
      });
      expect(again.status).toBe(400);
      expect(await readJson<ErrorBody>(again)).toEqual(
        invalidRecoveryCode(backend.errorCodes.invalidCode),
      );
    }
  });

  it("refuses another user's code, an unknown email alike, and any form but the issued one", async () => {
    const backend = createMockBackend();
    for (const body of [
      { recoveryCode: DEMO_USERS.allFactors.recoveryCodes[0], email: user.email },
      { recoveryCode, email: 'nobody@mfa-kit.dev' },
      { recoveryCode: recoveryCode.toLowerCase(), email: user.email },
      { recoveryCode: recoveryCode.replaceAll('-', ''), email: user.email },
      { recoveryCode: ` ${recoveryCode}`, email: user.email },
    ]) {
      const response = await postJson(backend, mockPaths.recover, body);
      expect(response.status, body.recoveryCode).toBe(400);
      expect(await readJson<ErrorBody>(response)).toEqual(
        invalidRecoveryCode(backend.errorCodes.invalidCode),
      );
    }
    expect(backend.devices(user.email).webauthn).toHaveLength(2);
  });

  it('finds the user by email whatever its case', async () => {
    const response = await postJson(createMockBackend(), mockPaths.recover, {
      recoveryCode,
      email: user.email.toUpperCase(),
    });
    expect(response.status).toBe(200);
  });

  it('is rate-limited, takes faults scoped to its route name, and reset() brings MFA back', async () => {
    const backend = createMockBackend({ rateLimit: { limit: 1, windowMs: 60_000 } });
    const body = { recoveryCode, email: user.email };
    backend.faults.failNext(1, { status: 503 }, { route: 'recover' });
    expect((await postJson(backend, mockPaths.recover, body)).status).toBe(503);
    expect(backend.devices(user.email).webauthn).toHaveLength(2);
    expect((await postJson(backend, mockPaths.recover, body)).status).toBe(200);
    expect((await postJson(backend, mockPaths.recover, body)).status).toBe(429);
    backend.reset();
    expect(backend.devices(user.email).webauthn).toHaveLength(2);
  });

  it.each([
    ['no recoveryCode', { email: 'e' }, 'recoveryCode is required'],
    ['no email', { recoveryCode: 'r' }, 'email is required'],
    ['a numeric recoveryCode', { recoveryCode: 1234, email: 'e' }, 'recoveryCode must be a string'],
  ])('answers 400 for %s', async (_, body, message) => {
    const response = await postJson(createMockBackend(), mockPaths.recover, body);
    expect(await readJson<ErrorBody>(response)).toEqual({
      errors: [message],
      errorCode: MOCK_ERROR_CODES.badRequest,
    });
  });
});
