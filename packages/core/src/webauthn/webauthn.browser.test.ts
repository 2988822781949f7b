// The ceremonies in Chromium with a virtual authenticator: a key registered and used, a sign-in the mock
// verifies (signature, challenge, origin, counter), and each way a real prompt fails.
import { DEMO_USERS, createMockBackend } from '@mfa-kit/mock';
import { TEST_BASE_URL } from '@mfa-kit/mock/testing';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { createMfaClient } from '../client/create-client.js';
import { MfaApiError } from '../client/errors.js';
import { fromBase64Url, toBase64Url } from './base64url.js';
import { createWebAuthnCredential } from './create-credential.js';
import type { WebAuthnCreationOptions } from '../client/schemas.js';
import { getWebAuthnAssertion } from './get-assertion.js';

const session = cdp();
let authenticatorId: string | undefined;

/** A fresh virtual authenticator (user-verifying, as a platform passkey or a USB key). */
async function addAuthenticator(transport: 'internal' | 'usb' = 'internal'): Promise<string> {
  const added = await session.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport,
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  authenticatorId = added.authenticatorId;
  return authenticatorId;
}

beforeAll(async () => {
  await session.send('WebAuthn.enable', { enableUI: false });
});

afterEach(async () => {
  if (authenticatorId)
    await session.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId });
  authenticatorId = undefined;
});

const randomChallenge = () => toBase64Url(crypto.getRandomValues(new Uint8Array(32)).buffer);
const clientData = (clientDataJSON: string) =>
  JSON.parse(new TextDecoder().decode(fromBase64Url(clientDataJSON))) as Record<string, unknown>;
const USER_ID = toBase64Url(new TextEncoder().encode('user-7').buffer);

const creationOptions = (challenge: string): WebAuthnCreationOptions => ({
  challenge,
  rp: { id: 'localhost', name: 'mfa-kit' },
  user: { id: USER_ID, name: 'pat@mfa-kit.dev', displayName: 'Pat' },
  pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
  authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
  timeout: 10_000,
});

