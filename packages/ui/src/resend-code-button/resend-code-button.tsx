import { forwardRef, useState } from 'react';
import type { ButtonHTMLAttributes } from 'react';
import { formatCountdown } from '../messages/format-countdown.js';
import type { MfaMessagesOverride } from '../messages/messages.js';
import { useMfaMessages } from '../messages/messages-context.js';

/** Props of {@link ResendCodeButton}. Every other prop goes to the `<button>`. */
export interface ResendCodeButtonProps extends Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  'type' | 'onClick' | 'children' | 'disabled'
> {
  /** Seconds until a new code may be requested; 0 when it may be now. The caller's clock drives it. */
  secondsLeft: number;
  /** Asks for a new code. Not called while waiting, pending or disabled. */
  onResend: () => void;
  /** A resend request is on its way. */
  pending?: boolean | undefined;
  /** Unavailable for another reason. The button stays focusable, marked `aria-disabled`. */
  disabled?: boolean | undefined;
  /** Texts to replace (`resendCode`, `resendCodeIn`, `resendingCode`, `resendAvailable`). */
  messages?: MfaMessagesOverride | undefined;
}

/**
 * "Resend code in 0:27", then "Resend code". It owns no timer: render it with the hook's
 * `secondsLeft`. While it cannot be used it is `aria-disabled` rather than disabled, so keyboard
 * focus is not lost; its accessible name stays "Resend code" (the countdown is visual), and a
 * polite live region says once, when the wait ends, that a new code can be requested.
 */
export const ResendCodeButton = /* @__PURE__ */ forwardRef<
  HTMLButtonElement,
  ResendCodeButtonProps
>(function ResendCodeButton(
  { secondsLeft, onResend, pending = false, disabled = false, messages, className, ...buttonProps },
  ref,
) {
  const text = useMfaMessages(messages);
  const waiting = secondsLeft > 0;
  const blocked = waiting || pending || disabled;
  // Announce only the end of a wait seen here: not a button ready from the start, and not again
  // when a later resend request finishes.
  const [seen, setSeen] = useState({ waiting, pending });
  const [waitEnded, setWaitEnded] = useState(false);
  if (seen.waiting !== waiting || seen.pending !== pending) {
    setSeen({ waiting, pending });
    setWaitEnded(seen.waiting && !waiting && !pending);
  }

  return (
    <>
      <button
        {...buttonProps}
        ref={ref}
        type="button"
        className={className ? `mfa-button mfa-resend ${className}` : 'mfa-button mfa-resend'}
        data-variant="link"
        data-waiting={waiting || undefined}
        data-pending={pending || undefined}
        aria-disabled={blocked || undefined}
        onClick={() => {
          if (!blocked) onResend();
        }}
      >
        {pending ? (
          text.resendingCode
        ) : waiting ? (
          <>
            <span className="mfa-visually-hidden">{text.resendCode}</span>
            <span aria-hidden="true">{text.resendCodeIn(formatCountdown(secondsLeft))}</span>
          </>
        ) : (
          text.resendCode
        )}
      </button>
      <span className="mfa-visually-hidden" role="status" aria-live="polite">
        {waitEnded ? text.resendAvailable : ''}
      </span>
    </>
  );
});
