// Test support: reading an enrolment's QR code back in Node, as an authenticator app's camera does.
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** The base32 secret of the `otpauth://` URL a base64 PNG QR code holds. */
export function secretOfQrCode(qrCode: string): string {
  const png = PNG.sync.read(Buffer.from(qrCode, 'base64'));
  const url = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? '';
  return new URL(url).searchParams.get('secret') ?? '';
}
