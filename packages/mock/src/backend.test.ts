import { describe, expect, it } from 'vitest';
import { createMockBackend } from './backend';
import { MOCK_ERROR_CODES, MOCK_ERROR_CODE_KINDS } from './errors';
import { type ErrorBody, get, postJson, readJson } from './test-helpers';
import {
  TEST_BASE_URL,
  loginDemoUser,
  mockPaths,
  sendEmailCode,
  signInDemoUser,
  wrongCode,
} from './testing';
import { DEMO_USER } from './users';

describe('createMockBackend', () => {
  it('is deterministic for a seed and clock: same tokens, codes and trace ids', async () => {
    const run = async () => {
      const backend = createMockBackend({ seed: 42, now: () => Date.UTC(2030, 0, 1) });
      const mfaToken = await loginDemoUser(backend);
      const sent = await sendEmailCode(backend, mfaToken);
      const traceId = (await get(backend, mockPaths.devices)).headers.get('frontegg-trace-id');
      return { mfaToken, ...sent, traceId };
    };
    expect(await run()).toEqual(await run());
  });

  it('gives different codes for different seeds', async () => {
    const codeFor = async (seed: number) => {
      const backend = createMockBackend({ seed });
      return (await sendEmailCode(backend, await loginDemoUser(backend))).code;
    };
    const codes = new Set(await Promise.all([1, 2, 3, 4].map(codeFor)));
    expect(codes.size).toBeGreaterThan(1);
  });

  it('keeps instances independent', async () => {
    const first = createMockBackend();
    const second = createMockBackend();
    const mfaToken = await loginDemoUser(first);
    await sendEmailCode(first, mfaToken);
    expect(second.outbox.messages()).toEqual([]);
    expect((await postJson(second, mockPaths.emailCode, { mfaToken })).status).toBe(401);
  });

  it('reset() restores the seeded state: devices, codes, outbox, faults', async () => {
    const backend = createMockBackend({ seed: 9 });
    const firstToken = await loginDemoUser(backend);
    const firstCode = (await sendEmailCode(backend, firstToken)).code;
    const auth = { authorization: `Bearer ${(await signInDemoUser(backend)).accessToken}` };
    const phone = DEMO_USER.phones[0];
    const { otcToken } = await readJson<{ otcToken: string }>(
      await postJson(backend, mockPaths.smsPreDisable(phone.id), {}, auth),
    );
    const code = backend.outbox.latest({ channel: 'sms' })?.code ?? '';
    expect(
      (await postJson(backend, mockPaths.smsDisableVerify(phone.id), { otcToken, code }, auth))
        .status,
    ).toBe(200);
    expect(backend.devices(DEMO_USER.email).phones).toHaveLength(1);
    backend.faults.failNext(5, { status: 500 });

    backend.reset();

    expect(backend.outbox.messages()).toEqual([]);
    expect(backend.devices(DEMO_USER.email).phones).toHaveLength(2);
    expect((await postJson(backend, mockPaths.emailCode, { mfaToken: firstToken })).status).toBe(
      401,
    );
    const again = await loginDemoUser(backend);
    expect(again).toBe(firstToken);
    expect((await sendEmailCode(backend, again)).code).toBe(firstCode);
  });

  it('expireCodes() makes the sent code answer "expired" and allows a new code at once', async () => {
    const backend = createMockBackend({ seed: 3 });
    const mfaToken = await loginDemoUser(backend);
    const sent = await sendEmailCode(backend, mfaToken);

    backend.expireCodes();

    const verify = await postJson(backend, mockPaths.emailCodeVerify, {
      mfaToken,
      otcToken: sent.otcToken,
      code: sent.code,
    });
    expect(verify.status).toBe(400);
    expect((await readJson<ErrorBody>(verify)).errorCode).toBe(backend.errorCodes.expired);
    const resend = await postJson(backend, mockPaths.emailCode, { mfaToken });
    expect(resend.status).toBe(201);
  });

  it('devices(email) reports the current devices and names the known users for a wrong email', () => {
    const backend = createMockBackend();
    expect(backend.devices(DEMO_USER.email)).toEqual({
      webauthn: [],
      phones: DEMO_USER.phones.map((phone) => ({ ...phone })),
      authenticators: [],
      emails: [{ email: DEMO_USER.email }],
    });
    expect(() => backend.devices('typo@mfa-kit.dev')).toThrow(
      `No mock user has the email "typo@mfa-kit.dev"; known users: ${DEMO_USER.email}`,
    );
  });

  it('devices(email) hands out a copy', () => {
    const backend = createMockBackend();
    backend.devices(DEMO_USER.email).phones.pop();
    expect(backend.devices(DEMO_USER.email).phones).toHaveLength(2);
  });

  it.each([
    [{ codeTtlMs: 0 }, 'createMockBackend: codeTtlMs must be a positive number, got 0'],
    [{ maxAttempts: 2.5 }, 'createMockBackend: maxAttempts must be an integer, got 2.5'],
    [
      { resendCooldownMs: -1 },
      'createMockBackend: resendCooldownMs must be a non-negative number, got -1',
    ],
    [
      { rateLimit: { limit: Number.NaN, windowMs: 1 } },
      'createMockBackend: rateLimit.limit must be a positive number, got NaN',
    ],
  ])('rejects nonsense options %j with the reason', (options, message) => {
    expect(() => createMockBackend(options)).toThrow(message);
  });

  it('allows a zero resend cooldown', async () => {
    const backend = createMockBackend({ resendCooldownMs: 0 });
    const mfaToken = await loginDemoUser(backend);
    await sendEmailCode(backend, mfaToken);
    expect((await postJson(backend, mockPaths.emailCode, { mfaToken })).status).toBe(201);
  });

  it('answers 404 with an error body for a path it does not serve', async () => {
    const response = await get(createMockBackend(), '/resources/users/v1/mfa/webauthn');
    expect(response.status).toBe(404);
    expect(await readJson<ErrorBody>(response)).toEqual({
      errors: ['No mock route for GET /identity/resources/users/v1/mfa/webauthn'],
      errorCode: MOCK_ERROR_CODES.notFound,
    });
  });

  it('answers 404 for a trailing slash and for paths outside /identity', async () => {
    const backend = createMockBackend();
    expect((await get(backend, `${mockPaths.devices}/`)).status).toBe(404);
    expect(
      (await backend.handle(new Request('https://api.frontegg.com/resources/users/v1/mfa/devices')))
        .status,
    ).toBe(404);
  });

  it('answers 405 with Allow for a wrong method', async () => {
    const response = await get(createMockBackend(), mockPaths.login);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect((await readJson<ErrorBody>(response)).errorCode).toBe(MOCK_ERROR_CODES.methodNotAllowed);
  });

  it('answers 400 for a device id that is not valid percent-encoding', async () => {
    const response = await createMockBackend().handle(
      new Request(`${TEST_BASE_URL}/resources/users/v1/mfa/sms/%E0%A4%A/disable`, {
        method: 'POST',
      }),
    );
    expect(response.status).toBe(400);
  });

  it("answers a wrong code with the seed's own tenant-style code by default, the fixed one on request", async () => {
    const wrongCodeAnswer = async (backend: ReturnType<typeof createMockBackend>) => {
      const mfaToken = await loginDemoUser(backend);
      const { otcToken, code } = await sendEmailCode(backend, mfaToken);
      const response = await postJson(backend, mockPaths.emailCodeVerify, {
        mfaToken,
        otcToken,
        code: wrongCode(code),
      });
      return (await readJson<ErrorBody>(response)).errorCode;
    };
    const tenant = createMockBackend({ seed: 11 });
    const undocumented = [
      tenant.errorCodes.invalidCode,
      tenant.errorCodes.expired,
      tenant.errorCodes.tooManyAttempts,
    ];
    expect(new Set(undocumented).size).toBe(3);
    for (const code of undocumented) {
      expect(code).toMatch(/^ER-0\d{4}$/);
      expect(Object.values(MOCK_ERROR_CODES)).not.toContain(code);
      expect(MOCK_ERROR_CODE_KINDS).not.toHaveProperty(code);
    }
    expect(createMockBackend({ seed: 11 }).errorCodes).toEqual(tenant.errorCodes);
    expect(await wrongCodeAnswer(tenant)).toBe(tenant.errorCodes.invalidCode);
    // The documented and routing codes stay the same in both styles.
    expect(tenant.errorCodes.mfaNotEnrolled).toBe('ER-01097');

    const mapped = createMockBackend({ seed: 11, errorCodeStyle: 'mock' });
    expect(mapped.errorCodes).toEqual(MOCK_ERROR_CODES);
    expect(await wrongCodeAnswer(mapped)).toBe(MOCK_ERROR_CODES.invalidCode);
  });

  it('exports the error-code table the client needs for its undocumented codes', () => {
    expect(MOCK_ERROR_CODE_KINDS).toEqual({
      'ER-01110': 'invalid-code',
      'ER-01111': 'expired',
      'ER-01112': 'too-many-attempts',
    });
  });
});
