import { overwrite, regex, string } from 'zod/mini';

/** A phone number as typed, without the spaces, dashes, dots and parentheses people put in it. */
export function compactPhoneNumber(typed: string): string {
  return typed.replace(/[\s\-.()\u2010-\u2015]/g, '');
}

// E.164: a plus, a country code that does not start with 0, at most 15 digits in all.
const E164 = /^\+[1-9]\d{6,14}$/;

/** A typed phone number as E.164 (`+14155550123`), or `null` when it is not one. */
export function toE164(typed: string): string | null {
  const compact = compactPhoneNumber(typed);
  return E164.test(compact) ? compact : null;
}

/**
 * A phone number field's schema (zod/mini): required, then E.164 once compacted; its output is the E.164
 * number. The messages are the caller's (`enrol.phoneRequired`, `enrol.phoneInvalid`).
 */
export function phoneNumberSchema(texts: { phoneRequired: string; phoneInvalid: string }) {
  return string().check(
    overwrite(compactPhoneNumber),
    // A pattern, not zod's length check, which would add its code to every login step.
    regex(/./, { error: texts.phoneRequired }),
    regex(E164, { error: texts.phoneInvalid }),
  );
}
