import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { createMockBackend } from '../backend';
import { MOCK_ERROR_CODES } from '../errors';
import { type ErrorBody, PATHS, postJson, readJson, sendEmailCode, startLogin, wrongCode } from '../test-helpers';
import { DEMO_USER } from '../users';

function clock(start = Date.UTC(2030, 0, 1)) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('POST /resources/auth/v1/user/mfa/emailcode/verify', () => {
  it('signs the user in with the emailed code: 201 and a signed JWT for the user', async () => {
    const time = clock();
    const backend = createMockBackend({ seed: 7, now: time.now });
    const mfaToken = await startLogin(backend);
    const { otcToken, code } = await sendEmailCode(backend, mfaToken);

    const response = await postJson(backend, PATHS.emailCodeVerify, { mfaToken, otcToken, code, rememberDevice: true });

    expect(response.status).toBe(201);
    const body = await readJson<Record<string, unknown>>(response);
    expect(body).toMatchObject({
      tokenType: 'bearer',
      mfaRequired: false,
      expiresIn: 86_400,
      userId: DEMO_USER.id,
      userEmail: DEMO_USER.email,
    });
    expect(body.expires).toBe(new Date(time.now() + 86_400_000).toUTCString());
    expect(typeof body.refreshToken).toBe('string');
    const claims = decodeJwt(String(body.accessToken));
    expect(claims).toMatchObject({ sub: DEMO_USER.id, email: DEMO_USER.email, tenantId: DEMO_USER.tenantId });
    expect(claims.exp).toBe(Math.floor(time.now() / 1000) + 86_400);
  });

  it('answers "Invalid code" for a wrong code and still accepts the right one after', async () => {
    const backend = createMockBackend({ seed: 7 });
    const mfaToken = await startLogin(backend);
    const { otcToken, code } = await sendEmailCode(backend, mfaToken);

    const wrong = await postJson(backend, PATHS.emailCodeVerify, { mfaToken, otcToken, code: wrongCode(code) });
    expect(wrong.status).toBe(400);
    expect(await readJson<ErrorBody>(wrong)).toEqual({ errors: ['Invalid code'], errorCode: MOCK_ERROR_CODES.invalidCode });

    const right = await postJson(backend, PATHS.emailCodeVerify, { mfaToken, otcToken, code });
    expect(right.status).toBe(201);
  });
});
