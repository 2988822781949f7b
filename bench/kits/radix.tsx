import * as OneTimePasswordField from '@radix-ui/react-one-time-password-field';
import type { KitProps } from './kit-props.js';
import { CODE_LENGTH } from './kit-props.js';

const SLOTS = Array.from({ length: CODE_LENGTH }, (_, index) => index);

/** Radix's one-time-password field as its docs show it: one input per digit plus the hidden input. */
export function RadixCodeInput({ value, onChange }: KitProps) {
  return (
    <OneTimePasswordField.Root
      value={value}
      onValueChange={onChange}
      validationType="numeric"
      aria-label="Verification code"
      className="kit-row"
    >
      {SLOTS.map((index) => (
        <OneTimePasswordField.Input key={index} className="kit-slot" />
      ))}
      <OneTimePasswordField.HiddenInput />
    </OneTimePasswordField.Root>
  );
}
