import { useEnrollWebAuthn } from '@mfa-kit/react';
import { useId, useMemo, useState } from 'react';
import { CodeForm } from '../code-form/code-form.js';
import { FlowAlertBox, alertKey } from '../code-form/flow-alert-box.js';
import { useMfaMessages } from '../messages/messages-context.js';
import { RememberDeviceCheckbox } from '../remember-device-checkbox/remember-device-checkbox.js';
import { webAuthnAlert } from '../webauthn-mfa-form/webauthn-alert.js';
import type { EnrolFormProps } from './enrol-form-props.js';

/** Props of {@link EnrolWebAuthnForm}. */
export interface EnrolWebAuthnFormProps extends EnrolFormProps {
  /** `Platform`: a passkey on this device; `CrossPlatform`: a security key. */
  deviceType: 'Platform' | 'CrossPlatform';
}

/** Adding a passkey or security key at login: one button opens the browser's prompt and completes the sign-in. */
export function EnrolWebAuthnForm({
  mfaToken,
  deviceType,
  onVerified,
  onRestart,
  messages: override,
  headingLevel,
  className,
  children,
  ...flowOptions
}: EnrolWebAuthnFormProps) {
  const base = useMfaMessages(override);
  const texts = base.enrol;
  const messages = useMemo(
    () => ({ ...base, errors: { ...base.errors, 'bad-request': base.webauthn.refused } }),
    [base],
  );
  const key = useEnrollWebAuthn({ ...flowOptions, mfaToken, onVerified });
  const { allowed, days } = key.rememberDevice;
  const [remember, setRemember] = useState(true);
  const alertId = useId();
  const passkey = deviceType === 'Platform';
  const done = key.step === 'verified';
  const prompting = key.step === 'verifying';
  const alert = done ? null : webAuthnAlert(key, messages, messages.signInExpired);
  const press = () => key.enroll({ deviceType, rememberDevice: allowed && remember });
  const view = {
    stage: done ? ('done' as const) : ('code' as const),
    busy: key.isPending,
    status: done
      ? messages.verified
      : prompting
        ? base.webauthn.waiting
        : passkey
          ? texts.passkeyIntro
          : texts.securityKeyIntro,
  };
  const restart = alert?.action === 'restart' && onRestart;

  return (
    <CodeForm
      view={view}
      step={key.step}
      title={passkey ? texts.passkeyTitle : texts.securityKeyTitle}
      headingLevel={headingLevel}
      messages={messages}
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        press();
      }}
    >
      {!done && (
        <>
          {alert && (
            <FlowAlertBox
              key={alertKey(alert, key.error)}
              alert={alert}
              id={alertId}
              actionLabel={
                alert.action === 'retry'
                  ? messages.tryAgain
                  : restart
                    ? messages.signInAgain
                    : undefined
              }
              onAction={alert.action === 'retry' ? press : restart || undefined}
            />
          )}
          {allowed && (
            <RememberDeviceCheckbox
              checked={remember}
              onChange={(event) => setRemember(event.currentTarget.checked)}
              days={days}
              messages={override}
            />
          )}
          <div className="mfa-actions">
            <button
              type="submit"
              className="mfa-button"
              aria-disabled={prompting || !!alert?.blocked || undefined}
              data-pending={prompting || undefined}
            >
              {passkey ? texts.createPasskey : texts.addSecurityKey}
            </button>
          </div>
        </>
      )}
      <div className="mfa-methods">{children}</div>
    </CodeForm>
  );
}
