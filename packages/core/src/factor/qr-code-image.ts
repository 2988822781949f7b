import { MfaApiError } from '../client/errors.js';

// Frontegg answers `qrCode` as a complete data URL: its own open-source login UI (`@frontegg/react-auth`
// 4.0.23, index.esm.js) renders `<img src={qrCode}>` as it comes. The published spec says only "QR code to be
// verified by authenticator app", so a bare base64 PNG is accepted too.
const DATA_IMAGE_URL = /^data:image\/[\w.+-]+(?:;[\w.+-]+=[\w.+-]+)*(?:;base64)?,\S+$/i;
// A PNG's signature (89 50 4E 47 0D 0A 1A 0A) in base64; the rest must be base64 too.
const BASE64_PNG = /^iVBORw0KGgo[A-Za-z0-9+/]*={0,2}$/;

/**
 * The image source of an authenticator app's QR code, whatever shape `qrCode` came in: a `data:image/…` URL as
 * it comes, a bare base64 PNG with the `data:image/png;base64,` prefix. Anything else (a remote URL, text, an
 * empty string) throws an `MfaApiError` of kind `invalid-response`: an image the page could not show.
 */
export function qrCodeImageSource(qrCode: string): string {
  const trimmed = qrCode.trim();
  if (DATA_IMAGE_URL.test(trimmed)) return trimmed;
  const base64 = trimmed.replace(/\s+/g, '');
  if (BASE64_PNG.test(base64)) return `data:image/png;base64,${base64}`;
  throw new MfaApiError({
    kind: 'invalid-response',
    message: 'The QR code from the server is neither a data:image URL nor a base64 PNG.',
  });
}
