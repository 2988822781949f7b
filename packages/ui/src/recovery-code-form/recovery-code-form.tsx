import { useRecoveryCode, recoveryCodeSchema } from '@mfa-kit/react';
import type { MfaFlowOptions } from '@mfa-kit/react';
import { useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { CodeForm } from '../code-form/code-form.js';
import { TextCodeFields } from '../code-form/text-code-fields.js';
import { useCodeForm } from '../code-form/use-code-form.js';
import type { MfaMessagesOverride } from '../messages/messages.js';
import { MfaMessagesProvider, useMfaMessages } from '../messages/messages-context.js';

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
export function RecoveryCodeForm({ messages, ...props }: RecoveryCodeFormProps) {
  return (
    <MfaMessagesProvider messages={messages}>
      <RecoveryCodeFormBody {...props} />
    </MfaMessagesProvider>
  );
}

// Rendered inside the instance's provider, so that its hooks and parts read the instance's texts.
function RecoveryCodeFormBody({
  email,
  onRecovered,
  onRestart,
  headingLevel,
  className,
  children,
  ...flowOptions
}: Omit<RecoveryCodeFormProps, 'messages'>) {
  const messages = useMfaMessages();
  const { recovery: texts } = messages;
  const recovery = useRecoveryCode({ ...flowOptions, email, onRecovered });
  const { redeem } = recovery;
  const flow = useMemo(
    () => ({ ...recovery, verifyCode: ({ code }: { code: string }) => redeem(code) }),
    [recovery, redeem],
  );
  const [schema] = useState(recoveryCodeSchema);
  const { form, view, formProps, fieldsProps } = useCodeForm(flow, {
    done: recovery.recovered,
    texts: {
      beforeCode: texts.intro,
      sent: texts.intro,
      done: texts.done,
      submit: texts.submit,
      submitting: texts.submitting,
      // The shared texts speak of a 6-digit code we sent.
      codeRequired: texts.required,
      codeIncomplete: texts.required,
      codeAlreadyTried: texts.codeAlreadyTried,
      wrongCode: texts.wrongCode,
    },
    length: 0,
    schema,
    resendable: false,
    // A long code typed from a saved sheet: a slip is corrected, not typed again.
    keepRefusedCode: true,
  });
  const { setFocus } = form;
  // Shown in place of another method: typing is what comes next.
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) setFocus('code');
  }, [setFocus]);

  return (
    <CodeForm {...formProps} title={texts.title} headingLevel={headingLevel} className={className}>
      {view.stage === 'code' ? (
        <TextCodeFields
          {...fieldsProps}
          onRestart={onRestart}
          label={texts.label}
          hint={texts.hint}
          autoComplete="off"
        />
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
