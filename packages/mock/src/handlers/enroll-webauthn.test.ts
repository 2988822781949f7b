import { describe, expect, it } from 'vitest';
import { createMockBackend } from '../backend';
import { MOCK_ERROR_CODES } from '../errors';
import { DEMO_USERS } from '../seeded-users';
import { createWebAuthnAttestation } from '../software-authenticator';
import { TEST_ORIGIN, signInWithTotp, startWebAuthn, webauthnVerifyBody } from '../test-factors';
import { type ErrorBody, postJson, readJson } from '../test-helpers';
import { loginAs, mockPaths } from '../testing';

const newUser = DEMO_USERS.newUser;

interface CreationAnswer {
  webauthnToken: string;
  options: { challenge: string; rp: { id: string; name: string }; user: { id: string } };
}

/** A verify body with a real attestation for the started challenge. */
async function enrollmentBody(started: CreationAnswer, origin = TEST_ORIGIN) {
  const { attestation, device } = await createWebAuthnAttestation({
    options: started.options,
    origin,
  });
  const { id, response } = attestation;
  const options = {
    id,
    response: {
      clientDataJSON: response.clientDataJSON,
      attestationObject: response.attestationObject,
    },
  };
  return {
    body: { deviceType: 'Platform', webauthnToken: started.webauthnToken, options },
    device,
  };
}

describe('POST /resources/auth/v1/user/mfa/webauthn/enroll and …/enroll/verify', () => {
  it('makes creation options (201), verifies the attestation, and the new passkey then signs in', async () => {
    const backend = createMockBackend();
    const mfaToken = await loginAs(backend, newUser);
    const start = await postJson(backend, mockPaths.enrollWebauthn, { mfaToken });
    expect(start.status).toBe(201);
    const started = await readJson<CreationAnswer>(start);
    expect(started.options).toMatchObject({
      challenge: expect.stringMatching(/^[\w-]{43}$/) as unknown,
      rp: { id: 'localhost' },
      user: { id: 'MmU4ZjRjMWEtN2IzZC00ZTVmLTlhMGItYzFkMmUzZjRhNWI2', name: newUser.email },
      excludeCredentials: [],
    });

    const { body, device } = await enrollmentBody(started);
    const verify = await postJson(backend, mockPaths.enrollWebauthnVerify, { ...body, mfaToken });
    expect(verify.status).toBe(201);
    expect(await readJson(verify)).toMatchObject({
      mfaRequired: false,
      accessToken: expect.any(String) as unknown,
      recoveryCode: expect.any(String) as unknown,
    });
    const [enrolled] = backend.devices(newUser.email).webauthn;
    expect(enrolled).toMatchObject({ deviceType: 'Platform', name: 'Passkey' });

    // The login routes accept the stored public key.
    const nextLogin = await loginAs(backend, newUser);
    const challenge = await startWebAuthn(backend, nextLogin, enrolled?.id ?? '');
    const signIn = await postJson(
      backend,
      mockPaths.webauthnVerify(enrolled?.id ?? ''),
      await webauthnVerifyBody(nextLogin, challenge, device),
    );
    expect(signIn.status).toBe(201);
  });

  it.each<[string, { origin?: string; challenge?: string }, string]>([
    [
      'from another origin',
      { origin: 'https://evil.example' },
      'it comes from an unexpected origin',
    ],
    [
      'for another challenge',
      { challenge: 'c29tZXRoaW5nLWVsc2U' },
      'the challenge, relying party, attestation or public key does not match',
    ],
  ])('refuses an attestation %s, spending the challenge', async (_label, change, reason) => {
    const backend = createMockBackend({ errorCodeStyle: 'mock' });
    const mfaToken = await loginAs(backend, newUser);
    const started = await readJson<CreationAnswer>(
      await postJson(backend, mockPaths.enrollWebauthn, { mfaToken }),
    );
    const { body } = await enrollmentBody(
      {
        ...started,
        options: { ...started.options, challenge: change.challenge ?? started.options.challenge },
      },
      change.origin,
    );
    const refused = await postJson(backend, mockPaths.enrollWebauthnVerify, { ...body, mfaToken });
    expect(refused.status).toBe(400);
    expect(await readJson<ErrorBody>(refused)).toEqual({
      errors: [`WebAuthn attestation refused: ${reason}`],
      errorCode: MOCK_ERROR_CODES.invalidCode,
    });
    const again = await postJson(backend, mockPaths.enrollWebauthnVerify, { ...body, mfaToken });
    expect((await readJson<ErrorBody>(again)).errors).toEqual(['Challenge already used']);
    expect(backend.devices(newUser.email).webauthn).toEqual([]);
  });

  it('refuses a device type the tenant does not offer', async () => {
    const backend = createMockBackend({
      mfaStrategies: [
        { strategy: 'WebAuthnPlatform', isActive: false },
        { strategy: 'WebAuthnCrossPlatform', isActive: true },
      ],
    });
    const mfaToken = await loginAs(backend, newUser);
    const started = await readJson<CreationAnswer>(
      await postJson(backend, mockPaths.enrollWebauthn, { mfaToken }),
    );
    const { body } = await enrollmentBody(started);
    const refused = await postJson(backend, mockPaths.enrollWebauthnVerify, { ...body, mfaToken });
    expect(refused.status).toBe(403);
  });

  it('answers a malformed answer when told to (fault)', async () => {
    const backend = createMockBackend();
    backend.faults.malformedNext(1, { route: 'enroll-webauthn' });
    const response = await postJson(backend, mockPaths.enrollWebauthn, { mfaToken: 'm' });
    expect(response.status).toBe(201);
    await expect(response.json()).rejects.toThrow();
  });
});

describe('POST /resources/users/v1/mfa/webauthn/enroll and …/enroll/verify', () => {
  it('adds a security key for a signed-in user, listing its keys to exclude; 200 with no body', async () => {
    const backend = createMockBackend();
    const user = DEMO_USERS.allFactors;
    const auth = await signInWithTotp(backend, user);
    const start = await postJson(backend, mockPaths.userEnrollWebauthn, undefined, auth);
    expect(start.status).toBe(200);
    const started = await readJson<
      CreationAnswer & { options: { excludeCredentials: { id: string }[] } }
    >(start);
    expect(started.options.excludeCredentials.map(({ id }) => id)).toEqual(
      user.webauthn.map((device) => device.credentialId),
    );
    const { body } = await enrollmentBody(started);
    const verify = await postJson(
      backend,
      mockPaths.userEnrollWebauthnVerify,
      { ...body, deviceType: 'CrossPlatform' },
      auth,
    );
    expect(verify.status).toBe(200);
    expect(await verify.text()).toBe('');
    expect(backend.devices(user.email).webauthn.at(-1)).toMatchObject({
      deviceType: 'CrossPlatform',
      name: 'Security key',
    });
  });
});
