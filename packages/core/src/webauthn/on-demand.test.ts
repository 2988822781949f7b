import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WebAuthnRequestOptions } from '../client/schemas.js';

const options: WebAuthnRequestOptions = { challenge: 'AQID', allowCredentials: [] };

afterEach(() => {
  vi.doUnmock('./ceremonies.js');
  vi.resetModules();
});

describe('the WebAuthn ceremonies, loaded on demand', () => {
  it('a failed download is a network error with a way forward, and the next call downloads again', async () => {
    vi.resetModules();
    vi.doMock('./ceremonies.js', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const { getWebAuthnAssertion } = await import('./on-demand.js');

    const failure = await getWebAuthnAssertion(options).catch((error: unknown) => error);
    expect(failure).toMatchObject({ name: 'MfaApiError', kind: 'network' });
    expect((failure as Error).message).toMatch(/try again/);

    vi.doUnmock('./ceremonies.js');
    // Downloaded this time: Node has no WebAuthn, which the ceremony itself reports.
    await expect(getWebAuthnAssertion(options)).rejects.toMatchObject({
      kind: 'webauthn-unsupported',
    });
  });

  it('a preload that fails is reported by no one but the ceremony that needs it', async () => {
    vi.resetModules();
    vi.doMock('./ceremonies.js', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    const { preloadWebAuthnCeremonies } = await import('./on-demand.js');

    preloadWebAuthnCeremonies();
    await new Promise((resolve) => setTimeout(resolve, 0));

    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });
});
