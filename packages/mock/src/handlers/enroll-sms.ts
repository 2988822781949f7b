import type { HandlerContext } from '../context';
import { defineRoute } from '../define-route';
import { requireActiveStrategy } from '../strategies';
import type { UserRecord } from '../users';
import { USER_ID_HEADER, optionalFlag, text } from '../validation';
import { enrolledSignIn, enrollingUser, loginSubject, userSubject } from './enrollment';

/**
 * The phone number of an enrollment. The spec's pattern is the literal text "phoneNumberRegexp", which no
 * number matches; Frontegg takes phone numbers in E.164 form, so that is the rule.
 */
const PHONE_NUMBER = {
  type: 'string',
  format: { test: /^\+[1-9]\d{6,14}$/, rule: 'in E.164 form: + and 7 to 15 digits' },
} as const;

/** The code of a verify body: the spec's VerifyEnrollMFASMSRequest. */
const CODE = { otcToken: text, code: text } as const;

/** Texts an enrollment code to `phoneNumber`; the answer names the `otcToken` and the number. */
function startEnrollment(context: HandlerContext, subject: string, phoneNumber: string) {
  requireActiveStrategy(context.config, 'SMS');
  return { otcToken: context.state.sendEnrollmentCode(subject, phoneNumber), phoneNumber };
}

/** Checks the code and adds the phone it went to. */
function finishEnrollment(
  context: HandlerContext,
  subject: string,
  user: UserRecord,
  { otcToken, code }: { otcToken: string; code: string },
): void {
  const phoneNumber = context.state.redeemEnrollmentCode(otcToken, code, subject);
  user.phones.push({ id: context.newToken(), phoneNumber });
}

/** `POST /resources/auth/v1/user/mfa/sms/enroll` `{ phoneNumber, mfaToken }`: 201 `{ otcToken, phoneNumber }`. */
export const enrollSms = defineRoute(
  // The spec's body lacks the mfaToken a sign-in's enrollment needs; @frontegg/rest-api auth/interfaces.d.ts
  // IPreEnrollMFASMS (preEnrollMFASMSForLogin) sends it.
  { body: { phoneNumber: PHONE_NUMBER, mfaToken: text } },
  (context, { body: { phoneNumber, mfaToken } }) => {
    enrollingUser(context, mfaToken);
    return Promise.resolve({
      status: 201,
      body: startEnrollment(context, loginSubject(mfaToken), phoneNumber),
    });
  },
);

/**
 * `POST /resources/auth/v1/user/mfa/sms/enroll/verify` `{ otcToken, code, mfaToken, rememberDevice? }`:
 * adds the phone and signs in; 201 with the tokens and a recovery code.
 */
export const enrollSmsVerify = defineRoute(
  // The spec's body lacks mfaToken and rememberDevice; @frontegg/rest-api auth/interfaces.d.ts
  // IEnrollMFASMS (enrollMFASMSForLogin) sends them.
  { body: { ...CODE, mfaToken: text, rememberDevice: optionalFlag } },
  async (context, { body }) => {
    const user = enrollingUser(context, body.mfaToken);
    finishEnrollment(context, loginSubject(body.mfaToken), user, body);
    return enrolledSignIn(context, user, body.mfaToken, ['sms']);
  },
);

/** `POST /resources/users/v1/mfa/sms/enroll` `{ phoneNumber }`: 200 `{ otcToken, phoneNumber }`. */
export const userEnrollSms = defineRoute(
  { vendorHeaders: USER_ID_HEADER, body: { phoneNumber: PHONE_NUMBER } },
  (context, { user, body: { phoneNumber } }) =>
    Promise.resolve({
      status: 200,
      body: startEnrollment(context, userSubject(user), phoneNumber),
    }),
);

/** `POST /resources/users/v1/mfa/sms/enroll/verify` `{ otcToken, code }`: adds the phone; 200, no body. */
export const userEnrollSmsVerify = defineRoute(
  { vendorHeaders: USER_ID_HEADER, body: CODE },
  (context, { user, body }) => {
    finishEnrollment(context, userSubject(user), user, body);
    return Promise.resolve({ status: 200 });
  },
);
