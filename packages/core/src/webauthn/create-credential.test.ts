import { afterEach, describe, expect, it, vi } from 'vitest';
import { MfaApiError } from '../client/errors.js';
// Through the public entry, which loads the ceremonies on first use.
import { createWebAuthnCredential } from './on-demand.js';
import type { WebAuthnCreationOptions } from '../client/schemas.js';
import { URL_UNSAFE_BYTES, base64url, bytes, fakeWebAuthn } from './test-browser.js';

afterEach(() => vi.unstubAllGlobals());

const CHALLENGE = base64url(bytes(7, 7, 250, 251));
const CREDENTIAL_ID = base64url(URL_UNSAFE_BYTES);
const options: WebAuthnCreationOptions = {
  challenge: CHALLENGE,
  rp: { id: 'localhost', name: 'mfa-kit' },
  user: { id: base64url(bytes(0xff, 0xfe)), name: 'pat@mfa-kit.dev', displayName: 'Pat' },
  pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
  timeout: 60_000,
  excludeCredentials: [{ id: CREDENTIAL_ID, type: 'public-key' }],
  authenticatorSelection: { userVerification: 'preferred' },
  attestation: 'none',
};

const response = {
  clientDataJSON: new TextEncoder().encode('{"type":"webauthn.create"}').buffer,
  attestationObject: URL_UNSAFE_BYTES,
  getTransports: () => ['internal', 'hybrid'],
};

describe('createWebAuthnCredential in a browser with WebAuthn JSON helpers', () => {
  it("passes the options to the browser's parser, and answers what verify sends of toJSON()", async () => {
    const { credentials, publicKeyCredential } = fakeWebAuthn();
    const json = {
      id: CREDENTIAL_ID,
      rawId: CREDENTIAL_ID,
      type: 'public-key',
      authenticatorAttachment: 'platform',
      clientExtensionResults: {},
      response: {
        clientDataJSON: 'Y2Q',
        attestationObject: 'YW8',
        authenticatorData: 'YWQ',
        publicKey: 'cGs',
        publicKeyAlgorithm: -7,
        transports: ['internal'],
      },
    };
    credentials.create.mockResolvedValue({
      type: 'public-key',
      authenticatorAttachment: 'platform',
      toJSON: () => json,
    });
    const signal = new AbortController().signal;

    await expect(createWebAuthnCredential(options, { signal })).resolves.toStrictEqual({
      id: CREDENTIAL_ID,
      response: { clientDataJSON: 'Y2Q', attestationObject: 'YW8', transports: ['internal'] },
      authenticatorAttachment: 'platform',
    });
    expect(publicKeyCredential.parseCreationOptionsFromJSON).toHaveBeenCalledWith(options);
    expect(credentials.create).toHaveBeenCalledExactlyOnceWith({
      publicKey: { parsedByBrowser: options },
      signal,
    });
  });
});

describe('createWebAuthnCredential in a browser without them (the fallback)', () => {
  it('decodes the challenge, user id and excluded ids, and passes the other options through', async () => {
    const { credentials } = fakeWebAuthn({ json: false });
    credentials.create.mockResolvedValue({
      type: 'public-key',
      id: CREDENTIAL_ID,
      authenticatorAttachment: null,
      response,
    });

    await createWebAuthnCredential(options);

    expect(credentials.create.mock.calls[0]![0].publicKey).toStrictEqual({
      ...options,
      challenge: bytes(7, 7, 250, 251),
      user: { id: bytes(0xff, 0xfe), name: 'pat@mfa-kit.dev', displayName: 'Pat' },
      excludeCredentials: [{ id: URL_UNSAFE_BYTES, type: 'public-key' }],
    });
  });

  it('encodes the attestation as base64url, with the transports', async () => {
    const { credentials } = fakeWebAuthn({ json: false });
    credentials.create.mockResolvedValue({
      type: 'public-key',
      id: CREDENTIAL_ID,
      authenticatorAttachment: 'cross-platform',
      response,
    });

    await expect(createWebAuthnCredential(options)).resolves.toStrictEqual({
      id: CREDENTIAL_ID,
      response: {
        clientDataJSON: base64url(response.clientDataJSON),
        attestationObject: base64url(URL_UNSAFE_BYTES),
        transports: ['internal', 'hybrid'],
      },
      authenticatorAttachment: 'cross-platform',
    });
  });

  it('leaves out what a browser does not say (transports, attachment)', async () => {
    const { credentials } = fakeWebAuthn({ json: false });
    credentials.create.mockResolvedValue({
      type: 'public-key',
      id: CREDENTIAL_ID,
      authenticatorAttachment: null,
      response: {
        clientDataJSON: response.clientDataJSON,
        attestationObject: response.attestationObject,
      },
    });

    await expect(createWebAuthnCredential(options)).resolves.toStrictEqual({
      id: CREDENTIAL_ID,
      response: {
        clientDataJSON: base64url(response.clientDataJSON),
        attestationObject: base64url(URL_UNSAFE_BYTES),
      },
    });
  });
});

describe('createWebAuthnCredential failures', () => {
  it('reads InvalidStateError as a key that is already registered (webauthn-no-credential)', async () => {
    const { credentials } = fakeWebAuthn();
    const rejection = new DOMException('excluded credential', 'InvalidStateError');
    credentials.create.mockRejectedValue(rejection);

    const error = await createWebAuthnCredential(options).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(MfaApiError);
    expect(error).toMatchObject({ kind: 'webauthn-no-credential', cause: rejection });
    expect((error as MfaApiError).message).toMatch(/already registered/);
  });

  it('reads a closed prompt as webauthn-cancelled', async () => {
    const { credentials } = fakeWebAuthn();
    credentials.create.mockRejectedValue(new DOMException('closed', 'NotAllowedError'));

    await expect(createWebAuthnCredential(options)).rejects.toMatchObject({
      kind: 'webauthn-cancelled',
    });
  });

  it('asks nothing on an insecure page: webauthn-insecure-context', async () => {
    const { credentials } = fakeWebAuthn({ secure: false });

    await expect(createWebAuthnCredential(options)).rejects.toMatchObject({
      kind: 'webauthn-insecure-context',
    });
    expect(credentials.create).not.toHaveBeenCalled();
  });
});
