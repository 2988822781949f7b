import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { object } from 'zod/mini';
import type { MfaEnrollMessages } from '../messages/messages.js';
import { phoneNumberSchema } from './phone-number.js';

/** What a phone number form holds. */
export interface PhoneNumberFormValues {
  phoneNumber: string;
}

/**
 * The form of {@link PhoneNumberField}: `onSubmit` calls `onValid` with the E.164 number, only once the typed
 * number is one, so an invalid number sends nothing and the field says why.
 */
export function usePhoneNumberForm(
  onValid: (phoneNumber: string) => void,
  texts: Pick<MfaEnrollMessages, 'phoneRequired' | 'phoneInvalid'>,
) {
  const { phoneRequired, phoneInvalid } = texts;
  const schema = useMemo(
    () => object({ phoneNumber: phoneNumberSchema({ phoneRequired, phoneInvalid }) }),
    [phoneRequired, phoneInvalid],
  );
  const form = useForm<PhoneNumberFormValues, unknown, PhoneNumberFormValues>({
    resolver: zodResolver(schema),
    defaultValues: { phoneNumber: '' },
  });
  return { form, onSubmit: form.handleSubmit(({ phoneNumber }) => onValid(phoneNumber)) };
}
