import { E164_PATTERN, compactPhoneNumber } from '@mfa-kit/core';
import { overwrite, regex, string } from 'zod/mini';

/**
 * A phone number field's schema (zod/mini): required, then E.164 once compacted (core's `toE164` rule); its output is
 * the E.164 number. The messages are the caller's (`enroll.phoneRequired`, `enroll.phoneInvalid`).
 */
export function phoneNumberSchema(texts: { phoneRequired: string; phoneInvalid: string }) {
  return string().check(
    overwrite(compactPhoneNumber),
    // A pattern, not zod's length check, which would add its code to every login step.
    regex(/./, { error: texts.phoneRequired }),
    // A pattern, not a refine: zod's refine would join the login step's first load.
    regex(E164_PATTERN, { error: texts.phoneInvalid }),
  );
}
