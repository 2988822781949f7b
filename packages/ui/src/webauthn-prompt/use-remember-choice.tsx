import type { RememberDeviceOffer } from '@mfa-kit/react';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { RememberDeviceCheckbox } from '../remember-device-checkbox/remember-device-checkbox.js';

/**
 * A passkey step's "don't ask again on this device": checked by default, offered only when the tenant allows it.
 * `checkbox` goes in `WebAuthnPrompt`'s `options`; `rememberDevice` is what the press sends.
 */
export function useRememberChoice({ allowed, days }: RememberDeviceOffer): {
  rememberDevice: boolean;
  checkbox: ReactNode;
} {
  const [checked, setChecked] = useState(true);
  return {
    rememberDevice: allowed && checked,
    checkbox: allowed && (
      <RememberDeviceCheckbox
        checked={checked}
        onChange={(event) => setChecked(event.currentTarget.checked)}
        days={days}
      />
    ),
  };
}
