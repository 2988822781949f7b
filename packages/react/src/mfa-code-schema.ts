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

/**
 * The zod (`zod/mini`) schema of a recovery-code form: `code`, any visible text of at most 64 characters once
 * trimmed (Frontegg does not document the format, and its own login UI sends what was typed); `rememberDevice` is
 * unused but kept, so the form has the code form's fields.
 *
 * @example
 * const { form, onSubmit } = useMfaCodeForm(flow, { schema: recoveryCodeSchema() });
 */
export function recoveryCodeSchema() {
  const error = 'Enter a recovery code.';
  return object({
    // One pattern, length limit included: zod's length checks would add their code to every login step.
    code: string({ error }).check(
      trim(),
      regex(/^(?=[\s\S]{1,64}$)[^\p{C}\s](?:[^\p{C}]*[^\p{C}\s])?$/u, { error }),
    ),
    rememberDevice: boolean(),
  });
}
