import type { MfaCodeFormValues, MfaLoginFactorResult } from '@mfa-kit/react';
import { useCallback } from 'react';
import type { ReactNode } from 'react';
import { useMfaMessages } from '../messages/messages-context.js';
import { RememberDeviceCheckbox } from '../remember-device-checkbox/remember-device-checkbox.js';
import { CodeFields } from './code-fields.js';
import { CodeForm } from './code-form.js';
import type { CodeFormTexts } from './connect-code-form.js';
import { useCodeForm } from './use-code-form.js';

/** Props of {@link LoginCodeForm}. */
export interface LoginCodeFormProps {
  /** The factor hook's result (`useEmailMfa`, `useSmsMfa`, `useAuthenticatorMfa`). */
  factor: MfaLoginFactorResult & { step: string };
  title: string;
  /** The status once the code is there: where it went, or where to find it. */
  sent: string;
  /** The factor's words in place of shared ones where they differ (an app's code is not sent). */
  texts?: Partial<CodeFormTexts> | undefined;
  length: number;
  /** A new code can be asked for. Default `true`. */
  resendable?: boolean | undefined;
  /** Fill the code from an SMS (WebOTP). */
  webOtp?: boolean | undefined;
  onRestart?: (() => void) | undefined;
  headingLevel?: 1 | 2 | 3 | 4 | undefined;
  className?: string | undefined;
  /** Above the code (an enrollment's QR code). */
  intro?: ReactNode;
  /** At the end of the card (the login step's "Use another method"). */
  children?: ReactNode;
}

/**
 * The code form of a login factor: the code, "don't ask again on this device" when the tenant allows it
 * (checked by default, sent only when offered), and each failure with its way forward.
 */
export function LoginCodeForm({
  factor,
  title,
  sent,
  texts,
  length,
  resendable,
  webOtp,
  onRestart,
  headingLevel,
  className,
  intro,
  children,
}: LoginCodeFormProps) {
  const messages = useMfaMessages();
  const { allowed, days } = factor.rememberDevice;
  const { verifyCode } = factor;
  const verify = useCallback(
    ({ code, rememberDevice }: MfaCodeFormValues) =>
      verifyCode({ code, rememberDevice: allowed && rememberDevice }),
    [verifyCode, allowed],
  );
  const { form, view, formProps, fieldsProps } = useCodeForm(factor, {
    done: factor.step === 'verified',
    texts: {
      // A code the user has is there from the start.
      beforeCode: resendable === false ? sent : undefined,
      sent,
      done: messages.verified,
      submit: messages.verify,
      submitting: messages.verifying,
      signInExpired: messages.signInExpired,
      ...texts,
    },
    length,
    verify,
    rememberDevice: true,
    resendable,
  });

  return (
    <CodeForm {...formProps} title={title} headingLevel={headingLevel} className={className}>
      {view.stage === 'code' && intro}
      {view.stage === 'code' && (
        <CodeFields {...fieldsProps} webOtp={webOtp} onRestart={onRestart}>
          {allowed && <RememberDeviceCheckbox {...form.register('rememberDevice')} days={days} />}
        </CodeFields>
      )}
      {children}
    </CodeForm>
  );
}
