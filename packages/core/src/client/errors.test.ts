import { describe, expect, it } from 'vitest';
import { MfaApiError, isMfaApiError } from './errors.js';

describe('MfaApiError', () => {
  it('carries every field given, and defaults messages to none', () => {
    const cause = new Error('underlying');
    const error = new MfaApiError({
      kind: 'rate-limited',
      message: 'Slow down',
      status: 429,
      errorCode: 'ER-1',
      traceId: 't',
      retryAfterMs: 1000,
      cause,
    });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'MfaApiError',
      kind: 'rate-limited',
      message: 'Slow down',
      status: 429,
      errorCode: 'ER-1',
      messages: [],
      traceId: 't',
      retryAfterMs: 1000,
      cause,
    });
    expect(String(error)).toBe('MfaApiError: Slow down');
  });

  it('has no cause unless given one', () => {
    expect('cause' in new MfaApiError({ kind: 'network', message: 'x' })).toBe(false);
  });
});

describe('isMfaApiError', () => {
  it('recognises errors of this copy', () => {
    expect(isMfaApiError(new MfaApiError({ kind: 'server', message: 'x' }))).toBe(true);
  });

  it('recognises an error made by a duplicated copy of the package (same registry symbol)', () => {
    class OtherCopyError extends Error {}
    const foreign = new OtherCopyError('x');
    Object.defineProperty(foreign, Symbol.for('@mfa-kit/core/MfaApiError'), { value: true });
    expect(isMfaApiError(foreign)).toBe(true);
    expect(foreign instanceof MfaApiError).toBe(false);
  });

  it.each([
    null,
    undefined,
    'MfaApiError',
    42,
    new Error('x'),
    { kind: 'server', name: 'MfaApiError' },
  ])('rejects %j', (value) => {
    expect(isMfaApiError(value)).toBe(false);
  });
});
