// Faults inside every step type (issue #21), through the drop-in steps as an app renders them, on the mock: what
// the user sees, and what was sent. One table: a row per step type, a column per fault; a fault that cannot happen
// in a step says why instead of a test.
import type { AuthResponse } from '@mfa-kit/core';
import { DEMO_USERS, totpCode } from '@mfa-kit/mock';
import type { MockRoute, SeededUser } from '@mfa-kit/mock';
import { fakeWebAuthn, mockPaths } from '@mfa-kit/mock/testing';
import type { FakeWebAuthn } from '@mfa-kit/mock/testing';
import { secretOfQrCode } from '@mfa-kit/mock/testing/node';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Mock } from 'vitest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { enMessages } from '../messages/en.js';
import { errorMessage } from '../messages/error-message.js';
import { MfaEnrollmentStep } from '../enrollment-step/mfa-enrollment-step.js';
import { MfaLoginStep } from '../mfa-login-step/mfa-login-step.js';
import { MfaSettings } from '../mfa-settings/mfa-settings.js';
import { loginAnswer } from '../test/login-answer.js';
import { setupMockEnv, signedInAs } from '../test/mock-env.js';
import { setPageVisibility } from '../../../../tools/test-kit/page-visibility.js';
import { renderWithMfa } from '../test/render-with-mfa.js';
import { wholeText } from '../test/whole-text.js';

const env = setupMockEnv();
const CODE_TTL_MS = 600_000;
const MFA_TOKEN_TTL_MS = 900_000;

let browser: FakeWebAuthn | undefined;
afterEach(() => {
  browser?.restore();
  browser = undefined;
  setPageVisibility('visible');
  localStorage.clear();
});

type Fault = 'network' | 'server' | 'slow' | 'expired-sign-in' | 'code-expired-away';

/** A step on screen, up to the user's action whose request the fault meets. */
interface OpenStep {
  /** The user's action: types the code (or presses the button); it sends the request under test. */
  act(): Promise<void>;
  /** Where the code was typed, to be kept after a failure of the wire; `null` for a press. */
  field: (() => HTMLInputElement) | null;
  /** Waits for what the user sees once the step passed. */
  passed(): Promise<unknown>;
  onRestart: Mock<() => void>;
  /** The way forward after a failure of the wire, when it is not "Try again" (a one-press form: the press again). */
  retry?: string;
}

interface StepType {
  name: string;
  /** The route of the request the action sends, which the faults hit. */
  route: MockRoute;
  path: () => string;
  /**
   * Renders the step and brings it to the action. `at`: the moment the sign-in is read and the step opened
   * (`expiredSignIn` opens it after the login's mfaToken expired).
   */
  open(options: { expiredSignIn: boolean; tenantErrorCodes: boolean }): Promise<OpenStep>;
  /** A fault that cannot happen here, and why. */
  notApplicable: Partial<Record<Fault, string>>;
  /**
   * The sign-in expired: which request meets it first, and, when the client needs the tenant's error codes to tell
   * it from another refusal, why.
   */
  expiredSignIn?: { route: MockRoute; path: () => string; tenantErrorCodes: false | string };
}

const user = () => userEvent.setup();
const alert = () => screen.getByRole('alert');
const button = (name: string | RegExp) => screen.getByRole('button', { name });
const codeField = () => screen.getByLabelText<HTMLInputElement>('Verification code');

/** A client as a new app makes it; with `tenantErrorCodes`, told the tenant's code for an expired one. */
const clientFor = (tenantErrorCodes: boolean) =>
  env.client(
    tenantErrorCodes ? { errorCodeKinds: { [env.backend.errorCodes.expired]: 'expired' } } : {},
  );

// ---------------------------------------------------------------------------------------------------------------
// The login step (MfaLoginStep): one seeded user per factor, its strongest method shown first.

