import { describe, expect, it } from 'vitest';
import { createMockBackend } from '../backend';
import { MOCK_ERROR_CODES } from '../errors';
import { DEMO_USERS } from '../seeded-users';
import { signInWithTotp, type WebAuthnChallenge, webauthnVerifyBody } from '../test-factors';
import { type ErrorBody, postJson, readJson } from '../test-helpers';
import { mockPaths } from '../testing';

const user = DEMO_USERS.allFactors;
const [passkey, securityKey] = user.webauthn;

/** The removal body the client sends: the verify body of a login without its mfaToken. */
async function removalBody(
  challenge: WebAuthnChallenge,
  device: { credentialId: string; privateKey: string; userHandle?: string },
) {
  const { webauthnToken, options } = await webauthnVerifyBody('', challenge, device);
  return { webauthnToken, options };
}

describe('POST /resources/users/v1/mfa/webauthn/{deviceId}/disable and …/disable/verify', () => {
  it('answers a challenge for the key (200), and removes the key that signs it (200, no body)', async () => {
    const backend = createMockBackend();
    const auth = await signInWithTotp(backend, user);
    const start = await postJson(
      backend,
      mockPaths.webauthnPreDisable(securityKey.id),
      undefined,
      auth,
    );
    expect(start.status).toBe(200);
    const challenge = await readJson<WebAuthnChallenge>(start);
    expect(challenge.options.allowCredentials).toMatchObject([{ id: securityKey.credentialId }]);
    const verify = await postJson(
      backend,
      mockPaths.webauthnDisableVerify(securityKey.id),
      await removalBody(challenge, securityKey),
      auth,
    );
    expect(verify.status).toBe(200);
    expect(await verify.text()).toBe('');
    expect(backend.devices(user.email).webauthn.map(({ id }) => id)).toEqual([passkey.id]);
  });

  it('refuses an assertion signed by another key, keeping the key', async () => {
    const backend = createMockBackend({ errorCodeStyle: 'mock' });
    const auth = await signInWithTotp(backend, user);
    const challenge = await readJson<WebAuthnChallenge>(
      await postJson(backend, mockPaths.webauthnPreDisable(passkey.id), undefined, auth),
    );
    const forged = await removalBody(challenge, { ...passkey, privateKey: securityKey.privateKey });
    const refused = await postJson(
      backend,
      mockPaths.webauthnDisableVerify(passkey.id),
      forged,
      auth,
    );
    expect(refused.status).toBe(400);
    expect(await readJson<ErrorBody>(refused)).toMatchObject({
      errorCode: MOCK_ERROR_CODES.invalidCode,
    });
    expect(backend.devices(user.email).webauthn).toHaveLength(2);
  });

  it('refuses a challenge issued for another key, and answers 404 for a key the user lacks', async () => {
    const backend = createMockBackend();
    const auth = await signInWithTotp(backend, user);
    const challenge = await readJson<WebAuthnChallenge>(
      await postJson(backend, mockPaths.webauthnPreDisable(passkey.id), undefined, auth),
    );
    const body = await removalBody(challenge, securityKey);
    expect(
      (await postJson(backend, mockPaths.webauthnDisableVerify(securityKey.id), body, auth)).status,
    ).toBe(400);
    expect(
      (await postJson(backend, mockPaths.webauthnPreDisable('nope'), undefined, auth)).status,
    ).toBe(404);
  });

  it('honours the rate limit on the verify route', async () => {
    const backend = createMockBackend({ rateLimit: { limit: 1, windowMs: 60_000 } });
    const auth = await signInWithTotp(backend, user);
    const path = mockPaths.webauthnDisableVerify(passkey.id);
    expect((await postJson(backend, path, { webauthnToken: 'w' }, auth)).status).toBe(400);
    expect((await postJson(backend, path, { webauthnToken: 'w' }, auth)).status).toBe(429);
  });
});

describe('POST /resources/users/v1/mfa/webauthn/{deviceId}/disable/verify without an assertion ({})', () => {
  it('removes the key of a user who keeps another factor, as Frontegg’s SDK skips the pre-disable', async () => {
    const backend = createMockBackend();
    const auth = await signInWithTotp(backend, user);
    const response = await postJson(backend, mockPaths.webauthnDisableVerify(passkey.id), {}, auth);
    expect(response.status).toBe(200);
    expect(backend.devices(user.email).webauthn.map(({ id }) => id)).toEqual([securityKey.id]);
  });

  it('refuses it for the user’s only factor: the pre-disable’s challenge must be signed first', async () => {
    const onlyKey = { ...DEMO_USERS.passkeyAndRecovery, webauthn: [passkey] };
    const backend = createMockBackend({ users: [onlyKey] });
    const response = await postJson(
      backend,
      mockPaths.webauthnDisableVerify(passkey.id),
      {},
      {
        authorization: 'Bearer vendor-token',
        'frontegg-user-id': onlyKey.id,
      },
    );
    expect(await readJson<ErrorBody>(response)).toEqual({
      errors: ['This is the only MFA device: sign a challenge from the pre-disable step first'],
      errorCode: MOCK_ERROR_CODES.badRequest,
    });
    expect(backend.devices(onlyKey.email).webauthn).toHaveLength(1);
  });

  it.each([
    ['a token without its assertion', { webauthnToken: 'w' }, 'options is required'],
    ['an assertion without its token', { options: {} }, 'webauthnToken is required'],
  ])('answers 400 for %s', async (_, body, message) => {
    const backend = createMockBackend();
    const auth = await signInWithTotp(backend, user);
    const response = await postJson(
      backend,
      mockPaths.webauthnDisableVerify(passkey.id),
      body,
      auth,
    );
    expect(await readJson<ErrorBody>(response)).toEqual({
      errors: [message],
      errorCode: MOCK_ERROR_CODES.badRequest,
    });
  });
});
