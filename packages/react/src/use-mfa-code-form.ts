import { isRefusedCode } from '@mfa-kit/core';
import type { MfaApiError } from '@mfa-kit/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import type { BaseSyntheticEvent } from 'react';
import { useForm } from 'react-hook-form';
import type { UseFormReturn } from 'react-hook-form';
import { mfaCodeSchema } from './mfa-code-schema.js';
import type { recoveryCodeSchema } from './mfa-code-schema.js';

/** The fields of a code form. */
export interface MfaCodeFormValues {
  code: string;
  rememberDevice: boolean;
}

/** The part of a code flow the form needs: the result of `useEmailMfa` or `useRemovePhoneWithCode` fits. */
export interface MfaCodeFormFlow {
  verifyCode: (input: MfaCodeFormValues) => unknown;
  error: MfaApiError | null;
  failedAction: 'send' | 'verify' | null;
  /** A code the server refused is not sent again; the form says so instead. */
  isCodeRefused?: ((code: string) => boolean) | undefined;
  /** @deprecated Use `isCodeRefused`, which wins when both are given. */
  isRejectedCode?: ((code: string) => boolean) | undefined;
}

/** The `type` of the code field's error when the entered code was already refused (nothing was sent). */
export const REPEATED_CODE = 'repeated-code';
const REPEATED_CODE_MESSAGE = 'Code already tried.';

/** Options of {@link useMfaCodeForm}. */
export interface UseMfaCodeFormOptions {
  /** Digits in a code. Default 6. */
  length?: number | undefined;
  /** The remember-device box's first value. Default `false`. */
  rememberDevice?: boolean | undefined;
  /** What a valid entry is, when not `length` digits: e.g. `recoveryCodeSchema()`. Read once. */
  schema?: ReturnType<typeof recoveryCodeSchema> | undefined;
  /**
   * A refused code stays in the field, selected, for the user to correct: for a long code typed by hand (a
   * recovery code). Default `false`: the field is emptied for a fresh code.
   */
  keepRefusedCode?: boolean | undefined;
}

/** What {@link useMfaCodeForm} returns. */
export interface UseMfaCodeFormResult {
  /** The react-hook-form form: `register('code')` (or a `Controller`) and `register('rememberDevice')`. */
  form: UseFormReturn<MfaCodeFormValues>;
  /** Validates, then calls the flow's `verifyCode`: pass it to `<form onSubmit>`, or call it on auto-submit. */
  onSubmit: (event?: BaseSyntheticEvent) => Promise<void>;
}

/**
 * A react-hook-form form for a code flow. A failed check lands on the `code` field as an error whose `type` is
 * the `MfaApiError` kind (translate by it) and whose `message` is the error's English text. When the server
 * refused the code (`isRefusedCode`: wrong, expired, out of attempts) the field is emptied (or, with
 * `keepRefusedCode`, selected) and refocused, ready for a fresh code, the remember-device choice kept; submitting a code it refused before sends
 * nothing and sets the error type {@link REPEATED_CODE}. The error goes once a new request starts. Submitting
 * twice (Enter plus auto-submit) checks once: the flow ignores the second.
 *
 * @example
 * const { form, onSubmit } = useMfaCodeForm(mfa);
 * <form onSubmit={onSubmit}><input {...form.register('code')} autoComplete="one-time-code" /></form>
 */
export function useMfaCodeForm(
  flow: MfaCodeFormFlow,
  {
    length = 6,
    rememberDevice = false,
    schema,
    keepRefusedCode = false,
  }: UseMfaCodeFormOptions = {},
): UseMfaCodeFormResult {
  const { verifyCode, error, failedAction } = flow;
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- a flow of the app's own may still say it so
  const isCodeRefused = flow.isCodeRefused ?? flow.isRejectedCode;
  const [custom] = useState(schema);
  const resolver = useMemo(
    () => zodResolver(custom ?? mfaCodeSchema({ length })),
    [custom, length],
  );
  const form = useForm<MfaCodeFormValues>({
    resolver,
    defaultValues: { code: '', rememberDevice },
  });
  const { setError, setValue, setFocus, clearErrors, handleSubmit } = form;

  useEffect(() => {
    if (!error) {
      clearErrors('code');
    } else if (failedAction === 'verify') {
      // A sent code is emptied rather than kept selected: the next key, paste or autofill starts a fresh
      // code, and mobile browsers show no selection menu over the field.
      if (isRefusedCode(error)) {
        if (!keepRefusedCode) setValue('code', '');
        setFocus('code', { shouldSelect: keepRefusedCode });
      }
      setError('code', { type: error.kind, message: error.message });
    }
  }, [error, failedAction, keepRefusedCode, clearErrors, setError, setValue, setFocus]);

  const onSubmit = useMemo(
    () =>
      handleSubmit((values) => {
        if (isCodeRefused?.(values.code)) {
          setError('code', { type: REPEATED_CODE, message: REPEATED_CODE_MESSAGE });
        } else {
          verifyCode(values);
        }
      }),
    [handleSubmit, verifyCode, isCodeRefused, setError],
  );
  return useMemo(() => ({ form, onSubmit }), [form, onSubmit]);
}