async function openLogin(
  owner: SeededUser,
  { expiredSignIn, tenantErrorCodes }: { expiredSignIn: boolean; tenantErrorCodes: boolean },
  chooseMethod?: string,
) {
  const answer = await loginAnswer(env.backend, owner);
  if (expiredSignIn) env.clock.sleep(MFA_TOKEN_TTL_MS + 1_000);
  const onVerified = vi.fn<(auth: AuthResponse) => void>();
  const onRecovered = vi.fn<() => void>();
  const onRestart = vi.fn<() => void>();
  renderWithMfa(
    <MfaLoginStep
      loginAnswer={answer}
      email={owner.email}
      clock={env.clock}
      onVerified={onVerified}
      onRecovered={onRecovered}
      onRestart={onRestart}
    />,
    { client: clientFor(tenantErrorCodes) },
  );
  await screen.findByRole('heading', { level: 1 });
  if (chooseMethod) {
    await user().click(button('Use another method'));
    await user().click(button(chooseMethod));
  }
  return { onVerified, onRecovered, onRestart };
}

/** A sent code at login: the code arrives on mount; typing it sends the check. */
function sentCodeLogin(
  name: string,
  owner: SeededUser,
  channel: 'email' | 'sms',
  route: MockRoute,
  path: () => string,
  send: { route: MockRoute; path: () => string },
): StepType {
  return {
    name,
    route,
    path,
    expiredSignIn: { ...send, tenantErrorCodes: false },
    notApplicable: {},
    async open(options) {
      const { onVerified, onRestart } = await openLogin(owner, options);
      if (!options.expiredSignIn) await screen.findByText(/We (sent|texted) a code/);
      return {
        act: () => user().type(codeField(), env.latestCode(channel)),
        field: codeField,
        passed: () => waitFor(() => expect(onVerified).toHaveBeenCalledOnce()),
        onRestart,
      };
    },
  };
}

const smsOwner = DEMO_USERS.smsOnly;
const appOwner = DEMO_USERS.authenticator;
const keyOwner = DEMO_USERS.passkeyAndRecovery;
const [passkey] = keyOwner.webauthn;

const KNOWN_CODE_SIGN_IN =
  "A known code's check is its only request, and Frontegg documents no error code for an expired sign-in " +
  "(CONTRACT.md, Errors): without the tenant's codes the answer reads as a wrong code (\"That code didn't " +
  'work", with the server\'s own words), so this case gives the client the tenant\'s code for "expired".';
const NO_LIFETIME = 'an authenticator app shows a new code every 30 s: no code of ours expires';
const QR_LIFETIME =
  "the codes come from the app, and Frontegg documents no lifetime for a set-up QR code: the kit gives it a day (SETUP_TTL_MS), so the user isn't hurried";

