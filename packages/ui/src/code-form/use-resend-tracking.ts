import { useCallback, useState } from 'react';

/**
 * Whether this form asked for a new code (its status then says "We sent you a new code"), and the resend that
 * remembers it. Returns whether a request started, as `resendCode` does.
 */
export function useResendTracking(resendCode: () => boolean) {
  const [resent, setResent] = useState(false);
  const resend = useCallback(() => {
    const started = resendCode();
    if (started) setResent(true);
    return started;
  }, [resendCode]);
  return { resent, resend };
}
