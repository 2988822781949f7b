// The form's name before `remove` was the glossary's word for it (issue #19): kept until the next minor version.
import { RemovePhoneWithCodeForm } from './remove-phone-with-code-form.js';
import type { RemovePhoneWithCodeFormProps } from './remove-phone-with-code-form.js';

/** @deprecated Use {@link RemovePhoneWithCodeFormProps}: `onDone` for `onDisabled`. */
export interface DisableSmsMfaFormProps extends Omit<RemovePhoneWithCodeFormProps, 'onDone'> {
  /** Called once the device is off (the devices list is already refreshed). */
  onDisabled?: (() => void) | undefined;
}

/**
 * @deprecated Use {@link RemovePhoneWithCodeForm}: the same form, `onDone` for `onDisabled`; its `data-step`
 * ends `verified` (was `disabled`).
 */
// eslint-disable-next-line @typescript-eslint/no-deprecated -- the deprecated form takes its deprecated props
export function DisableSmsMfaForm({ onDisabled, ...props }: DisableSmsMfaFormProps) {
  return <RemovePhoneWithCodeForm {...props} onDone={onDisabled} />;
}
