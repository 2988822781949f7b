import { OTPInput, REGEXP_ONLY_DIGITS } from 'input-otp';
import type { KitProps } from './kit-props.js';
import { CODE_LENGTH } from './kit-props.js';

/** input-otp as its README shows it: one input, slots drawn by a render function, digits only. */
export function InputOtpCodeInput({ value, onChange }: KitProps) {
  return (
    <OTPInput
      value={value}
      onChange={onChange}
      maxLength={CODE_LENGTH}
      pattern={REGEXP_ONLY_DIGITS}
      aria-label="Verification code"
      containerClassName="kit-row"
      render={({ slots }) => (
        <>
          {slots.map((slot, index) => (
            <div key={index} className="kit-slot" data-active={slot.isActive || undefined}>
              {slot.char}
            </div>
          ))}
        </>
      )}
    />
  );
}
