import { afterEach, describe, expect, it, vi } from 'vitest';
import { MfaApiError } from '../client/errors.js';
import type { MfaErrorKind } from '../client/errors.js';
import { getWebAuthnAssertion, isWebAuthnPromptFailure, isWebAuthnUnavailable } from '../index.js';
import { base64url, bytes, fakeWebAuthn } from './test-browser.js';

afterEach(() => vi.unstubAllGlobals());

const options = { challenge: base64url(bytes(1, 2, 3)), allowCredentials: [] };

/** The kind the ceremony fails with in the browser faked so far. */
async function failureKind(): Promise<string> {
  const error: unknown = await getWebAuthnAssertion(options).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(MfaApiError);
  return (error as MfaApiError).kind;
}

describe('which WebAuthn failures a press can fix', () => {
  it.each([
    ['NotSupportedError', true],
    ['ConstraintError', true],
    ['SecurityError', true],
    ['NotAllowedError', false],
    ['AbortError', false],
    ['InvalidStateError', false],
    ['UnknownError', false],
  ])('the browser rejecting with %s: unavailable here %s', async (name, unavailable) => {
    const { credentials } = fakeWebAuthn();
    credentials.get.mockRejectedValue(new DOMException('the browser says no', name));
    const kind = await failureKind();
    expect(isWebAuthnUnavailable(kind)).toBe(unavailable);
    // Each is the prompt's own failure: the challenge was not spent.
    expect(isWebAuthnPromptFailure(kind)).toBe(true);
  });

  it('an insecure page is unavailable', async () => {
    fakeWebAuthn({ secure: false });
    expect(isWebAuthnUnavailable(await failureKind())).toBe(true);
  });

  it('a browser without WebAuthn is unavailable', async () => {
    fakeWebAuthn();
    vi.stubGlobal('PublicKeyCredential', undefined);
    expect(isWebAuthnUnavailable(await failureKind())).toBe(true);
  });

  it('our own abort leaves the challenge unspent, and a press can start the prompt again', () => {
    expect(isWebAuthnPromptFailure('aborted')).toBe(true);
    expect(isWebAuthnUnavailable('aborted')).toBe(false);
  });

  it.each<MfaErrorKind | undefined>([
    'bad-request',
    'invalid-code',
    'expired',
    'unauthorized',
    'network',
    'timeout',
    'invalid-response',
    undefined,
  ])('%s (the server, the network, or no failure) is neither', (kind) => {
    expect(isWebAuthnUnavailable(kind)).toBe(false);
    expect(isWebAuthnPromptFailure(kind)).toBe(false);
  });
});
