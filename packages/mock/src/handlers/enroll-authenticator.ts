import type { HandlerContext } from '../context';
import { defineRoute } from '../define-route';
import { requireActiveStrategy } from '../strategies';
import { enrollmentQrCode, matchesTotp } from '../totp';
import type { UserRecord } from '../users';
import { USER_ID_HEADER, optionalFlag, text } from '../validation';
import { enrolledSignIn, enrollingUser, loginSubject, userSubject } from './enrollment';

/** A fresh secret for `subject`, answered as the QR code of its otpauth URL (a data URL, as Frontegg does). */
async function startEnrollment(context: HandlerContext, subject: string, user: UserRecord) {
  requireActiveStrategy(context.config, 'AuthenticatorApp');
  const secret = context.state.startTotpEnrollment(subject);
  return { qrCode: await enrollmentQrCode(secret, user.email, context.config.qrCodeFormat) };
}

/**
 * Adds the app `subject` started with, if `token` is what it shows now; wrong codes count per enrollment
 * and end it at `maxAttempts`.
 */
async function finishEnrollment(
  context: HandlerContext,
  subject: string,
  user: UserRecord,
  token: string,
): Promise<void> {
  const secret = context.state.pendingTotpSecret(subject);
  const app = { id: context.newToken(), secret };
  context.state.settleAnswer(
    `enroll-totp:${secret}`,
    await matchesTotp([app], token, context.config.now()),
  );
  context.state.finishTotpEnrollment(subject);
  user.authenticators.push(app);
}

/** `POST /resources/auth/v1/user/mfa/authenticator/enroll` `{ mfaToken }`: 201 `{ qrCode }`. */
export const enrollAuthenticator = defineRoute(
  { body: { mfaToken: text } },
  async (context, { body: { mfaToken } }) => {
    const user = enrollingUser(context, mfaToken);
    return { status: 201, body: await startEnrollment(context, loginSubject(mfaToken), user) };
  },
);

/**
 * `POST /resources/auth/v1/user/mfa/authenticator/enroll/verify` `{ token, mfaToken, rememberDevice? }`:
 * adds the app and signs in; 201 with the tokens and a recovery code.
 */
export const enrollAuthenticatorVerify = defineRoute(
  { body: { token: text, mfaToken: text, rememberDevice: optionalFlag } },
  async (context, { body: { token, mfaToken } }) => {
    const user = enrollingUser(context, mfaToken);
    await finishEnrollment(context, loginSubject(mfaToken), user, token);
    return enrolledSignIn(context, user, mfaToken, ['otp']);
  },
);

/** `POST /resources/users/v1/mfa/authenticator/enroll` (no body): 200 `{ qrCode }`. */
export const userEnrollAuthenticator = defineRoute(
  { vendorHeaders: USER_ID_HEADER },
  async (context, { user }) => ({
    status: 200,
    body: await startEnrollment(context, userSubject(user), user),
  }),
);

/** `POST /resources/users/v1/mfa/authenticator/enroll/verify` `{ token }`: 200 `{ recoveryCode }`. */
export const userEnrollAuthenticatorVerify = defineRoute(
  { vendorHeaders: USER_ID_HEADER, body: { token: text } },
  async (context, { user, body: { token } }) => {
    await finishEnrollment(context, userSubject(user), user, token);
    return { status: 200, body: { recoveryCode: context.state.issueRecoveryCode(user) } };
  },
);
