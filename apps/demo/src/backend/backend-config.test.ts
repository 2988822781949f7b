import { describe, expect, it } from 'vitest';
import { readBackendConfig } from './backend-config';

describe('readBackendConfig', () => {
  it('uses the embedded mock when VITE_MFA_BASE_URL is unset or blank', () => {
    expect(readBackendConfig(undefined)).toEqual({ kind: 'embedded', baseUrl: '/identity' });
    expect(readBackendConfig('  ')).toEqual({ kind: 'embedded', baseUrl: '/identity' });
  });

  it('uses an absolute http(s) URL as given, without a trailing slash', () => {
    expect(readBackendConfig('https://app-xxx.frontegg.com/identity/')).toEqual({
      kind: 'remote',
      baseUrl: 'https://app-xxx.frontegg.com/identity',
    });
    expect(readBackendConfig(' http://127.0.0.1:4010/identity ')).toEqual({
      kind: 'remote',
      baseUrl: 'http://127.0.0.1:4010/identity',
    });
  });

  it('explains what is wrong with an unusable value instead of guessing', () => {
    for (const value of [
      'app-xxx.frontegg.com/identity',
      '/identity',
      'ftp://host/identity',
      'javascript:alert(1)',
    ]) {
      const config = readBackendConfig(value);
      expect(config.kind).toBe('invalid');
      expect(config.kind === 'invalid' && config.message).toContain('absolute http(s) URL');
    }
    expect(readBackendConfig('https://user:pw@host/identity?token=1').kind).toBe('invalid');
  });
});
