// Authenticator-app codes (TOTP, RFC 6238: SHA-1, 6 digits, 30-second steps, as Frontegg's QR codes set up),
// computed by otpauth. It is loaded on first use, so a backend that never checks a TOTP never downloads it.
import type { MockAuthenticatorApp } from './users';

/** True when `code` is what one of `apps` shows at `timestamp`, or one step either side (clock drift). */
export async function matchesTotp(
  apps: readonly MockAuthenticatorApp[],
  code: string,
  timestamp: number,
): Promise<boolean> {
  const { Secret, TOTP } = await import('otpauth');
  return apps.some(
    (app) =>
      TOTP.validate({
        token: code,
        secret: Secret.fromBase32(app.secret),
        timestamp,
        window: 1,
      }) !== null,
  );
}

/**
 * The code an authenticator app set up with `secret` (base32) shows at `timestamp` (default now): for tests
 * and demos, with a seeded user's secret.
 */
export async function totpCode(secret: string, timestamp: number = Date.now()): Promise<string> {
  const { Secret, TOTP } = await import('otpauth');
  return TOTP.generate({ secret: Secret.fromBase32(secret), timestamp });
}

/** Who the enrollment QR code names: the app shows it beside the code. */
const ISSUER = 'mfa-kit mock';

/**
 * The QR code that sets up an authenticator app with `secret` for `account`: a PNG of the `otpauth://` URL, as a
 * complete `data:image/png;base64,…` URL as Frontegg answers it (`@frontegg/react-auth` 4.0.23, `index.esm.js`:
 * `<img src={qrCode}>`), or with `format: 'base64'` the bare base64 PNG. qrcode is loaded on first use, as
 * otpauth is.
 */
export async function enrollmentQrCode(
  secret: string,
  account: string,
  format: 'data-url' | 'base64',
): Promise<string> {
  const [{ Secret, TOTP }, { toDataURL }] = await Promise.all([
    import('otpauth'),
    import('qrcode'),
  ]);
  const url = new TOTP({
    issuer: ISSUER,
    label: account,
    secret: Secret.fromBase32(secret),
  }).toString();
  const dataUrl = await toDataURL(url);
  return format === 'data-url' ? dataUrl : dataUrl.replace(/^data:image\/png;base64,/, '');
}
