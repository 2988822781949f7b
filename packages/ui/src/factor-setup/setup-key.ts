/** The base32 secret of an `otpauth://` URL (what a QR code of an authenticator app holds); `null` if none. */
export function secretOfOtpauthUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'otpauth:') return null;
    const secret = parsed.searchParams.get('secret');
    return secret ? secret.toUpperCase() : null;
  } catch {
    return null;
  }
}

/** A setup key in groups of four, as apps show it and people type it: `JBSW Y3DP EHPK 3PXP`. */
export function groupSetupKey(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? '';
}
