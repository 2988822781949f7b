import { createMfaClient } from '@mfa-kit/core';
import { renderHook } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { MfaProvider, useMfaClient } from './mfa-provider.js';

test('useMfaClient returns the client of the nearest MfaProvider', () => {
  const client = createMfaClient();
  const { result } = renderHook(() => useMfaClient(), {
    wrapper: ({ children }) => <MfaProvider client={client}>{children}</MfaProvider>,
  });
  expect(result.current).toBe(client);
});

test('useMfaClient outside an MfaProvider throws an error that says how to fix it', () => {
  // React reports the thrown error too (19 to the console, 18 as a window error event); keep the output clean.
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  const silence = (event: ErrorEvent) => event.preventDefault();
  window.addEventListener('error', silence);
  expect(() => renderHook(() => useMfaClient())).toThrow(
    /wrap your MFA screens in <MfaProvider client=\{createMfaClient\(\.\.\.\)\}>/,
  );
  window.removeEventListener('error', silence);
  consoleError.mockRestore();
});
