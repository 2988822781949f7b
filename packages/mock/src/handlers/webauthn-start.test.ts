import { describe, expect, it } from 'vitest';
import { fromBase64 } from '../base64url';
import { createMockBackend } from '../backend';
import { MOCK_ERROR_CODES } from '../errors';
import { DEMO_USERS } from '../seeded-users';
import { startWebAuthn } from '../test-factors';
import { type ErrorBody, postJson, readJson } from '../test-helpers';
import { loginAs, mockPaths } from '../testing';

const user = DEMO_USERS.passkeyAndRecovery;
const [passkey, securityKey] = user.webauthn;

describe('POST /resources/auth/v1/user/mfa/webauthn/{deviceId}', () => {
  it('answers 201 { webauthnToken, options }: a fresh 32-byte challenge for that device alone', async () => {
    const backend = createMockBackend();
    const mfaToken = await loginAs(backend, user);

    const first = await startWebAuthn(backend, mfaToken, passkey.id);
    const second = await startWebAuthn(backend, mfaToken, securityKey.id);

    expect(first).toEqual({
      webauthnToken: expect.any(String) as unknown,
      options: {
        challenge: expect.stringMatching(/^[\w-]{43}$/) as unknown,
        rpId: 'localhost',
        allowCredentials: [
          { id: passkey.credentialId, type: 'public-key', transports: ['internal'] },
        ],
        userVerification: 'preferred',
        timeout: 60_000,
      },
    });
    expect(fromBase64(first.options.challenge)).toHaveLength(32);
    expect(second.options.allowCredentials).toEqual([
      { id: securityKey.credentialId, type: 'public-key', transports: ['usb', 'nfc'] },
    ]);
    expect(second.options.challenge).not.toBe(first.options.challenge);
    expect(second.webauthnToken).not.toBe(first.webauthnToken);
  });

  it('names the configured relying party', async () => {
    const backend = createMockBackend({ webauthn: { rpId: 'app.example.com' } });
    const mfaToken = await loginAs(backend, user);
    expect((await startWebAuthn(backend, mfaToken, passkey.id)).options.rpId).toBe(
      'app.example.com',
    );
  });

  it("answers 404 for a device that is not the user's, and 401 for an unknown mfaToken", async () => {
    const backend = createMockBackend();
    const mfaToken = await loginAs(backend, user);
    const other = DEMO_USERS.allFactors.webauthn[0];
    const notMine = await postJson(backend, mockPaths.webauthnStart(other.id), { mfaToken });
    expect(notMine.status).toBe(404);
    expect((await readJson<ErrorBody>(notMine)).errorCode).toBe(MOCK_ERROR_CODES.deviceNotFound);
    const unknown = await postJson(backend, mockPaths.webauthnStart(passkey.id), {
      mfaToken: 'made-up',
    });
    expect(unknown.status).toBe(401);
  });

  it('takes faults scoped to its route name', async () => {
    const backend = createMockBackend();
    const mfaToken = await loginAs(backend, user);
    backend.faults.schemaBreakNext(1, { route: 'webauthn-start' });
    const broken = await postJson(backend, mockPaths.webauthnStart(passkey.id), { mfaToken });
    expect(broken.status).toBe(201);
    expect(await broken.json()).toEqual({ webauthnToken: 42, options: { challenge: null } });
  });

  it('answers 400 for a body without mfaToken', async () => {
    const response = await postJson(createMockBackend(), mockPaths.webauthnStart(passkey.id), {});
    expect(await readJson<ErrorBody>(response)).toEqual({
      errors: ['mfaToken is required'],
      errorCode: MOCK_ERROR_CODES.badRequest,
    });
  });
});
