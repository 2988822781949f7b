import { totpCode } from '../totp';

/** `code` with each digit moved up by `by` (mod 10). */
const shifted = (code: string, by: number): string =>
  code.replace(/\d/g, (digit) => String((Number(digit) + by) % 10));

/** A code of the same length that is surely not `code`: each digit moved up by one. */
export function wrongCode(code: string): string {
  return shifted(code, 1);
}

/** `count` distinct codes of the same length as `code`, none of them `code`: its digits moved up by 1, 2, … */
export function wrongCodes(code: string, count: number): string[] {
  // A shift by 10 would give `code` back.
  if (!Number.isInteger(count) || count < 0 || count > 9) {
    throw new RangeError(`wrongCodes: count must be a whole number from 0 to 9, got ${count}`);
  }
  return Array.from({ length: count }, (_, index) => shifted(code, index + 1));
}

/**
 * A 6-digit code that an authenticator app set up with `secret` (base32) does not show around `timestamp`
 * (default now): neither the step of `timestamp` nor the one either side, which a server accepts for drift.
 */
export async function wrongTotp(secret: string, timestamp: number = Date.now()): Promise<string> {
  const shown = await Promise.all(
    [-30_000, 0, 30_000].map((shift) => totpCode(secret, timestamp + shift)),
  );
  let candidate = 0;
  while (shown.includes(String(candidate).padStart(6, '0'))) candidate += 1;
  return String(candidate).padStart(6, '0');
}
