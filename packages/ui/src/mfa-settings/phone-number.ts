import { regex, safeParse, string } from 'zod/mini';

// E.164: a plus, a country code that does not start with 0, at most 15 digits in all.
const e164 = string().check(regex(/^\+[1-9]\d{6,14}$/));

/** A typed phone number as E.164 (spaces, dashes, dots and brackets dropped), or null when it is not one. */
export function toE164(typed: string): string | null {
  const compact = typed.replace(/[\s\-.()\u2010-\u2015]/g, '');
  return safeParse(e164, compact).success ? compact : null;
}
