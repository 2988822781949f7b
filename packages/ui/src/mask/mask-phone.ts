import { sanitizeCode } from '@mfa-kit/core';

/** The last `count` digits of a phone number (any script's digits, as ASCII); fewer if it has fewer. */
export function phoneLastDigits(phone: string, count = 4): string {
  const digits = sanitizeCode(phone, Number.POSITIVE_INFINITY);
  return count > 0 ? digits.slice(-count) : '';
}

/**
 * A phone number hidden but for its last four digits: `+1 (555) 123-4567` -> `•••• 4567`. Already
 * masked numbers (`+1******4567`) work the same. Show it in a left-to-right run (`.mfa-phone`).
 */
export function maskPhone(phone: string): string {
  const last = phoneLastDigits(phone);
  return last ? `•••• ${last}` : '••••';
}
