import { useId } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { MfaMessagesOverride } from '../messages/messages.js';
import { useMfaMessages } from '../messages/messages-context.js';
import type { PhoneNumberFormValues } from './use-phone-number-form.js';

/** Props of {@link PhoneNumberField}. */
export interface PhoneNumberFieldProps {
  /** `usePhoneNumberForm(...).form`: checks the number (E.164 once compacted) before anything is sent. */
  form: UseFormReturn<PhoneNumberFormValues, unknown, PhoneNumberFormValues>;
  readOnly?: boolean | undefined;
  messages?: MfaMessagesOverride | undefined;
}

/**
 * A phone number's labelled field, with the country code asked for in its hint, the phone keypad on touch screens,
 * the browser's autofill, and what is wrong with the number once the form was submitted.
 */
export function PhoneNumberField({ form, readOnly, messages: override }: PhoneNumberFieldProps) {
  const texts = useMfaMessages(override).enroll;
  const id = useId();
  const error = form.formState.errors.phoneNumber?.message;
  return (
    <div className="mfa-field">
      <label className="mfa-label" htmlFor={id}>
        {texts.phoneLabel}
      </label>
      <input
        {...form.register('phoneNumber')}
        id={id}
        className="mfa-text-input"
        type="tel"
        autoComplete="tel"
        inputMode="tel"
        dir="ltr"
        readOnly={readOnly}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
      />
      <p className="mfa-hint" id={`${id}-hint`}>
        {texts.phoneHint}
      </p>
      {error && (
        <p className="mfa-alert" data-variant="error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
