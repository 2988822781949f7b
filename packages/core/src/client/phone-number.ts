/**
 * E.164, the form Frontegg takes a phone number in ("international format"; the spec's own pattern is the literal
 * text "phoneNumberRegexp"): a plus, a country code that does not start with 0, at most 15 digits in all. A
 * pattern, for a form schema's `regex` check.
 */
export const E164_PATTERN = /^\+[1-9]\d{6,14}$/;

/** Whether `phoneNumber` is in E.164 form, e.g. `+14155550123`. */
export function isE164(phoneNumber: string): boolean {
  return E164_PATTERN.test(phoneNumber);
}

/** A phone number as typed, without the spaces, dashes, dots and parentheses people put in it. */
export function compactPhoneNumber(typed: string): string {
  return typed.replace(/[\s\-.()\u2010-\u2015]/g, '');
}

/** A typed phone number as E.164 (`+1 (415) 555-0123` → `+14155550123`), or `null` when it is not one. */
export function toE164(typed: string): string | null {
  const compact = compactPhoneNumber(typed);
  return isE164(compact) ? compact : null;
}
