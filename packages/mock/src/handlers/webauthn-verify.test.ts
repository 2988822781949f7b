import { createHash, createPrivateKey, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createMockBackend } from '../backend';
import type { MockBackendOptions } from '../backend';
import { MOCK_ERROR_CODES } from '../errors';
import { DEMO_USERS } from '../seeded-users';
import { startWebAuthn, TEST_ORIGIN, webauthnVerifyBody } from '../test-factors';
import { type ErrorBody, postJson, readJson } from '../test-helpers';
import { createTestClock, loginAs, mockPaths } from '../testing';

const user = DEMO_USERS.passkeyAndRecovery;
const [passkey, securityKey] = user.webauthn;

async function expectError(response: Response, status: number, body: ErrorBody): Promise<void> {
  expect(response.status).toBe(status);
  expect(await readJson<ErrorBody>(response)).toEqual(body);
}

/** A backend, a login of the passkey user, and a challenge for `device`. */
async function challengeFor(
  device: (typeof user.webauthn)[number],
  options: MockBackendOptions = {},
) {
  const backend = createMockBackend(options);
  const mfaToken = await loginAs(backend, user);
  const challenge = await startWebAuthn(backend, mfaToken, device.id);
  const verify = (body: unknown) => postJson(backend, mockPaths.webauthnVerify(device.id), body);
  return { backend, mfaToken, challenge, verify };
}

const refused = (reason: string, errorCode: string): ErrorBody => ({
  errors: [`WebAuthn assertion refused: ${reason}`],
  errorCode,
});

