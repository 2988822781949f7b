import { CodeInput } from '@mfa-kit/ui';
import type { KitProps } from './kit-props.js';

/** Ours: one real input drawn as slots (styles from '@mfa-kit/ui/styles.css'). */
export function MfaKitCodeInput({ value, onChange }: KitProps) {
  return <CodeInput value={value} onValueChange={onChange} aria-label="Verification code" />;
}
