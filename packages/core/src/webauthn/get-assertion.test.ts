import { afterEach, describe, expect, it, vi } from 'vitest';
import { MfaApiError } from '../client/errors.js';
import type { WebAuthnRequestOptions } from '../client/schemas.js';
// Through the public entry, which loads the ceremonies on first use.
import { getWebAuthnAssertion } from './on-demand.js';
import { URL_UNSAFE_BYTES, base64url, bytes, fakeWebAuthn } from './test-browser.js';

afterEach(() => vi.unstubAllGlobals());

const CHALLENGE = base64url(bytes(1, 2, 3, 250, 251, 252));
const CREDENTIAL_ID = base64url(URL_UNSAFE_BYTES);
// As the server sends them: more fields than the client checks, which pass through untouched.
const descriptor = { id: CREDENTIAL_ID, type: 'public-key', transports: ['usb'] };
const unchecked = { rpId: 'localhost', timeout: 60_000, userVerification: 'preferred' };
const options: WebAuthnRequestOptions = {
  challenge: CHALLENGE,
  allowCredentials: [descriptor],
  ...unchecked,
};

const response = {
  clientDataJSON: new TextEncoder().encode('{"type":"webauthn.get"}').buffer,
  authenticatorData: bytes(9, 8, 7),
  signature: URL_UNSAFE_BYTES,
  userHandle: bytes(42),
};

/** What Chromium's `toJSON()` gives for a key that is not discoverable: more fields, no user handle. */
const json = {
  id: CREDENTIAL_ID,
  rawId: CREDENTIAL_ID,
  type: 'public-key',
  authenticatorAttachment: 'cross-platform',
  clientExtensionResults: {},
  response: { clientDataJSON: 'Y2Q', authenticatorData: 'YWQ', signature: 'c2ln' },
};