describe('POST /resources/auth/v1/user/mfa/webauthn/{deviceId}/verify', () => {
  it('signs the user in with a passkey assertion signed by the seeded key: 201, the mfaToken spent', async () => {
    const { mfaToken, challenge, verify } = await challengeFor(passkey);
    const body = await webauthnVerifyBody(mfaToken, challenge, passkey);
    expect(body.options.response.userHandle).toBe(passkey.userHandle);

    const response = await verify({ ...body, rememberDevice: true });

    expect(response.status).toBe(201);
    expect(await readJson<Record<string, unknown>>(response)).toMatchObject({
      mfaRequired: false,
      userId: user.id,
      amr: ['pwd', 'hwk', 'mfa'],
    });
    expect((await verify(body)).status).toBe(401);
  });

  it('signs in with a security key whose assertion has no user handle (null, as the SDK sends it)', async () => {
    const { mfaToken, challenge, verify } = await challengeFor(securityKey);
    const body = await webauthnVerifyBody(mfaToken, challenge, securityKey);
    expect(body.options.response.userHandle).toBeNull();
    expect((await verify(body)).status).toBe(201);
  });

  it('verifies an assertion built with node:crypto alone (authenticatorData ‖ sha256(clientDataJSON))', async () => {
    const { mfaToken, challenge, verify } = await challengeFor(securityKey);
    const clientDataJSON = Buffer.from(
      JSON.stringify({
        type: 'webauthn.get',
        challenge: challenge.options.challenge,
        origin: TEST_ORIGIN,
      }),
    );
    const authenticatorData = Buffer.concat([
      createHash('sha256').update('localhost').digest(),
      Buffer.from([0x01]), // user present, not verified: the options only prefer verification
      Buffer.from([0, 0, 0, 7]),
    ]);
    const key = createPrivateKey({
      key: Buffer.from(securityKey.privateKey, 'base64'),
      format: 'der',
      type: 'pkcs8',
    });
    const signature = sign(
      'sha256',
      Buffer.concat([authenticatorData, createHash('sha256').update(clientDataJSON).digest()]),
      key,
    );
    const response = await verify({
      webauthnToken: challenge.webauthnToken,
      options: {
        id: securityKey.credentialId,
        response: {
          clientDataJSON: clientDataJSON.toString('base64url'),
          authenticatorData: authenticatorData.toString('base64url'),
          signature: signature.toString('base64url'),
          userHandle: null,
        },
      },
      mfaToken,
    });
    expect(response.status).toBe(201);
  });

  it('keeps the counter: a later sign-in must report a higher one', async () => {
    const backend = createMockBackend();
    const signInWithCounter = async (counter: number) => {
      const mfaToken = await loginAs(backend, user);
      const challenge = await startWebAuthn(backend, mfaToken, passkey.id);
      const body = await webauthnVerifyBody(mfaToken, challenge, passkey, { counter });
      return postJson(backend, mockPaths.webauthnVerify(passkey.id), body);
    };
    expect((await signInWithCounter(5)).status).toBe(201);
    await expectError(
      await signInWithCounter(5),
      400,
      refused(
        'the challenge, relying party, counter or signature does not match',
        backend.errorCodes.invalidCode,
      ),
    );
    expect((await signInWithCounter(6)).status).toBe(201);
  });

  it('refuses a tampered signature, clientDataJSON or authenticatorData', async () => {
    for (const part of ['signature', 'clientDataJSON', 'authenticatorData'] as const) {
      const { backend, mfaToken, challenge, verify } = await challengeFor(passkey);
      const body = await webauthnVerifyBody(mfaToken, challenge, passkey);
      const bytes = Buffer.from(body.options.response[part], 'base64url');
      bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0x01;
      body.options.response[part] = bytes.toString('base64url');
      const response = await verify(body);
      expect(response.status, part).toBe(400);
      expect((await readJson<ErrorBody>(response)).errorCode, part).toBe(
        backend.errorCodes.invalidCode,
      );
    }
  });

  it("refuses an assertion for another challenge, and one signed by another device's key", async () => {
    const { backend, mfaToken, challenge, verify } = await challengeFor(passkey);
    const other = await startWebAuthn(backend, mfaToken, passkey.id);
    await expectError(
      await verify(
        await webauthnVerifyBody(mfaToken, { ...challenge, options: other.options }, passkey),
      ),
      400,
      refused(
        'the challenge, relying party, counter or signature does not match',
        backend.errorCodes.invalidCode,
      ),
    );
    const wrongKey = { ...passkey, privateKey: securityKey.privateKey };
    await expectError(
      await verify(await webauthnVerifyBody(mfaToken, other, wrongKey)),
      400,
      refused(
        'the challenge, relying party, counter or signature does not match',
        backend.errorCodes.invalidCode,
      ),
    );
  });

  it('refuses the credential of another device, and a user handle of another user', async () => {
    const { backend, mfaToken, challenge, verify } = await challengeFor(passkey);
    const body = await webauthnVerifyBody(mfaToken, challenge, securityKey);
    await expectError(
      await verify(body),
      400,
      refused('another credential signed it', backend.errorCodes.invalidCode),
    );
    const again = await startWebAuthn(backend, mfaToken, passkey.id);
    const theirs = { ...passkey, userHandle: DEMO_USERS.allFactors.webauthn[0].userHandle };
    await expectError(
      await verify(await webauthnVerifyBody(mfaToken, again, theirs)),
      400,
      refused('the user handle names another user', backend.errorCodes.invalidCode),
    );
  });

  it('checks the origin: any localhost port by default, or what the backend is told', async () => {
    const byDefault = await challengeFor(passkey);
    await expectError(
      await byDefault.verify(
        await webauthnVerifyBody(byDefault.mfaToken, byDefault.challenge, passkey, {
          origin: 'https://evil.example',
        }),
      ),
      400,
      refused('it comes from an unexpected origin', byDefault.backend.errorCodes.invalidCode),
    );
    for (const expectedOrigin of [
      'https://app.example.com',
      ['https://other.example', 'https://app.example.com'],
      (origin: string) => origin.endsWith('.example.com'),
    ]) {
      const told = await challengeFor(passkey, { webauthn: { expectedOrigin } });
      const body = await webauthnVerifyBody(told.mfaToken, told.challenge, passkey, {
        origin: 'https://app.example.com',
      });
      expect((await told.verify(body)).status, String(expectedOrigin)).toBe(201);
    }
  });

  it('checks the relying party the assertion was made for', async () => {
    const { backend, mfaToken, challenge, verify } = await challengeFor(passkey, {
      webauthn: { rpId: 'app.example.com' },
    });
    const body = await webauthnVerifyBody(
      mfaToken,
      { ...challenge, options: { ...challenge.options, rpId: 'localhost' } },
      passkey,
    );
    expect((await readJson<ErrorBody>(await verify(body))).errorCode).toBe(
      backend.errorCodes.invalidCode,
    );
  });

  it('spends the challenge on any verify, right or wrong, and lets it expire', async () => {
    const clock = createTestClock();
    const { backend, mfaToken, challenge, verify } = await challengeFor(passkey, {
      now: clock.now,
      codeTtlMs: 60_000,
    });
    const wrong = await webauthnVerifyBody(mfaToken, challenge, securityKey);
    expect((await verify(wrong)).status).toBe(400);
    await expectError(await verify(await webauthnVerifyBody(mfaToken, challenge, passkey)), 400, {
      errors: ['Challenge already used'],
      errorCode: backend.errorCodes.expired,
    });
    const fresh = await startWebAuthn(backend, mfaToken, passkey.id);
    clock.advance(60_000);
    await expectError(await verify(await webauthnVerifyBody(mfaToken, fresh, passkey)), 400, {
      errors: ['Challenge expired'],
      errorCode: backend.errorCodes.expired,
    });
  });

  it('answers 400 for a webauthnToken issued for another device or login', async () => {
    const { backend, mfaToken, verify } = await challengeFor(passkey);
    const forTheKey = await startWebAuthn(backend, mfaToken, securityKey.id);
    await expectError(await verify(await webauthnVerifyBody(mfaToken, forTheKey, passkey)), 400, {
      errors: ['webauthnToken was not issued for this MFA token and device: start again'],
      errorCode: MOCK_ERROR_CODES.badRequest,
    });
  });

  it('is rate-limited, and takes faults scoped to its route name', async () => {
    const { backend, mfaToken, challenge, verify } = await challengeFor(passkey, {
      rateLimit: { limit: 1, windowMs: 60_000 },
    });
    const body = await webauthnVerifyBody(mfaToken, challenge, passkey);
    backend.faults.failNext(1, { status: 502 }, { route: 'webauthn-verify' });
    expect((await verify(body)).status).toBe(502);
    expect((await verify(body)).status).toBe(201);
    expect((await verify(body)).status).toBe(429);
  });

  const assertion = {
    id: 'c',
    response: { clientDataJSON: 'a', authenticatorData: 'b', signature: 's', userHandle: null },
  };
  it.each([
    ['no webauthnToken', { options: assertion, mfaToken: 'm' }, 'webauthnToken is required'],
    ['no options', { webauthnToken: 'w', mfaToken: 'm' }, 'options is required'],
    [
      'options as a string',
      { webauthnToken: 'w', options: 'x', mfaToken: 'm' },
      'options must be an object',
    ],
    [
      'no credential id',
      { webauthnToken: 'w', options: { response: assertion.response }, mfaToken: 'm' },
      'id is required',
    ],
    [
      'no userHandle field',
      {
        webauthnToken: 'w',
        options: {
          id: 'c',
          response: { clientDataJSON: 'a', authenticatorData: 'b', signature: 's' },
        },
        mfaToken: 'm',
      },
      'userHandle is required',
    ],
    [
      'a numeric signature',
      {
        webauthnToken: 'w',
        options: { id: 'c', response: { ...assertion.response, signature: 5 } },
        mfaToken: 'm',
      },
      'signature must be a string',
    ],
    ['no mfaToken', { webauthnToken: 'w', options: assertion }, 'mfaToken is required'],
  ])('answers 400 for %s', async (_, body, message) => {
    await expectError(
      await postJson(createMockBackend(), mockPaths.webauthnVerify(passkey.id), body),
      400,
      { errors: [message], errorCode: MOCK_ERROR_CODES.badRequest },
    );
  });

  it('never puts the tokens or the challenge in an error', async () => {
    const { mfaToken, challenge, verify } = await challengeFor(passkey);
    const text = await (
      await verify(await webauthnVerifyBody(mfaToken, challenge, securityKey))
    ).text();
    for (const secret of [mfaToken, challenge.webauthnToken, challenge.options.challenge])
      expect(text).not.toContain(secret);
  });
});
