import { PinInput } from '@ark-ui/react/pin-input';
import type { KitProps } from './kit-props.js';
import { CODE_LENGTH } from './kit-props.js';

const SLOTS = Array.from({ length: CODE_LENGTH }, (_, index) => index);

/** Ark UI's PinInput (deep import of pin-input only) as its docs show it, in one-time-code mode. */
export function ArkPinInput({ value, onChange }: KitProps) {
  return (
    <PinInput.Root
      otp
      type="numeric"
      count={CODE_LENGTH}
      value={value.split('')}
      onValueChange={(details) => onChange(details.valueAsString)}
      className="kit-row"
    >
      <PinInput.Label className="kit-label">Verification code</PinInput.Label>
      <PinInput.Control className="kit-row">
        {SLOTS.map((index) => (
          <PinInput.Input key={index} index={index} className="kit-slot" />
        ))}
      </PinInput.Control>
      <PinInput.HiddenInput />
    </PinInput.Root>
  );
}
