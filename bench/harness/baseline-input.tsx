import type { KitProps } from '../kits/kit-props.js';
import { CODE_LENGTH } from '../kits/kit-props.js';

/** No kit: one plain controlled `<input>`, the floor every kit's cost is read against. */
export function BaselineInput({ value, onChange }: KitProps) {
  return (
    <input
      className="kit-baseline"
      aria-label="Verification code"
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={CODE_LENGTH}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
