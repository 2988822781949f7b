import { describe, expect, it } from 'vitest';
import { readErrorCodeMode } from './error-code-mode';

describe('readErrorCodeMode', () => {
  it('maps the codes only when asked, by ?error-codes=mapped', () => {
    expect(readErrorCodeMode('')).toBe('tenant');
    expect(readErrorCodeMode('?error-codes=tenant')).toBe('tenant');
    expect(readErrorCodeMode('?error-codes=MAPPED')).toBe('tenant');
    expect(readErrorCodeMode('?x=1&error-codes=mapped')).toBe('mapped');
  });
});
