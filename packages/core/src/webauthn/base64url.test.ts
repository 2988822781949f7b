import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from './base64url.js';

describe('base64url', () => {
  it("encodes any bytes as Node's base64url does, and decodes them back", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (array) => {
        const buffer = array.slice().buffer;
        const text = toBase64Url(buffer);
        expect(text).toBe(Buffer.from(array).toString('base64url'));
        expect(fromBase64Url(text)).toStrictEqual(buffer);
      }),
    );
  });

  it('decodes padded text too', () => {
    expect(fromBase64Url('-_8=')).toStrictEqual(new Uint8Array([0xfb, 0xff]).buffer);
  });

  it('throws on text that is not base64url', () => {
    expect(() => fromBase64Url('not base64url!')).toThrow();
  });
});
