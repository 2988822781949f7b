import { boolean, object, regex, string, trim } from 'zod/mini';

/** Options of {@link mfaCodeSchema}. */
export interface MfaCodeSchemaOptions {
  /** Digits in a code. Default 6. */
  length?: number | undefined;
}

/**
 * The zod (`zod/mini`) schema of a code form: `code`, exactly `length` digits (surrounding spaces trimmed), and
 * `rememberDevice`. Its messages are plain English defaults; translate by the issue instead of the text.
 *
 * @throws RangeError when `length` is not a whole number from 1 to 12 (a programming error).
 * @example
 * const result = safeParse(mfaCodeSchema({ length: 6 }), { code: '123456', rememberDevice: false });
 */
export function mfaCodeSchema({ length = 6 }: MfaCodeSchemaOptions = {}) {
  if (!Number.isInteger(length) || length < 1 || length > 12) {
    throw new RangeError(`mfaCodeSchema: length must be a whole number, 1 to 12; got ${length}.`);
  }
  const error = `Enter the ${length}-digit code.`;
  return object({
    code: string({ error }).check(trim(), regex(new RegExp(`^\\d{${length}}$`), { error })),
    rememberDevice: boolean(),
  });
}
