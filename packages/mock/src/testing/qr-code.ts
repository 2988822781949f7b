// Reading an authenticator app's QR code back, as the app's camera does: what the QR holds, from the `qrCode`
// an answer carried (either shape) or from a screenshot of the image a page drew.
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** A PNG as bytes (a screenshot), or as `qrCode` comes: a `data:image/png;base64,…` URL or bare base64. */
export type QrCodePng = string | Uint8Array;

function pngBytes(qrCode: QrCodePng): Buffer {
  if (typeof qrCode !== 'string') return Buffer.from(qrCode);
  const dataUrl = /^data:image\/png(?:;[^,;]+)*;base64,/i.exec(qrCode);
  return Buffer.from(dataUrl ? qrCode.slice(dataUrl[0].length) : qrCode, 'base64');
}

/** The text (an `otpauth://` URL) a QR code PNG holds; throws when no QR code can be read from it. */
export function readQrCode(qrCode: QrCodePng): string {
  const png = PNG.sync.read(pngBytes(qrCode));
  const text = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
  if (!text) throw new Error('No QR code could be read from the image');
  return text;
}

/** The base32 setup key of the `otpauth://` URL a QR code holds: what a test types codes from. */
export function secretOfQrCode(qrCode: QrCodePng): string {
  const secret = new URL(readQrCode(qrCode)).searchParams.get('secret');
  if (!secret) throw new Error('The QR code holds no setup key');
  return secret;
}
