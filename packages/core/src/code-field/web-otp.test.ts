// @vitest-environment jsdom
// WebOTP lives on window and navigator.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestWebOtp } from './web-otp.js';

function installWebOtp(get: (options: unknown) => Promise<unknown>) {
  vi.stubGlobal('OTPCredential', class {});
  const credentials = { get: vi.fn(get) };
  Object.defineProperty(navigator, 'credentials', { value: credentials, configurable: true });
  return credentials;
}

afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'credentials');
});

describe('requestWebOtp', () => {
  it('asks for an SMS code with the signal and resolves with it', async () => {
    const credentials = installWebOtp(() => Promise.resolve({ type: 'otp', code: '123456' }));
    const controller = new AbortController();
    await expect(requestWebOtp(controller.signal)).resolves.toBe('123456');
    expect(credentials.get).toHaveBeenCalledWith({
      otp: { transport: ['sms'] },
      signal: controller.signal,
    });
  });

  it('resolves null where the browser has no WebOTP, without asking', async () => {
    const get = vi.fn();
    Object.defineProperty(navigator, 'credentials', { value: { get }, configurable: true });
    await expect(requestWebOtp(new AbortController().signal)).resolves.toBeNull();
    expect(get).not.toHaveBeenCalled();
  });

  it('resolves null when the request fails or is aborted', async () => {
    installWebOtp(() => Promise.reject(new DOMException('aborted', 'AbortError')));
    await expect(requestWebOtp(new AbortController().signal)).resolves.toBeNull();
  });

  it('resolves null for a credential without a code', async () => {
    installWebOtp(() => Promise.resolve(null));
    await expect(requestWebOtp(new AbortController().signal)).resolves.toBeNull();
  });
});
