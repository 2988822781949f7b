import { describe, expect, it } from 'vitest';
import { isMfaApiError } from '../client/errors.js';
import { qrCodeImageSource } from './qr-code-image.js';

const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('qrCodeImageSource', () => {
  it('keeps a data URL as it comes (what Frontegg sends)', () => {
    const url = `data:image/png;base64,${PNG_BASE64}`;
    expect(qrCodeImageSource(url)).toBe(url);
    expect(qrCodeImageSource(` ${url}\n`)).toBe(url);
  });

  it('keeps other image data URLs: another type, parameters, percent-encoded SVG', () => {
    for (const url of [
      'data:image/jpeg;base64,/9j/4AAQSkZJRg==',
      'data:image/png;charset=utf-8;base64,iVBORw0KGgo=',
      'data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%2F%3E',
      `DATA:IMAGE/PNG;BASE64,${PNG_BASE64}`,
    ])
      expect(qrCodeImageSource(url)).toBe(url);
  });

  it('prefixes a bare base64 PNG, also one wrapped over lines', () => {
    expect(qrCodeImageSource(PNG_BASE64)).toBe(`data:image/png;base64,${PNG_BASE64}`);
    const wrapped = `${PNG_BASE64.slice(0, 40)}\r\n${PNG_BASE64.slice(40)}`;
    expect(qrCodeImageSource(wrapped)).toBe(`data:image/png;base64,${PNG_BASE64}`);
  });

  it.each([
    ['an empty string', ''],
    ['a remote URL', 'https://example.com/qr.png'],
    ['a data URL that is not an image', 'data:text/html;base64,PHNjcmlwdD4='],
    ['a data URL without data', 'data:image/png;base64,'],
    ['base64 that is not a PNG', '/9j/4AAQSkZJRg=='],
    ['text', 'not a QR code'],
    ['an otpauth URL', 'otpauth://totp/a?secret=JBSWY3DPEHPK3PXP'],
  ])('refuses %s as invalid-response, without echoing it', (_, qrCode) => {
    let thrown: unknown;
    try {
      qrCodeImageSource(qrCode);
    } catch (error) {
      thrown = error;
    }
    expect(isMfaApiError(thrown) && thrown.kind).toBe('invalid-response');
    expect((thrown as Error).message).toMatch(/neither a data:image URL nor a base64 PNG/);
    if (qrCode) expect((thrown as Error).message).not.toContain(qrCode);
  });
});