const login: StepType[] = [
  sentCodeLogin(
    'login: email code',
    DEMO_USERS.emailOnly,
    'email',
    'email-code-verify',
    () => mockPaths.emailCodeVerify,
    { route: 'email-code', path: () => mockPaths.emailCode },
  ),
  sentCodeLogin(
    'login: SMS code',
    smsOwner,
    'sms',
    'sms-code-verify',
    () => mockPaths.smsCodeVerify(smsOwner.phones[0].id),
    { route: 'sms-code', path: () => mockPaths.smsCode(smsOwner.phones[0].id) },
  ),
  {
    name: 'login: authenticator app',
    route: 'authenticator-verify',
    path: () => mockPaths.authenticatorVerify,
    expiredSignIn: {
      route: 'authenticator-verify',
      path: () => mockPaths.authenticatorVerify,
      tenantErrorCodes: KNOWN_CODE_SIGN_IN,
    },
    notApplicable: { 'code-expired-away': NO_LIFETIME },
    async open(options) {
      const { onVerified, onRestart } = await openLogin(appOwner, options);
      return {
        act: async () =>
          user().type(
            codeField(),
            await totpCode(appOwner.authenticators[0].secret, env.clock.now()),
          ),
        field: codeField,
        passed: () => waitFor(() => expect(onVerified).toHaveBeenCalledOnce()),
        onRestart,
      };
    },
  },
  {
    name: 'login: passkey',
    route: 'webauthn-verify',
    path: () => mockPaths.webauthnVerify(passkey.id),
    expiredSignIn: {
      route: 'webauthn-start',
      path: () => mockPaths.webauthnStart(passkey.id),
      tenantErrorCodes: false,
    },
    notApplicable: {
      'code-expired-away':
        'no code to type: a press whose challenge expired fetches a new one first (useCeremonyPress), nothing to tell',
    },
    async open(options) {
      browser = fakeWebAuthn({ device: passkey });
      const { onVerified, onRestart } = await openLogin(keyOwner, options);
      if (!options.expiredSignIn) {
        await waitFor(() => expect(env.count(mockPaths.webauthnStart(passkey.id))).toBe(1));
      }
      return {
        act: () => user().click(button(/Use passkey|Try again/)),
        field: null,
        passed: () => waitFor(() => expect(onVerified).toHaveBeenCalledOnce()),
        onRestart,
      };
    },
  },
  {
    name: 'login: recovery code',
    route: 'recover',
    path: () => mockPaths.recover,
    notApplicable: {
      'expired-sign-in':
        "a recovery code is spent with the account's email, not the login's mfaToken: no sign-in to expire",
      'code-expired-away': 'a saved recovery code has no lifetime',
    },
    async open(options) {
      const { onRecovered, onRestart } = await openLogin(appOwner, options, 'Recovery code');
      const field = () => screen.getByLabelText<HTMLInputElement>('Recovery code');
      await waitFor(() => expect(field()).toBeInTheDocument());
      return {
        act: async () => {
          await user().type(field(), appOwner.recoveryCodes[0]);
          await user().click(button('Use recovery code'));
        },
        field,
        passed: () => waitFor(() => expect(onRecovered).toHaveBeenCalledOnce()),
        onRestart,
      };
    },
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Enrollment at login (MfaEnrollmentStep): a new user whose tenant requires MFA.

async function openEnrollment(
  choice: string,
  { expiredSignIn, tenantErrorCodes }: { expiredSignIn: boolean; tenantErrorCodes: boolean },
) {
  const answer = await env.client().auth.login(DEMO_USERS.newUser);
  if (expiredSignIn) env.clock.sleep(MFA_TOKEN_TTL_MS + 1_000);
  const onVerified = vi.fn<(auth: AuthResponse) => void>();
  const onRestart = vi.fn<() => void>();
  renderWithMfa(
    <MfaEnrollmentStep
      loginAnswer={answer}
      clock={env.clock}
      onVerified={onVerified}
      onRestart={onRestart}
    />,
    { client: clientFor(tenantErrorCodes) },
  );
  await user().click(await screen.findByRole('radio', { name: choice }));
  await user().click(button('Continue'));
  const passed = () => screen.findByRole('heading', { name: 'Save your recovery code' });
  return { onRestart, passed };
}

const enrollment: StepType[] = [
  {
    name: 'enrollment: authenticator app',
    route: 'enroll-authenticator-verify',
    path: () => mockPaths.enrollAuthenticatorVerify,
    expiredSignIn: {
      route: 'enroll-authenticator',
      path: () => mockPaths.enrollAuthenticator,
      tenantErrorCodes: false,
    },
    notApplicable: { 'code-expired-away': QR_LIFETIME },
    async open(options) {
      const { onRestart, passed } = await openEnrollment('Authenticator app', options);
      let secret = '';
      if (!options.expiredSignIn) {
        const qr = await screen.findByRole('img', { name: enMessages.enroll.qrAlt });
        secret = secretOfQrCode(qr.getAttribute('src')!.replace('data:image/png;base64,', ''));
      }
      return {
        act: async () => user().type(codeField(), await totpCode(secret, env.clock.now())),
        field: codeField,
        passed,
        onRestart,
      };
    },
  },
  {
    name: 'enrollment: SMS',
    route: 'enroll-sms-verify',
    path: () => mockPaths.enrollSmsVerify,
    expiredSignIn: {
      route: 'enroll-sms',
      path: () => mockPaths.enrollSms,
      tenantErrorCodes:
        "the number travels with the login's token: without the tenant's codes a refusal may be of the number",
    },
    notApplicable: {},
    async open(options) {
      const { onRestart, passed } = await openEnrollment('Text message (SMS)', options);
      await user().type(
        await screen.findByRole('textbox', { name: 'Phone number' }),
        '+14155550123{Enter}',
      );
      if (!options.expiredSignIn)
        await screen.findByText(wholeText('We texted a code to •••• 0123.'));
      return {
        act: () => user().type(codeField(), env.latestCode('sms')),
        field: codeField,
        passed,
        onRestart,
      };
    },
  },
  {
    name: 'enrollment: passkey',
    route: 'enroll-webauthn-verify',
    path: () => mockPaths.enrollWebauthnVerify,
    expiredSignIn: {
      route: 'enroll-webauthn',
      path: () => mockPaths.enrollWebauthn,
      tenantErrorCodes: false,
    },
    notApplicable: {
      'code-expired-away':
        'no code to type: a press whose challenge expired fetches a new one first, nothing to tell',
    },
    async open(options) {
      browser = fakeWebAuthn({ device: passkey });
      const { onRestart, passed } = await openEnrollment('Passkey on this device', options);
      // The creation options are fetched on mount: with an expired sign-in, that request meets it.
      if (!options.expiredSignIn) await screen.findByRole('button', { name: 'Create passkey' });
      return {
        act: () => user().click(button(/Create passkey|Try again/)),
        field: null,
        passed,
        onRestart,
      };
    },
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Security settings (MfaSettings), signed in: each add and remove opens its panel in place.

const settingsOwner = DEMO_USERS.allFactors;
const NO_MFA_TOKEN =
  "settings run on the signed-in user's access token, not a login's mfaToken (an ended session is `unauthorized`, covered by flowAlert's tests)";

async function openSettings(opener: string) {
  const client = await signedInAs(env, settingsOwner);
  renderWithMfa(<MfaSettings clock={env.clock} />, { client });
  await screen.findByRole('button', { name: opener });
  await user().click(button(opener));
  return { onRestart: vi.fn<() => void>() };
}

const passedWith = (status: RegExp) => async () => {
  await waitFor(() => expect(document.body).toHaveTextContent(status));
};

const settings: StepType[] = [
  {
    name: 'settings: add an authenticator app',
    route: 'user-enroll-authenticator-verify',
    path: () => mockPaths.userEnrollAuthenticatorVerify,
    notApplicable: { 'expired-sign-in': NO_MFA_TOKEN, 'code-expired-away': QR_LIFETIME },
    async open() {
      const { onRestart } = await openSettings('Add authenticator app');
      const qr = await screen.findByRole('img', { name: enMessages.enroll.qrAlt });
      const secret = secretOfQrCode(qr.getAttribute('src')!.replace('data:image/png;base64,', ''));
      return {
        act: async () => user().type(codeField(), await totpCode(secret, env.clock.now())),
        field: codeField,
        passed: passedWith(/Save your recovery code|Authenticator app added/),
        onRestart,
      };
    },
  },
  {
    name: 'settings: add a phone',
    route: 'user-enroll-sms-verify',
    path: () => mockPaths.userEnrollSmsVerify,
    notApplicable: { 'expired-sign-in': NO_MFA_TOKEN },
    async open() {
      const { onRestart } = await openSettings('Add phone');
      await user().type(screen.getByLabelText('Phone number'), '+44 7700 900456{Enter}');
      await screen.findByText(/We texted a code/);
      return {
        act: () => user().type(codeField(), env.latestCode('sms')),
        field: codeField,
        passed: passedWith(/Save your recovery code|Text message added/),
        onRestart,
      };
    },
  },
  {
    name: 'settings: add a passkey',
    route: 'user-enroll-webauthn-verify',
    path: () => mockPaths.userEnrollWebauthnVerify,
    notApplicable: {
      'expired-sign-in': NO_MFA_TOKEN,
      'code-expired-away': 'no code to type: a press fetches a challenge when it has none usable',
    },
    async open() {
      browser = fakeWebAuthn({ device: passkey });
      const { onRestart } = await openSettings('Add passkey');
      return {
        act: () => user().click(button(/Create passkey|Try again/)),
        field: null,
        passed: passedWith(/Save your recovery code|Passkey added/),
        onRestart,
      };
    },
  },
  {
    name: 'settings: remove the authenticator app',
    route: 'authenticator-disable-verify',
    path: () => mockPaths.authenticatorDisableVerify(settingsOwner.authenticators[0].id),
    notApplicable: { 'expired-sign-in': NO_MFA_TOKEN, 'code-expired-away': NO_LIFETIME },
    async open() {
      const { onRestart } = await openSettings('Remove Authenticator app');
      const field = () => screen.getByLabelText<HTMLInputElement>('Code or recovery code');
      return {
        act: () => user().type(field(), `${settingsOwner.recoveryCodes[0]}{Enter}`),
        field,
        passed: passedWith(/Authenticator app removed/),
        onRestart,
      };
    },
  },
  {
    name: 'settings: remove a phone (one press)',
    route: 'sms-disable-verify',
    path: () => mockPaths.smsDisableVerify(settingsOwner.phones[0].id),
    notApplicable: {
      'expired-sign-in': NO_MFA_TOKEN,
      'code-expired-away': 'with another method left, a phone goes in one press, with no code',
    },
    async open() {
      const { onRestart } = await openSettings('Remove Text message •••• 0123');
      return {
        act: () => user().click(button('Remove phone')),
        field: null,
        passed: passedWith(/Text message codes are off for •••• 0123\./),
        onRestart,
        retry: 'Remove phone',
      };
    },
  },
];

const STEP_TYPES: readonly StepType[] = [...login, ...enrollment, ...settings];

// StepUpDialog draws MfaLoginStep over the challenge's mfaToken, so the login rows are its steps' rows; its own
// request (generate) meets the faults in step-up-dialog.browser.test.tsx (native <dialog>: Chromium only).

const WIRE_TEXT = {
  network: errorMessage(enMessages, 'network'),
  server: errorMessage(enMessages, 'server'),
} as const;

describe.each(STEP_TYPES)('$name', { timeout: 30_000 }, (step) => {
  const applies = (fault: Fault) => !(fault in step.notApplicable);

  it.each(['network', 'server'] as const)(
    '%s: its own message, the code kept, one request; "Try again" sends one more and passes',
    async (fault) => {
      const open = await step.open({ expiredSignIn: false, tenantErrorCodes: false });
      if (fault === 'network') env.backend.faults.networkErrorNext(1, { route: step.route });
      else env.backend.faults.failNext(1, { status: 503 }, { route: step.route });
      await open.act();
      const typed = open.field?.().value;
      await waitFor(() => expect(alert()).toHaveTextContent(WIRE_TEXT[fault]));
      expect(WIRE_TEXT.network).not.toBe(WIRE_TEXT.server);
      if (open.field) expect(open.field()).toHaveValue(typed);
      expect(env.count(step.path())).toBe(1);
      await user().click(button(open.retry ?? 'Try again'));
      await open.passed();
      expect(env.count(step.path())).toBe(2);
    },
  );

  it('slow answer: busy until it comes, then passes, with one request', async () => {
    const open = await step.open({ expiredSignIn: false, tenantErrorCodes: false });
    env.backend.faults.latency(400, { route: step.route });
    await open.act();
    const busy = await screen.findByRole('form', { busy: true });
    expect(within(busy).queryByRole('alert')).toBeNull();
    await open.passed();
    expect(env.count(step.path())).toBe(1);
  });

  it.runIf(applies('expired-sign-in'))(
    'expired sign-in: back to sign in, told why, nothing retried',
    async () => {
      const expired = step.expiredSignIn!;
      const open = await step.open({
        expiredSignIn: true,
        tenantErrorCodes: expired.tenantErrorCodes !== false,
      });
      if (expired.route === step.route) await open.act();
      await waitFor(() => expect(alert()).toHaveTextContent(enMessages.signInExpired));
      expect(env.count(expired.path())).toBe(1);
      await user().click(button('Sign in again'));
      expect(open.onRestart).toHaveBeenCalledOnce();
      expect(env.count(expired.path())).toBe(1);
    },
  );

  it.runIf(applies('code-expired-away'))(
    'code expired while the tab was away: told so on return, a new code offered, nothing sent by returning',
    async () => {
      await step.open({ expiredSignIn: false, tenantErrorCodes: false });
      const sent = env.requests.length;
      setPageVisibility('hidden');
      act(() => env.clock.sleep(CODE_TTL_MS + 1_000));
      act(() => setPageVisibility('visible'));
      expect(alert()).toHaveTextContent(enMessages.codeExpired);
      expect(env.requests).toHaveLength(sent);
      await user().click(button('Send a new code'));
      await waitFor(() => expect(env.requests).toHaveLength(sent + 1));
    },
  );
});
