// Test support: one element for each exported component of @mfa-kit/ui, inside the providers an app puts around the
// kit, built the same way on the "server" (a worker: no window, no document) and in the page that hydrates it.
import { createMfaClient } from '@mfa-kit/core';
import type { AuthResponse } from '@mfa-kit/core';
import { MfaProvider, recoveryCodeSchema, useEmailMfa } from '@mfa-kit/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactElement, ReactNode } from 'react';
import { StepUpDialog } from '../step-up-dialog.js';
import { MfaEnrollmentStep } from '../enrollment-step.js';
import { MfaEnrolmentStep } from '../enrolment-step.js';
import { MfaLoginStep } from '../login-step.js';
import {
  AuthenticatorMfaForm,
  CodeFields,
  CodeForm,
  CodeInput,
  DisableSmsMfaForm,
  EmailMfaForm,
  FlowAlertBox,
  MfaDeviceList,
  MfaMessagesProvider,
  MfaSettings,
  PhoneNumberField,
  QrSetup,
  RecoveryCodeForm,
  RecoveryCodeNotice,
  RememberDeviceCheckbox,
  RemovePhoneWithCodeForm,
  ResendCodeButton,
  SmsMfaForm,
  TextCodeFields,
  TotpMfaForm,
  WebAuthnMfaForm,
  WebAuthnPrompt,
  enMessages,
  heMessages,
  useCodeForm,
  usePhoneNumberForm,
} from '../index.js';

/** What both sides need alike: login answers made once, in the page, on a mock backend. */
export interface SsrData {
  /** A login answer at its MFA step, with devices of every kind. */
  login: AuthResponse;
  /** A login answer of a user who must enroll a first factor. */
  enroll: AuthResponse;
}

const QR =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const PHONE = '+15555550123';

/** The kit's providers, over a client whose requests never answer (nothing is asked for during a render). */
export function SsrProviders({ children }: { children: ReactNode }) {
  const client = createMfaClient({
    baseUrl: 'https://app-test.frontegg.com/identity',
    fetch: () => new Promise<Response>(() => {}),
    getAccessToken: () => 'token',
  });
  return (
    <QueryClientProvider client={new QueryClient()}>
      <MfaProvider client={client}>{children}</MfaProvider>
    </QueryClientProvider>
  );
}

/** CodeForm, CodeFields and TextCodeFields as an app composes them (`useCodeForm` on a factor hook). */
function ComposedStep({ text = false }: { text?: boolean }) {
  const email = useEmailMfa({ mfaToken: 'mfa-token' });
  const texts = {
    sent: 'We emailed you a code.',
    done: 'Done.',
    submit: 'Continue',
    submitting: 'Checking…',
    signInExpired: enMessages.signInExpired,
  };
  const { view, formProps, fieldsProps } = useCodeForm(email, {
    done: email.step === 'verified',
    texts,
    length: text ? 0 : 6,
    schema: text ? recoveryCodeSchema() : undefined,
  });
  return (
    <CodeForm {...formProps} title="Confirm it's you">
      {view.stage === 'code' &&
        (text ? (
          <TextCodeFields {...fieldsProps} label="Recovery code" hint="" autoComplete="off" />
        ) : (
          <CodeFields {...fieldsProps} />
        ))}
    </CodeForm>
  );
}

function PhoneStep() {
  const { form } = usePhoneNumberForm(() => {}, enMessages.enroll);
  return <PhoneNumberField form={form} />;
}

const idleFlow = {
  error: null,
  failedAction: null,
  blockedForSeconds: 0,
  resendInSeconds: 0,
  expiresInSeconds: null,
  attemptsLeft: null,
  canResend: false,
  needsNewCode: false,
  isPending: false,
  step: 'idle',
} as const;

/** Each exported component by its export's name (the deprecated aliases too: they are exported). */
/* eslint-disable @typescript-eslint/no-deprecated -- the deprecated aliases are exported, so server-rendered too */
export function ssrCases({ login, enroll }: SsrData): Record<string, ReactElement> {
  const mfaToken = login.mfaToken ?? '';
  return {
    CodeInput: <CodeInput aria-label="Verification code" defaultValue="12a3" />,
    RememberDeviceCheckbox: <RememberDeviceCheckbox defaultChecked />,
    ResendCodeButton: <ResendCodeButton secondsLeft={30} onResend={() => {}} />,
    MfaMessagesProvider: (
      <MfaMessagesProvider messages={heMessages}>
        <EmailMfaForm mfaToken={mfaToken} />
      </MfaMessagesProvider>
    ),
    CodeForm: <ComposedStep />,
    CodeFields: <ComposedStep />,
    TextCodeFields: <ComposedStep text />,
    FlowAlertBox: (
      <FlowAlertBox
        id="alert"
        alert={{
          action: 'retry',
          blocked: false,
          countdown: false,
          details: null,
          kind: 'network',
          text: 'No connection.',
          variant: 'error',
        }}
      />
    ),
    WebAuthnPrompt: (
      <WebAuthnPrompt
        title="Use your passkey"
        intro="Your browser will ask for it."
        buttonLabel="Use passkey"
        signInExpired={enMessages.signInExpired}
        flow={idleFlow}
        prompting={false}
        onPress={() => {}}
      />
    ),
    EmailMfaForm: <EmailMfaForm mfaToken={mfaToken} email="demo@mfa-kit.dev" />,
    AuthenticatorMfaForm: <AuthenticatorMfaForm mfaToken={mfaToken} />,
    TotpMfaForm: <TotpMfaForm mfaToken={mfaToken} />,
    SmsMfaForm: <SmsMfaForm mfaToken={mfaToken} deviceId="phone-1" phoneNumber={PHONE} />,
    WebAuthnMfaForm: <WebAuthnMfaForm mfaToken={mfaToken} deviceId="key-1" name="YubiKey" />,
    RecoveryCodeForm: <RecoveryCodeForm email="demo@mfa-kit.dev" />,
    RemovePhoneWithCodeForm: <RemovePhoneWithCodeForm deviceId="phone-1" phoneNumber={PHONE} />,
    DisableSmsMfaForm: <DisableSmsMfaForm deviceId="phone-1" phoneNumber={PHONE} />,
    MfaDeviceList: <MfaDeviceList />,
    QrSetup: <QrSetup qrCode={QR} />,
    RecoveryCodeNotice: <RecoveryCodeNotice recoveryCode="ABCD-EFGH-IJKL" onContinue={() => {}} />,
    PhoneNumberField: <PhoneStep />,
    MfaSettings: <MfaSettings />,
    MfaLoginStep: <MfaLoginStep loginAnswer={login} />,
    MfaEnrollmentStep: <MfaEnrollmentStep loginAnswer={enroll} />,
    MfaEnrolmentStep: <MfaEnrolmentStep loginAnswer={enroll} />,
    StepUpDialog: <StepUpDialog />,
  };
}
/* eslint-enable @typescript-eslint/no-deprecated */
