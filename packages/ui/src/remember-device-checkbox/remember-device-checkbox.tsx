import { forwardRef } from 'react';
import type { InputHTMLAttributes } from 'react';
import type { MfaMessagesOverride } from '../messages/messages.js';
import { useMfaMessages } from '../messages/messages-context.js';

/** Props of {@link RememberDeviceCheckbox}. Every other prop goes to the `<input type="checkbox">`. */
export interface RememberDeviceCheckboxProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'children'
> {
  /**
   * How long the device is remembered, in days (the policy's `mfaDeviceExpiration / 86400`).
   * Default 14. Not a positive number: the label leaves the duration out.
   */
  days?: number | null | undefined;
  /** Texts to replace (`rememberDevice`). */
  messages?: MfaMessagesOverride | undefined;
  /** Class of the `<label>` around the checkbox. */
  className?: string | undefined;
}

/**
 * "Don't ask again on this device for 14 days": a native checkbox inside its label, so it works
 * with `register`, forms and screen readers as is. The ref and all input props reach the checkbox.
 */
export const RememberDeviceCheckbox = /* @__PURE__ */ forwardRef<
  HTMLInputElement,
  RememberDeviceCheckboxProps
>(function RememberDeviceCheckbox({ days = 14, messages, className, style, ...inputProps }, ref) {
  const text = useMfaMessages(messages);
  const wholeDays =
    typeof days === 'number' && days >= 1 && Number.isFinite(days) ? Math.floor(days) : null;
  return (
    <label
      className={className ? `mfa-checkbox ${className}` : 'mfa-checkbox'}
      style={style}
      data-disabled={inputProps.disabled || undefined}
    >
      <input {...inputProps} ref={ref} type="checkbox" className="mfa-checkbox__input" />
      <span className="mfa-checkbox__label">{text.rememberDevice(wholeDays)}</span>
    </label>
  );
});
