import { authenticateUser } from '../auth';
import type { HandlerContext, RouteHandler } from '../context';
import { badRequest } from '../errors';
import { requireActiveStrategy } from '../strategies';
import type { UserRecord } from '../users';
import { type JsonObject, optionalBoolean, readJsonObject, requireString } from '../validation';
import { enrolledSignIn, enrollingUser, loginSubject, userSubject } from './enrollment';

/** Frontegg takes phone numbers in E.164 form. */
const E164 = /^\+[1-9]\d{6,14}$/;

/** The body's phone number, in E.164 form. */
function phoneNumberOf(body: JsonObject): string {
  const phoneNumber = requireString(body, 'phoneNumber');
  if (!E164.test(phoneNumber))
    throw badRequest('phoneNumber must be in E.164 form: + and 7 to 15 digits');
  return phoneNumber;
}

/** Texts an enrolment code to `phoneNumber`; the answer names the `otcToken` and the number. */
function startEnrollment(context: HandlerContext, subject: string, phoneNumber: string) {
  requireActiveStrategy(context.config, 'SMS');
  return { otcToken: context.state.sendEnrollmentCode(subject, phoneNumber), phoneNumber };
}

/** The code of a verify body, checked for type. */
const codeOf = (body: JsonObject) => ({
  otcToken: requireString(body, 'otcToken'),
  code: requireString(body, 'code'),
});

/** Checks the code and adds the phone it went to. */
function finishEnrollment(
  context: HandlerContext,
  subject: string,
  user: UserRecord,
  { otcToken, code }: ReturnType<typeof codeOf>,
): void {
  const phoneNumber = context.state.redeemEnrollmentCode(otcToken, code, subject);
  user.phones.push({ id: context.newToken(), phoneNumber });
}

/** `POST /resources/auth/v1/user/mfa/sms/enroll` `{ phoneNumber, mfaToken }`: 201 `{ otcToken, phoneNumber }`. */
export const enrollSms: RouteHandler = async (context) => {
  const body = await readJsonObject(context.request);
  const phoneNumber = phoneNumberOf(body);
  const mfaToken = requireString(body, 'mfaToken');
  enrollingUser(context, mfaToken);
  return { status: 201, body: startEnrollment(context, loginSubject(mfaToken), phoneNumber) };
};

/**
 * `POST /resources/auth/v1/user/mfa/sms/enroll/verify` `{ otcToken, code, mfaToken, rememberDevice? }`:
 * adds the phone and signs in; 201 with the tokens and a recovery code.
 */
export const enrollSmsVerify: RouteHandler = async (context) => {
  const body = await readJsonObject(context.request);
  const code = codeOf(body);
  const mfaToken = requireString(body, 'mfaToken');
  optionalBoolean(body, 'rememberDevice');
  const user = enrollingUser(context, mfaToken);
  finishEnrollment(context, loginSubject(mfaToken), user, code);
  return enrolledSignIn(context, user, mfaToken, ['sms']);
};

/** `POST /resources/users/v1/mfa/sms/enroll` `{ phoneNumber }`: 200 `{ otcToken, phoneNumber }`. */
export const userEnrollSms: RouteHandler = async (context) => {
  const user = await authenticateUser(context, { tenantHeaderRequired: false });
  const body = await readJsonObject(context.request);
  return { status: 200, body: startEnrollment(context, userSubject(user), phoneNumberOf(body)) };
};

/** `POST /resources/users/v1/mfa/sms/enroll/verify` `{ otcToken, code }`: adds the phone; 200, no body. */
export const userEnrollSmsVerify: RouteHandler = async (context) => {
  const user = await authenticateUser(context, { tenantHeaderRequired: false });
  const body = await readJsonObject(context.request);
  finishEnrollment(context, userSubject(user), user, codeOf(body));
  return { status: 200 };
};