async function failure(promise: Promise<unknown>): Promise<MfaApiError> {
  const error = await promise.then(
    () => expect.unreachable('the ceremony succeeded'),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(MfaApiError);
  return error as MfaApiError;
}

/** Hides Chromium's own JSON helpers for one test, so that the fallback runs. */
function withoutJsonHelpers(): () => void {
  const statics = ['parseRequestOptionsFromJSON', 'parseCreationOptionsFromJSON'] as const;
  const saved = statics.map((name) => Object.getOwnPropertyDescriptor(PublicKeyCredential, name)!);
  const toJSON = Object.getOwnPropertyDescriptor(PublicKeyCredential.prototype, 'toJSON')!;
  for (const name of statics) Reflect.deleteProperty(PublicKeyCredential, name);
  Reflect.deleteProperty(PublicKeyCredential.prototype, 'toJSON');
  expect('parseRequestOptionsFromJSON' in PublicKeyCredential).toBe(false);
  expect('toJSON' in PublicKeyCredential.prototype).toBe(false);
  return () => {
    statics.forEach((name, index) =>
      Object.defineProperty(PublicKeyCredential, name, saved[index]!),
    );
    Object.defineProperty(PublicKeyCredential.prototype, 'toJSON', toJSON);
  };
}

const paths = [
  ["Chromium's JSON helpers", () => () => {}],
  ['the fallback', withoutJsonHelpers],
] as const;

describe.each(paths)('WebAuthn in Chromium, through %s', (_path, setUp) => {
  let restore = () => {};
  beforeAll(() => {
    expect(window.isSecureContext).toBe(true);
    expect(location.hostname).toBe('localhost');
  });
  afterEach(() => restore());

  it('registers a passkey, then signs a challenge with it', async () => {
    restore = setUp();
    await addAuthenticator();
    const registering = randomChallenge();

    const attestation = await createWebAuthnCredential(creationOptions(registering));

    expect(clientData(attestation.response.clientDataJSON)).toMatchObject({
      type: 'webauthn.create',
      challenge: registering,
      origin: location.origin,
    });
    expect(fromBase64Url(attestation.response.attestationObject).byteLength).toBeGreaterThan(37);
    expect(attestation.response.transports).toContain('internal');
    expect(attestation.authenticatorAttachment).toBe('platform');

    const signing = randomChallenge();
    const assertion = await getWebAuthnAssertion({
      challenge: signing,
      allowCredentials: [{ id: attestation.id, type: 'public-key' }],
    });

    expect(assertion.id).toBe(attestation.id);
    expect(clientData(assertion.response.clientDataJSON)).toMatchObject({
      type: 'webauthn.get',
      challenge: signing,
      origin: location.origin,
    });
    // rpIdHash (32) ‖ flags (1) ‖ counter (4); ES256 signatures are DER, 70-72 bytes.
    expect(fromBase64Url(assertion.response.authenticatorData).byteLength).toBe(37);
    expect(fromBase64Url(assertion.response.signature).byteLength).toBeGreaterThanOrEqual(68);
    expect(assertion.response.userHandle).toBe(USER_ID);
  });

  it("signs in the mock's security-key user: the mock verifies the signature and lets them in", async () => {
    restore = setUp();
    const user = DEMO_USERS.passkeyAndRecovery;
    const key = user.webauthn[1]; // the YubiKey: not discoverable, so no user handle
    const id = await addAuthenticator('usb');
    await session.send('WebAuthn.addCredential', {
      authenticatorId: id,
      credential: {
        credentialId: btoa(String.fromCharCode(...new Uint8Array(fromBase64Url(key.credentialId)))),
        isResidentCredential: false,
        rpId: 'localhost',
        privateKey: key.privateKey,
        signCount: 1,
      },
    });
    const backend = createMockBackend({ seed: 7 });
    const client = createMfaClient({
      baseUrl: TEST_BASE_URL,
      fetch: (input, init) => backend.handle(new Request(input, init)),
    });
    const { mfaToken } = await client.auth.login({ email: user.email, password: user.password });
    const deviceId = key.id;

    const { webauthnToken, options } = await client.webauthnMfa.start({
      deviceId,
      mfaToken: mfaToken!,
    });
    const assertion = await getWebAuthnAssertion(options);
    const signedIn = await client.webauthnMfa.verify({
      deviceId,
      mfaToken: mfaToken!,
      webauthnToken,
      options: assertion,
    });

    expect(assertion.response.userHandle).toBeNull();
    expect(signedIn.accessToken).toEqual(expect.any(String));
  });

  it('reads a prompt the user could not pass (no user verification) as webauthn-cancelled', async () => {
    restore = setUp();
    const authenticator = await addAuthenticator();
    const { id } = await createWebAuthnCredential(creationOptions(randomChallenge()));
    await session.send('WebAuthn.setUserVerified', {
      authenticatorId: authenticator,
      isUserVerified: false,
    });

    const error = await failure(
      getWebAuthnAssertion({
        challenge: randomChallenge(),
        allowCredentials: [{ id, type: 'public-key' }],
        userVerification: 'required',
        timeout: 3_000,
      } as Parameters<typeof getWebAuthnAssertion>[0]),
    );

    expect(error.kind).toBe('webauthn-cancelled');
    expect(error.cause).toMatchObject({ name: 'NotAllowedError' });
  });

  it('reads no key of this site on the device as webauthn-cancelled, as Chromium hides which keys exist', async () => {
    restore = setUp();
    await addAuthenticator();
    const unknownKey = randomChallenge();

    const error = await failure(
      getWebAuthnAssertion({
        challenge: randomChallenge(),
        allowCredentials: [{ id: unknownKey, type: 'public-key' }],
        timeout: 1_000,
      } as Parameters<typeof getWebAuthnAssertion>[0]),
    );

    expect(error.kind).toBe('webauthn-cancelled');
    expect(error.cause).toMatchObject({ name: 'NotAllowedError' });
  });

  it('reads registering a key twice as webauthn-no-credential (already registered)', async () => {
    restore = setUp();
    await addAuthenticator();
    const { id } = await createWebAuthnCredential(creationOptions(randomChallenge()));

    const error = await failure(
      createWebAuthnCredential({
        ...creationOptions(randomChallenge()),
        excludeCredentials: [{ id, type: 'public-key' }],
      }),
    );

    expect(error.kind).toBe('webauthn-no-credential');
    expect(error.cause).toMatchObject({ name: 'InvalidStateError' });
  });

  it('keeps kind aborted when our signal cancels a waiting prompt', async () => {
    restore = setUp();
    // No authenticator: the prompt waits (for a key to be plugged in) until the signal aborts it.
    const controller = new AbortController();

    const pending = failure(
      getWebAuthnAssertion(
        {
          challenge: randomChallenge(),
          allowCredentials: [{ id: randomChallenge(), type: 'public-key' }],
          timeout: 20_000,
        } as Parameters<typeof getWebAuthnAssertion>[0],
        { signal: controller.signal },
      ),
    );
    setTimeout(() => controller.abort(), 200);

    expect((await pending).kind).toBe('aborted');
  });
});
