import { useRecoveryCode, recoveryCodeSchema } from '@mfa-kit/react';
import type { MfaFlowOptions } from '@mfa-kit/react';
import { useEffect, useId, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { CodeForm } from '../code-form/code-form.js';
import { FlowAlertBox, alertKey } from '../code-form/flow-alert-box.js';
import { useCodeForm } from '../code-form/use-code-form.js';
import type { MfaMessagesOverride } from '../messages/messages.js';
import { useMfaMessages } from '../messages/messages-context.js';

/** Props of {@link RecoveryCodeForm}. */
export interface RecoveryCodeFormProps extends MfaFlowOptions {
  /** The email the user signs in with (typed at the password step, or the login answer's `userEmail`). */
  email: string;
  /** The code was accepted and MFA is off: nothing is signed in. */
  onRecovered?: (() => void) | undefined;
  /** The way on once recovered (and when the login is gone): back to the password step. */
  onRestart?: (() => void) | undefined;
  messages?: MfaMessagesOverride | undefined;
  headingLevel?: 1 | 2 | 3 | 4 | undefined;
  className?: string | undefined;
  children?: ReactNode;
}

/**
 * The recovery code at login, ready to drop in: says in plain words that using it turns two-step verification
 * off and that the user then signs in again with the password; takes the code as saved (letters and digits,
 * spaces or dashes between groups); a refused code is never sent again.
 *
 * @example
 * <RecoveryCodeForm email={email} onRestart={() => navigate('/sign-in')} />
 */
export function RecoveryCodeForm({
  email,
  onRecovered,
  onRestart,
  messages: override,
  headingLevel,
  className,
  children,
  ...flowOptions
}: RecoveryCodeFormProps) {
  const base = useMfaMessages(override);
  const { recovery: texts } = base;
  // The shared texts speak of a 6-digit code we sent.
  const messages = useMemo(
    () => ({
      ...base,
      codeRequired: texts.required,
      codeIncomplete: () => texts.required,
      codeAlreadyTried: texts.codeAlreadyTried,
      errors: { ...base.errors, 'invalid-code': texts.wrongCode },
    }),
    [base, texts],
  );
  const recovery = useRecoveryCode({ ...flowOptions, email, onRecovered });
  const { redeem } = recovery;
  const flow = useMemo(
    () => ({ ...recovery, verifyCode: ({ code }: { code: string }) => redeem(code) }),
    [recovery, redeem],
  );
  const [schema] = useState(recoveryCodeSchema);
  const { form, view, formProps, fieldsProps } = useCodeForm(flow, {
    done: recovery.recovered,
    messages,
    override,
    texts: {
      beforeCode: texts.intro,
      sent: texts.intro,
      done: texts.done,
      submit: texts.submit,
      submitting: texts.submitting,
    },
    length: 0,
    schema,
    resendable: false,
    // A long code typed from a saved sheet: a slip is corrected, not typed again.
    keepRefusedCode: true,
  });
  const fieldId = useId();
  const { setFocus } = form;
  // Shown in place of another method: typing is what comes next.
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) setFocus('code');
  }, [setFocus]);
  const { alert } = view;

  return (
    <CodeForm {...formProps} title={texts.title} headingLevel={headingLevel} className={className}>
      {view.stage === 'code' ? (
        <>
          <div className="mfa-field">
            <label className="mfa-label" htmlFor={fieldId}>
              {texts.label}
            </label>
            <input
              {...form.register('code')}
              id={fieldId}
              className="mfa-text-input"
              type="text"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              dir="ltr"
              aria-invalid={view.code.invalid || undefined}
              readOnly={view.code.readOnly}
              aria-describedby={alert ? `${fieldId}-alert ${fieldId}-hint` : `${fieldId}-hint`}
            />
            <p className="mfa-hint" id={`${fieldId}-hint`}>
              {texts.hint}
            </p>
          </div>
          {alert && (
            <FlowAlertBox
              key={alertKey(alert, recovery.error)}
              alert={alert}
              id={`${fieldId}-alert`}
              actionLabel={
                alert.action === 'retry'
                  ? messages.tryAgain
                  : alert.action === 'restart' && onRestart
                    ? messages.signInAgain
                    : undefined
              }
              onAction={
                alert.action === 'retry'
                  ? fieldsProps.onRetry
                  : alert.action === 'restart'
                    ? onRestart
                    : undefined
              }
            />
          )}
          <div className="mfa-actions">
            <button
              type="submit"
              className="mfa-button"
              aria-disabled={view.submit.blocked || undefined}
              data-pending={view.submit.pending || undefined}
            >
              {view.submit.label}
            </button>
          </div>
        </>
      ) : (
        onRestart && (
          <div className="mfa-actions">
            <button type="button" className="mfa-button" onClick={onRestart}>
              {messages.signInAgain}
            </button>
          </div>
        )
      )}
      {children}
    </CodeForm>
  );
}
