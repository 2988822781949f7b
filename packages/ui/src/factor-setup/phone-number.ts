import { z } from 'zod';

/** A phone number as typed, without the spaces, dashes, dots and parentheses people put in it. */
export function compactPhoneNumber(typed: string): string {
  return typed.replace(/[\s\-.()]/g, '');
}

const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * A phone number field's schema: required, then E.164 once compacted (`+14155550123`); its output is the E.164
 * number. The messages are the caller's (`enrol.phoneRequired`, `enrol.phoneInvalid`).
 */
export function phoneNumberSchema(texts: { phoneRequired: string; phoneInvalid: string }) {
  return z
    .string()
    .transform(compactPhoneNumber)
    .pipe(z.string().min(1, texts.phoneRequired).regex(E164, texts.phoneInvalid));
}
