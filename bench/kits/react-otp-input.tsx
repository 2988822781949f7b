import OTPInput from 'react-otp-input';
import type { KitProps } from './kit-props.js';
import { CODE_LENGTH } from './kit-props.js';

/** react-otp-input as its README shows it: one input per digit, numeric. */
export function ReactOtpCodeInput({ value, onChange }: KitProps) {
  return (
    <OTPInput
      value={value}
      onChange={onChange}
      numInputs={CODE_LENGTH}
      inputType="tel"
      containerStyle="kit-row"
      renderInput={(props) => <input {...props} className="kit-slot" />}
    />
  );
}
