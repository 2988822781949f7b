import { isWebAuthnUnavailable } from '@mfa-kit/core';
import type { AuthResponse } from '@mfa-kit/core';
import { useWebAuthnMfa } from '@mfa-kit/react';
import type { MfaFlowOptions } from '@mfa-kit/react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { CodeForm } from '../code-form/code-form.js';
import { FlowAlertBox, alertKey } from '../code-form/flow-alert-box.js';
import type { MfaMessagesOverride } from '../messages/messages.js';
import { useMfaMessages } from '../messages/messages-context.js';
import { RememberDeviceCheckbox } from '../remember-device-checkbox/remember-device-checkbox.js';
import { webAuthnAlert } from './webauthn-alert.js';

/** Props of {@link WebAuthnMfaForm}. */
export interface WebAuthnMfaFormProps extends MfaFlowOptions {
  /** From the login answer (`AuthResponse.mfaToken`). */
  mfaToken: string;
  /** `MfaWebAuthnDevice.id` from the login answer. */
  deviceId: string;
  /** The name the user gave the key (`MfaWebAuthnDevice.name`). */
  name: string;
  /** A passkey on this device (`deviceType` `Platform`) or a security key. Default `passkey`. */
  kind?: 'passkey' | 'security-key' | undefined;
  onVerified?: ((auth: AuthResponse) => void) | undefined;
  /** The login is no longer accepted: go back to the password step. */
  onRestart?: (() => void) | undefined;
  messages?: MfaMessagesOverride | undefined;
  headingLevel?: 1 | 2 | 3 | 4 | undefined;
  className?: string | undefined;
  children?: ReactNode;
}

/**
 * A passkey or security key at login, ready to drop in: one button that opens the browser's prompt (the
 * challenge is fetched when the form shows, so the prompt follows the press at once), "don't ask again on this
 * device" when the tenant allows it, and each failure (prompt closed or timed out, no key here, no WebAuthn in
 * this browser, an insecure page, an answer refused) with its way forward.
 *
 * @example
 * <WebAuthnMfaForm mfaToken={login.mfaToken} deviceId={key.id} name={key.name}
 *   onVerified={(auth) => session.start(auth)} />
 */
export function WebAuthnMfaForm({
  mfaToken,
  deviceId,
  name,
  kind = 'passkey',
  onVerified,
  onRestart,
  messages: override,
  headingLevel,
  className,
  children,
  ...flowOptions
}: WebAuthnMfaFormProps) {
  const base = useMfaMessages(override);
  const texts = base.webauthn;
  const messages = useMemo(
    () => ({ ...base, errors: { ...base.errors, 'bad-request': texts.refused } }),
    [base, texts],
  );
  const key = useWebAuthnMfa({ ...flowOptions, mfaToken, deviceId, onVerified });
  const { allowed, days } = key.rememberDevice;
  const [remember, setRemember] = useState(true);
  const alertId = useId();
  const passkey = kind === 'passkey';
  const done = key.step === 'verified';
  // The prompt is open, or its answer is being checked.
  const prompting = key.step === 'verifying';
  const alert = done ? null : webAuthnAlert(key, messages, messages.signInExpired);
  // No WebAuthn in this browser or on this page: the alert says what to use instead.
  const impossible = isWebAuthnUnavailable(key.error?.kind);
  const buttonRef = useRef<HTMLButtonElement>(null);
  // Shown in place of another method (or first): the press is what comes next.
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) buttonRef.current?.focus();
  }, []);
  const press = () => key.authenticate({ rememberDevice: allowed && remember });
  const view = {
    stage: done ? ('done' as const) : ('code' as const),
    busy: key.isPending,
    status: done
      ? messages.verified
      : prompting
        ? texts.waiting
        : passkey
          ? texts.passkeyIntro(name)
          : texts.securityKeyIntro(name),
  };

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
        if (!impossible) press();
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
                  : alert.action === 'restart' && onRestart
                    ? messages.signInAgain
                    : undefined
              }
              onAction={
                alert.action === 'retry'
                  ? press
                  : alert.action === 'restart'
                    ? onRestart
                    : undefined
              }
            />
          )}
          {allowed && !impossible && (
            <RememberDeviceCheckbox
              checked={remember}
              onChange={(event) => setRemember(event.currentTarget.checked)}
              days={days}
              messages={override}
            />
          )}
          <div className="mfa-actions">
            <button
              ref={buttonRef}
              type="submit"
              className="mfa-button"
              aria-disabled={prompting || impossible || !!alert?.blocked || undefined}
              data-pending={prompting || undefined}
            >
              {passkey ? texts.usePasskey : texts.useSecurityKey}
            </button>
          </div>
        </>
      )}
      {children}
    </CodeForm>
  );
}
