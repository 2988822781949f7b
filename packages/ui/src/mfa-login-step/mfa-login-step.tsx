import type { AuthResponse, MfaLoginMethod } from '@mfa-kit/core';
import { useMfaLogin, useRememberDeviceOffer } from '@mfa-kit/react';
import type { MfaFlowOptions } from '@mfa-kit/react';
import { Suspense, useCallback, useId, useState } from 'react';
import { useHydrated } from './use-hydrated.js';
import type { ReactElement, ReactNode } from 'react';
import type { MfaMessagesOverride } from '../messages/messages.js';
import { useMfaMessages } from '../messages/messages-context.js';
import { readLastMethod, writeLastMethod } from './last-method.js';
import { enrollmentStep, reloadEnrollmentStep } from './load-enrollment-step.js';
import { LoadFailureBoundary } from './load-failure-boundary.js';
import { factorForms, reloadFactorForm } from './load-factor-form.js';
import { MessageText } from '../messages/ltr-run.js';
import { methodLabel } from './method-label.js';

/** Props of {@link MfaLoginStep}. The flow's timing options go to the factor on screen. */
export interface MfaLoginStepProps extends MfaFlowOptions {
  /** The login's answer (`mfaRequired`, `mfaToken`, `mfaDevices`). */
  loginAnswer: AuthResponse;
  /** The email typed at the password step, for the recovery code; default the answer's `userEmail`. */
  email?: string | undefined;
  /** Called once with the sign-in answer, whichever method passed. */
  onVerified?: ((auth: AuthResponse) => void) | undefined;
  /** Back to the password step: the login is gone, or a recovery code turned MFA off. */
  onRestart?: (() => void) | undefined;
  /** A recovery code was accepted: MFA is off and nothing is signed in. */
  onRecovered?: (() => void) | undefined;
  /**
   * Show first, next time on this browser, the kind of method that passed (only its kind is kept, in
   * `localStorage`). Default `false`: the strongest method the user has comes first.
   */
  rememberLastMethod?: boolean | undefined;
  messages?: MfaMessagesOverride | undefined;
  /** Level of the forms' headings. Default 1. */
  headingLevel?: 1 | 2 | 3 | 4 | undefined;
  className?: string | undefined;
}

/**
 * The whole second-factor step of a login, ready to drop in: the user's preferred method first, and "Use another
 * method" listing the others by what identifies them (phone •••• 4567, the passkey's name). Each method's form
 * loads when it is shown. Passes the sign-in answer to `onVerified`.
 *
 * @example
 * <MfaLoginStep loginAnswer={answer} email={email} onVerified={(auth) => session.start(auth)}
 *   onRestart={() => navigate('/sign-in')} />
 */
