import { describe, expect, it } from 'vitest';
import { readQrCodeFormat } from './qr-code-format';

describe('readQrCodeFormat', () => {
  it('answers a data URL, as Frontegg does, unless ?qr-code=base64 asks for the bare PNG', () => {
    expect(readQrCodeFormat('')).toBe('data-url');
    expect(readQrCodeFormat('?qr-code=data-url')).toBe('data-url');
    expect(readQrCodeFormat('?qr-code=BASE64')).toBe('data-url');
    expect(readQrCodeFormat('?error-codes=mapped&qr-code=base64')).toBe('base64');
  });
});
