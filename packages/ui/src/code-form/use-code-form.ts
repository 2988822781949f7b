import { useMfaCodeForm } from '@mfa-kit/react';
import type {
  MfaCodeFormFlow,
  MfaCodeFormValues,
  MfaFlowResult,
  UseMfaCodeFormOptions,
} from '@mfa-kit/react';
import { useCallback, useState } from 'react';
import type { SyntheticEvent } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useMfaMessages } from '../messages/messages-context.js';
import { connectCodeForm } from './connect-code-form.js';
import type { CodeFieldsProps } from './code-fields.js';
import type { CodeFormProps } from './code-form.js';
import type { CodeFormFlow, CodeFormTexts, CodeFormView } from './connect-code-form.js';

/** Options of {@link useCodeForm}. */
export interface UseCodeFormOptions {
  /** The flow is done (the step the factor calls `verified`, or `disabled`). */
  done: boolean;
  /** The factor's words; the shared texts come from the nearest `MfaMessagesProvider`. */
  texts: CodeFormTexts;
  /** Digits in a code (0 for a code typed as text, with its own `schema`). */
  length: number;
  /** What a submit checks the code with, when not the flow's `verifyCode` (to add the remember-device choice). */
  verify?: MfaCodeFormFlow['verifyCode'] | undefined;
  /** The remember-device box's first value. */
  rememberDevice?: boolean | undefined;
  /** A new code can be asked for (a sent code). Default `true`; `false` hides the resend button. */
  resendable?: boolean | undefined;
  /** What a valid entry is, when not `length` digits (`recoveryCodeSchema()`). */
  schema?: UseMfaCodeFormOptions['schema'];
  /** A refused code stays in the field, selected, for the user to correct (a code typed by hand). */
  keepRefusedCode?: boolean | undefined;
}

/** What {@link useCodeForm} gives a code form. */
export interface UseCodeFormResult {
  /** The react-hook-form form of the code (and the remember-device choice). */
  form: UseFormReturn<MfaCodeFormValues>;
  /** What to render (`connectCodeForm`): the stage, status, alert and the buttons' state. */
  view: CodeFormView;
  /** To spread on `CodeForm` (add `title`). */
  formProps: Pick<CodeFormProps, 'view' | 'step' | 'onSubmit'>;
  /** To spread on `CodeFields`, or on `TextCodeFields` (which takes what it needs of them). */
  fieldsProps: Pick<
    CodeFieldsProps,
    'view' | 'error' | 'onRetry' | 'form' | 'onSubmit' | 'onResend' | 'length'
  >;
}

/**
 * What every code form runs on its factor hook's result: the react-hook-form form (`useMfaCodeForm`), the
 * resend that remembers a new code was asked for, the view (`connectCodeForm`), and the props of the shell
 * (`CodeForm`) and of the code part (`CodeFields`) that follow from them.
 */
export function useCodeForm(
  flow: CodeFormFlow & MfaCodeFormFlow & Pick<MfaFlowResult, 'resendCode' | 'retry'>,
  options: UseCodeFormOptions,
): UseCodeFormResult {
  const { done, texts, length, verify = flow.verifyCode } = options;
  const messages = useMfaMessages();
  const { form, onSubmit } = useMfaCodeForm(
    { ...flow, verifyCode: verify },
    {
      length,
      rememberDevice: options.rememberDevice,
      schema: options.schema,
      keepRefusedCode: options.keepRefusedCode,
    },
  );
  const [resent, setResent] = useState(false);
  const { resendCode } = flow;
  const resend = useCallback(() => {
    const started = resendCode();
    if (started) setResent(true);
    return started;
  }, [resendCode]);
  const entry = { error: form.formState.errors.code?.type, filled: !!form.getValues('code') };
  const view = connectCodeForm(
    { flow, done, resent, entry, resendable: options.resendable },
    messages,
    texts,
    length,
  );
  return {
    form,
    view,
    formProps: {
      view,
      step: flow.step,
      onSubmit: (event: SyntheticEvent<HTMLFormElement>) => void onSubmit(event),
    },
    fieldsProps: {
      view,
      error: flow.error,
      onRetry: flow.retry,
      form,
      onSubmit,
      onResend: resend,
      length,
    },
  };
}