async function failure(promise: Promise<unknown>): Promise<MfaApiError> {
  const error = await promise.then(
    () => expect.unreachable('the ceremony succeeded'),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(MfaApiError);
  return error as MfaApiError;
}

describe('getWebAuthnAssertion in a browser with WebAuthn JSON helpers', () => {
  it("passes the server's options to the browser's parser as they are, and the signal to get", async () => {
    const { credentials, publicKeyCredential } = fakeWebAuthn();
    credentials.get.mockResolvedValue({ type: 'public-key', toJSON: () => json });
    const signal = new AbortController().signal;

    await getWebAuthnAssertion(options, { signal });

    expect(publicKeyCredential.parseRequestOptionsFromJSON).toHaveBeenCalledWith(options);
    expect(credentials.get).toHaveBeenCalledExactlyOnceWith({
      publicKey: { parsedByBrowser: options },
      signal,
    });
  });

  it("answers the fields of toJSON() that verify sends, and null for a key's missing user handle", async () => {
    const { credentials } = fakeWebAuthn();
    credentials.get.mockResolvedValue({ type: 'public-key', toJSON: () => json });

    await expect(getWebAuthnAssertion(options)).resolves.toStrictEqual({
      id: CREDENTIAL_ID,
      response: {
        clientDataJSON: 'Y2Q',
        authenticatorData: 'YWQ',
        signature: 'c2ln',
        userHandle: null,
      },
    });
    expect(credentials.get).toHaveBeenCalledWith({ publicKey: { parsedByBrowser: options } });
  });
});

describe('getWebAuthnAssertion in a browser without them (the fallback)', () => {
  it('decodes the challenge and credential ids, and passes the other options through', async () => {
    const { credentials } = fakeWebAuthn({ json: false });
    credentials.get.mockResolvedValue({ type: 'public-key', id: CREDENTIAL_ID, response });

    await getWebAuthnAssertion(options);

    const { publicKey } = credentials.get.mock.calls[0]![0];
    expect(publicKey).toStrictEqual({
      challenge: bytes(1, 2, 3, 250, 251, 252),
      allowCredentials: [{ id: URL_UNSAFE_BYTES, type: 'public-key', transports: ['usb'] }],
      rpId: 'localhost',
      timeout: 60_000,
      userVerification: 'preferred',
    });
  });

  it('reads options without allowCredentials (a discoverable passkey)', async () => {
    const { credentials } = fakeWebAuthn({ json: false });
    credentials.get.mockResolvedValue({ type: 'public-key', id: CREDENTIAL_ID, response });

    await getWebAuthnAssertion({ challenge: CHALLENGE });

    expect(credentials.get.mock.calls[0]![0].publicKey).toStrictEqual({
      challenge: bytes(1, 2, 3, 250, 251, 252),
    });
  });

  it('encodes the credential as base64url, as toJSON() would', async () => {
    const { credentials } = fakeWebAuthn({ json: false });
    credentials.get.mockResolvedValue({ type: 'public-key', id: CREDENTIAL_ID, response });

    await expect(getWebAuthnAssertion(options)).resolves.toStrictEqual({
      id: CREDENTIAL_ID,
      response: {
        clientDataJSON: base64url(response.clientDataJSON),
        authenticatorData: base64url(response.authenticatorData),
        signature: base64url(URL_UNSAFE_BYTES),
        userHandle: base64url(response.userHandle),
      },
    });
  });

  it('sends null for a key that gives no user handle', async () => {
    const { credentials } = fakeWebAuthn({ json: false });
    const withoutHandle = { ...response, userHandle: null };
    credentials.get.mockResolvedValue({
      type: 'public-key',
      id: CREDENTIAL_ID,
      response: withoutHandle,
    });

    const assertion = await getWebAuthnAssertion(options);

    expect(assertion.response.userHandle).toBeNull();
  });

  it('refuses options that are not base64url as invalid-response, without a prompt', async () => {
    const { credentials } = fakeWebAuthn({ json: false });

    const error = await failure(getWebAuthnAssertion({ challenge: 'not base64url!' }));

    expect(error.kind).toBe('invalid-response');
    expect(error.message).not.toContain('not base64url!');
    expect(credentials.get).not.toHaveBeenCalled();
  });
});

describe('getWebAuthnAssertion failures', () => {
  it.each([
    ['NotAllowedError', 'webauthn-cancelled'],
    ['AbortError', 'webauthn-cancelled'],
    ['UnknownError', 'webauthn-cancelled'],
    ['InvalidStateError', 'webauthn-no-credential'],
    ['NotSupportedError', 'webauthn-unsupported'],
    ['ConstraintError', 'webauthn-unsupported'],
    ['SecurityError', 'webauthn-insecure-context'],
    ['EncodingError', 'invalid-response'],
  ])(
    'maps the browser rejecting with %s to kind %s, keeping it as the cause',
    async (name, kind) => {
      const { credentials } = fakeWebAuthn();
      const rejection = new DOMException(`the browser says ${CHALLENGE}`, name);
      credentials.get.mockRejectedValue(rejection);

      const error = await failure(getWebAuthnAssertion(options));

      expect(error).toMatchObject({ kind, cause: rejection });
      expect(error.message).not.toContain(CHALLENGE);
      expect(error.message).not.toContain(CREDENTIAL_ID);
    },
  );

  it('reads a TypeError of the options (a missing field) as invalid-response', async () => {
    const { credentials } = fakeWebAuthn();
    credentials.get.mockRejectedValue(new TypeError('challenge is required'));

    expect((await failure(getWebAuthnAssertion(options))).kind).toBe('invalid-response');
  });

  it('reads no credential at all as webauthn-no-credential', async () => {
    const { credentials } = fakeWebAuthn();
    credentials.get.mockResolvedValue(null);

    expect((await failure(getWebAuthnAssertion(options))).kind).toBe('webauthn-no-credential');
  });

  it('keeps kind aborted when our own signal cancels the prompt', async () => {
    const { credentials } = fakeWebAuthn();
    credentials.get.mockImplementation(
      ({ signal }) =>
        new Promise((_resolve, reject) => {
          signal?.addEventListener('abort', () => reject(signal.reason as Error));
        }),
    );
    const controller = new AbortController();

    const pending = failure(getWebAuthnAssertion(options, { signal: controller.signal }));
    controller.abort();
    const error = await pending;

    expect(error.kind).toBe('aborted');
    expect(error.cause).toBe(controller.signal.reason);
  });

  it('asks nothing of a browser without WebAuthn: webauthn-unsupported', async () => {
    fakeWebAuthn();
    vi.stubGlobal('PublicKeyCredential', undefined);

    expect((await failure(getWebAuthnAssertion(options))).kind).toBe('webauthn-unsupported');
  });

  it('asks nothing of a browser without navigator.credentials: webauthn-unsupported', async () => {
    fakeWebAuthn();
    vi.stubGlobal('navigator', {});

    expect((await failure(getWebAuthnAssertion(options))).kind).toBe('webauthn-unsupported');
  });

  it('asks nothing on an insecure page: webauthn-insecure-context', async () => {
    const { credentials } = fakeWebAuthn({ secure: false });

    expect((await failure(getWebAuthnAssertion(options))).kind).toBe('webauthn-insecure-context');
    expect(credentials.get).not.toHaveBeenCalled();
  });
});
