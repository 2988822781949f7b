import { enrollmentRecoveryCode } from '@mfa-kit/core';
import type { AuthResponse } from '@mfa-kit/core';
import { useMfaStrategies } from '@mfa-kit/react';
import type { MfaFlowOptions } from '@mfa-kit/react';
import { Suspense, useRef, useState } from 'react';
import { RecoveryCodeNotice } from '../factor-setup/recovery-code-notice.js';
import type { MfaMessagesOverride } from '../messages/messages.js';
import { MfaMessagesProvider, useMfaMessages } from '../messages/messages-context.js';
import { LoadFailureBoundary } from '../mfa-login-step/load-failure-boundary.js';
import type { MfaEnrollChoice } from '@mfa-kit/core';
import { enrollFormKind, enrollForms, reloadEnrollForm } from './load-enroll-form.js';
import { EnrollmentChoice } from './enrollment-choice.js';

/** Props of {@link MfaEnrollmentStep}. The flow's timing options go to the chosen factor. */
export interface MfaEnrollmentStepProps extends MfaFlowOptions {
  /** The login's answer: MFA required and nothing enrolled yet (`mfaEnrolled: false`), with its `mfaToken`. */
  loginAnswer: AuthResponse;
  /** Called once with the sign-in answer, after the user saved the new factor's recovery code. */
  onVerified?: ((auth: AuthResponse) => void) | undefined;
  /** Back to the password step: the login is gone. */
  onRestart?: (() => void) | undefined;
  messages?: MfaMessagesOverride | undefined;
  /** Level of the headings. Default 1. */
  headingLevel?: 1 | 2 | 3 | 4 | undefined;
  className?: string | undefined;
}

/**
 * The login step of a user who must add a second factor first: the factors the tenant offers to choose from, the
 * chosen one's set-up (loaded when chosen), then its recovery code, shown once. `onVerified` gets the sign-in
 * answer once the user confirmed they saved the code.
 *
 * @example
 * <MfaEnrollmentStep loginAnswer={answer} onVerified={(auth) => session.start(auth)}
 *   onRestart={() => navigate('/sign-in')} />
 */
export function MfaEnrollmentStep({ messages, ...props }: MfaEnrollmentStepProps) {
  return (
    <MfaMessagesProvider messages={messages}>
      <MfaEnrollmentStepBody {...props} />
    </MfaMessagesProvider>
  );
}

// Rendered inside the instance's provider, so that its hooks and parts read the instance's texts.
function MfaEnrollmentStepBody({
  loginAnswer,
  onVerified,
  onRestart,
  headingLevel = 1,
  className,
  ...flowOptions
}: Omit<MfaEnrollmentStepProps, 'messages'>) {
  const messages = useMfaMessages();
  const strategies = useMfaStrategies(loginAnswer);
  const [choice, setChoice] = useState<MfaEnrollChoice | null>(null);
  const [lastChoice, setLastChoice] = useState<MfaEnrollChoice | null>(null);
  // The sign-in answer, held until the user saved the recovery code.
  const [saving, setSaving] = useState<{ auth: AuthResponse; recoveryCode: string } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const finished = useRef(false);
  const finish = (auth: AuthResponse) => {
    if (finished.current) return;
    finished.current = true;
    onVerified?.(auth);
  };
  const card = className ? `mfa-card mfa-form ${className}` : 'mfa-card mfa-form';

  if (saving) {
    return (
      <RecoveryCodeNotice
        recoveryCode={saving.recoveryCode}
        onContinue={() => finish(saving.auth)}
        headingLevel={headingLevel}
        className={className}
      />
    );
  }
  if (!choice) {
    return (
      <EnrollmentChoice
        strategies={strategies}
        initial={lastChoice}
        onChoose={(picked) => {
          setChoice(picked);
          setLastChoice(picked);
        }}
        headingLevel={headingLevel}
        className={className}
      />
    );
  }

  const kind = enrollFormKind(choice);
  const back = (
    <button
      type="button"
      className="mfa-button"
      data-variant="link"
      onClick={() => setChoice(null)}
    >
      {messages.enroll.chooseAnother}
    </button>
  );
  const common = {
    ...flowOptions,
    mfaToken: loginAnswer.mfaToken ?? '',
    // With a recovery code to save (the verify answer's, else the login answer's, as Frontegg's SDK shows), the
    // sign-in waits until the user saved it.
    onVerified: (auth: AuthResponse) => {
      const recoveryCode = enrollmentRecoveryCode(auth, loginAnswer);
      if (recoveryCode) setSaving({ auth, recoveryCode });
      else finish(auth);
    },
    onRestart,
    headingLevel,
    className,
    children: back,
  };
  return (
    <LoadFailureBoundary
      key={`${choice}-${attempt}`}
      onRetry={() => {
        reloadEnrollForm(kind);
        setAttempt((count) => count + 1);
      }}
      fallback={(retry) => (
        <div className={card} lang={messages.locale} dir={messages.dir}>
          <p role="alert" className="mfa-alert mfa-notice" data-variant="error">
            {messages.loginStep.loadFailed}
          </p>
          <div className="mfa-actions">
            <button type="button" className="mfa-button" onClick={retry}>
              {messages.tryAgain}
            </button>
          </div>
          <div className="mfa-methods">{back}</div>
        </div>
      )}
    >
      <Suspense
        fallback={
          <div className={card} lang={messages.locale} dir={messages.dir} aria-busy>
            <p role="status" className="mfa-status">
              {messages.loginStep.loading}
            </p>
          </div>
        }
      >
        {kind === 'authenticator' ? (
          <enrollForms.authenticator {...common} />
        ) : kind === 'sms' ? (
          <enrollForms.sms {...common} />
        ) : (
          <enrollForms.webauthn
            {...common}
            deviceType={choice === 'passkey' ? 'Platform' : 'CrossPlatform'}
          />
        )}
      </Suspense>
    </LoadFailureBoundary>
  );
}
