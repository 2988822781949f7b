// How the embedded mock answers an authenticator app's QR code: as Frontegg does, or in the other shape the
// published spec leaves possible, to see (and test) that the kit takes both.

/** `data-url`: the default, a complete `data:image/png;base64,…` URL as Frontegg sends it. */
export type QrCodeFormat = 'data-url' | 'base64';

/** The query parameter that makes the mock answer bare base64 for this page load: `?qr-code=base64`. */
export const QR_CODE_FORMAT_PARAM = 'qr-code';

/** Reads the format from the page's query string; anything but `base64` is the default. */
export function readQrCodeFormat(search: string): QrCodeFormat {
  return new URLSearchParams(search).get(QR_CODE_FORMAT_PARAM) === 'base64' ? 'base64' : 'data-url';
}
