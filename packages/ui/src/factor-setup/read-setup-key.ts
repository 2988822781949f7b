import { secretOfOtpauthUrl } from './setup-key.js';

/**
 * Reads the setup key out of a QR code in the browser, from the image shown (`qrCodeImageSource`): the image is
 * drawn to a canvas and the decoder, loaded only now, reads the `otpauth://` URL from its pixels. Throws when any
 * of it fails.
 */
export async function readSetupKey(imageSource: string): Promise<string> {
  const image = new Image();
  image.src = imageSource;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas');
  context.drawImage(image, 0, 0);
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
  const { default: jsQR } = await import('jsqr');
  const secret = secretOfOtpauthUrl(jsQR(pixels.data, pixels.width, pixels.height)?.data ?? '');
  if (!secret) throw new Error('No setup key in the QR code');
  return secret;
}