export function MfaLoginStep({
  loginAnswer,
  email = loginAnswer.userEmail,
  onVerified,
  onRestart,
  onRecovered,
  rememberLastMethod = false,
  messages: override,
  headingLevel,
  className,
  ...flowOptions
}: MfaLoginStepProps) {
  const messages = useMfaMessages(override);
  const texts = messages.loginStep;
  const [preferredKind] = useState(() => (rememberLastMethod ? readLastMethod() : null));
  const login = useMfaLogin(loginAnswer, { preferredKind, email, onVerified });
  const { active, choose, others } = login;
  // Observed for the whole step: the policy (kept only while in use) is read once, not again per method shown.
  useRememberDeviceOffer(login.mfaToken);
  const [listOpen, setListOpen] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const hydrated = useHydrated();
  const listId = useId();
  const { onVerified: verified } = login;
  const activeKind = active?.kind;
  const handleVerified = useCallback(
    (auth: AuthResponse) => {
      if (rememberLastMethod && activeKind) writeLastMethod(activeKind);
      verified(auth);
    },
    [rememberLastMethod, activeKind, verified],
  );

  // A card of the step's own: while a form loads, or when loading it failed.
  const card = (children: ReactNode, busy?: boolean) => (
    <div
      className={cardClass(className)}
      lang={messages.locale}
      dir={messages.dir}
      aria-busy={busy}
    >
      {children}
    </div>
  );
  const loading = card(
    <p role="status" className="mfa-status">
      {texts.loading}
    </p>,
    true,
  );
  /**
   * `content` loads on demand: a status while it does (and on the server, and while hydrating), and a retry (with
   * `below`) if it fails. The Suspense boundary comes only once hydrated: React 18 hydrates a server-rendered
   * boundary on its own, later, and the switch to `hydrated` (a sync update) reaching it first made React drop the
   * server HTML and render the step again on the client, with a recoverable error.
   */
  const onDemand = (key: string, reload: () => void, content: ReactNode, below?: ReactNode) => (
    <LoadFailureBoundary
      key={`${key}-${attempt}`}
      onRetry={() => {
        reload();
        setAttempt((count) => count + 1);
      }}
      fallback={(retry) =>
        card(
          <>
            <p role="alert" className="mfa-alert mfa-notice" data-variant="error">
              {texts.loadFailed}
            </p>
            <div className="mfa-actions">
              <button type="button" className="mfa-button" onClick={retry}>
                {messages.tryAgain}
              </button>
            </div>
            {below}
          </>,
        )
      }
    >
      {hydrated ? <Suspense fallback={loading}>{content}</Suspense> : loading}
    </LoadFailureBoundary>
  );

  if (!active && login.needsEnrollment) {
    return onDemand(
      'enroll',
      reloadEnrollmentStep,
      <enrollmentStep.Step
        {...flowOptions}
        loginAnswer={loginAnswer}
        onVerified={verified}
        onRestart={onRestart}
        messages={override}
        headingLevel={headingLevel}
        className={className}
      />,
    );
  }
  if (!active) {
    return card(
      <p role="alert" className="mfa-alert" data-variant="error">
        {texts.noMethods}
      </p>,
    );
  }

  const pick = (method: MfaLoginMethod) => {
    setListOpen(false);
    choose(method.id);
  };
  const switcher = others.length > 0 && (
    <div className="mfa-methods">
      <button
        type="button"
        className="mfa-button"
        data-variant="link"
        aria-expanded={listOpen}
        aria-controls={listId}
        onClick={() => setListOpen((open) => !open)}
      >
        {texts.useAnotherMethod}
      </button>
      <div id={listId} className="mfa-methods__panel" hidden={!listOpen}>
        <p className="mfa-methods__title">{texts.chooseMethod}</p>
        <ul className="mfa-methods__list">
          {others.map((method) => (
            <li key={method.id}>
              <button
                type="button"
                className="mfa-button"
                data-variant="secondary"
                data-method={method.kind}
                onClick={() => pick(method)}
              >
                <MessageText text={methodLabel(method, texts)} />
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
  const common = {
    ...flowOptions,
    messages: override,
    headingLevel,
    className,
    onRestart,
    children: switcher,
  };
  const kind =
    active.kind === 'passkey' || active.kind === 'security-key' ? 'webauthn' : active.kind;

  return onDemand(
    active.id,
    () => reloadFactorForm(kind),
    <ActiveForm
      method={active}
      mfaToken={login.mfaToken}
      onVerified={handleVerified}
      onRecovered={onRecovered}
      common={common}
    />,
    switcher,
  );
}

const cardClass = (className: string | undefined) =>
  className ? `mfa-card mfa-form ${className}` : 'mfa-card mfa-form';

interface ActiveFormProps {
  method: MfaLoginMethod;
  mfaToken: string;
  onVerified: (auth: AuthResponse) => void;
  onRecovered: (() => void) | undefined;
  common: MfaFlowOptions & {
    messages: MfaMessagesOverride | undefined;
    headingLevel: 1 | 2 | 3 | 4 | undefined;
    className: string | undefined;
    onRestart: (() => void) | undefined;
    children: ReactNode;
  };
}

/** The form of the method on screen, loaded on first use; a kind without a case here fails the typecheck. */
function ActiveForm({
  method,
  mfaToken,
  onVerified,
  onRecovered,
  common,
}: ActiveFormProps): ReactElement {
  switch (method.kind) {
    case 'authenticator': {
      const Form = factorForms.authenticator;
      return <Form {...common} mfaToken={mfaToken} onVerified={onVerified} />;
    }
    case 'sms': {
      const Form = factorForms.sms;
      return (
        <Form
          {...common}
          mfaToken={mfaToken}
          deviceId={method.deviceId}
          phoneNumber={method.phoneNumber}
          onVerified={onVerified}
        />
      );
    }
    case 'email': {
      const Form = factorForms.email;
      return <Form {...common} mfaToken={mfaToken} email={method.email} onVerified={onVerified} />;
    }
    case 'recovery-code': {
      const Form = factorForms['recovery-code'];
      return <Form {...common} email={method.email} onRecovered={onRecovered} />;
    }
    case 'passkey':
    case 'security-key': {
      const Form = factorForms.webauthn;
      return (
        <Form
          {...common}
          mfaToken={mfaToken}
          deviceId={method.deviceId}
          name={method.name}
          kind={method.kind}
          onVerified={onVerified}
        />
      );
    }
  }
}
