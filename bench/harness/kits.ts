import type { ComponentType } from 'react';
import { ArkPinInput } from '../kits/ark-ui.js';
import { InputOtpCodeInput } from '../kits/input-otp.js';
import type { KitProps } from '../kits/kit-props.js';
import { MfaKitCodeInput } from '../kits/mfa-kit.js';
import { BaselineInput } from './baseline-input.js';
import { RadixCodeInput } from '../kits/radix.js';
import { ReactOtpCodeInput } from '../kits/react-otp-input.js';

/**
 * A code input under test: its component and the elements a user clicks to reach a slot (one element
 * for all six when the kit draws no slots).
 */
export interface HarnessKit {
  Kit: ComponentType<KitProps>;
  slotSelector: string;
}

/** Every kit in the harness, ours first; the ids match the size entries (`code-input/<id>`), plus the baseline. */
export const HARNESS_KITS: Record<string, HarnessKit> = {
  'mfa-kit': { Kit: MfaKitCodeInput, slotSelector: '.mfa-code__slot' },
  'input-otp': { Kit: InputOtpCodeInput, slotSelector: '.kit-slot' },
  'react-otp-input': { Kit: ReactOtpCodeInput, slotSelector: '.kit-slot' },
  radix: { Kit: RadixCodeInput, slotSelector: '.kit-slot' },
  'ark-ui': { Kit: ArkPinInput, slotSelector: '.kit-slot' },
  baseline: { Kit: BaselineInput, slotSelector: '.kit-baseline' },
};
