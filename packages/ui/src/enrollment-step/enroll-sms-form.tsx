import { useEnrollSms } from '@mfa-kit/react';
import { useEffect } from 'react';
import { CodeForm } from '../code-form/code-form.js';
import { LoginCodeForm } from '../code-form/login-code-form.js';
import { PhoneNumberField } from '../factor-setup/phone-number-field.js';
import { usePhoneNumberForm } from '../factor-setup/use-phone-number-form.js';
import { phoneInText } from '../mask/in-text.js';
import { useMfaMessages } from '../messages/messages-context.js';
import type { EnrollFormProps } from './enroll-form-props.js';

const LENGTH = 6;
const SETUP_CODE = { showsExpiry: false };

/** Adding a phone at login: the number (checked before anything is sent), then the code texted to it. */
export function EnrollSmsForm({
  mfaToken,
  onVerified,
  onRestart,
  headingLevel,
  className,
  children,
  ...flowOptions
}: EnrollFormProps) {
  const texts = useMfaMessages().enroll;
  const sms = useEnrollSms({ ...flowOptions, mfaToken, onVerified });
  const { form, onSubmit } = usePhoneNumberForm(sms.submitPhone, texts);
  const entering = sms.phoneNumber === null;
  const { setFocus } = form;

  useEffect(() => {
    if (entering) setFocus('phoneNumber');
  }, [entering, setFocus]);

  if (entering) {
    return (
      <CodeForm
        view={{ stage: 'start', busy: false, status: texts.phoneIntro }}
        step={sms.step}
        title={texts.smsTitle}
        headingLevel={headingLevel}
        className={className}
        onSubmit={(event) => void onSubmit(event)}
      >
        <PhoneNumberField form={form} />
        <div className="mfa-actions">
          <button type="submit" className="mfa-button">
            {texts.sendCode}
          </button>
        </div>
        <div className="mfa-methods">{children}</div>
      </CodeForm>
    );
  }
  return (
    <LoginCodeForm
      factor={sms}
      title={texts.smsTitle}
      sent={texts.sentTo(phoneInText(sms.phoneNumber ?? ''))}
      // As at every set-up step, the field's hint says what to type, with no countdown; the texted code still runs
      // out after the default lifetime (the hook's), and is then shown expired.
      texts={SETUP_CODE}
      length={LENGTH}
      webOtp
      onRestart={onRestart}
      headingLevel={headingLevel}
      className={className}
    >
      <div className="mfa-methods">
        <button type="button" className="mfa-button" data-variant="link" onClick={sms.changePhone}>
          {texts.useAnotherNumber}
        </button>
        {children}
      </div>
    </LoginCodeForm>
  );
}
