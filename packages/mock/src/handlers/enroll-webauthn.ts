import { toBase64Url } from '../base64url';
import type { HandlerContext } from '../context';
import { defineRoute } from '../define-route';
import { MockHttpError, badRequest } from '../errors';
import { requireActiveStrategy } from '../strategies';
import type { UserRecord } from '../users';
import { type BodyOf, USER_ID_HEADER, optionalFlag, text } from '../validation';
import { ATTESTATION, DEVICE_TYPES, verifyAttestation } from '../webauthn';
import { enrolledSignIn, enrollingUser, loginSubject, userSubject } from './enrollment';
import { WEBAUTHN_TIMEOUT_MS } from './webauthn-start';

// The challenge of an enrollment is issued for no device yet.
const NEW_DEVICE = 'new';

/** The user handle a new credential carries: the user id, base64url (as the seeded passkeys'). */
const userHandleOf = (user: UserRecord): string => toBase64Url(new TextEncoder().encode(user.id));

/** A registration challenge for `subject`, answered as creation options in WebAuthn's JSON form. */
function startEnrollment(context: HandlerContext, subject: string, user: UserRecord) {
  requireActiveStrategy(context.config, 'WebAuthnPlatform', 'WebAuthnCrossPlatform');
  const { webauthnToken, challenge } = context.state.issueWebAuthnChallenge(subject, NEW_DEVICE);
  return {
    webauthnToken,
    options: {
      challenge,
      rp: { id: context.config.webauthn.rpId, name: 'mfa-kit mock' },
      user: { id: userHandleOf(user), name: user.email, displayName: user.name },
      // ES256 and RS256, as Frontegg offers.
      pubKeyCredParams: [
        { type: 'public-key', alg: -7 },
        { type: 'public-key', alg: -257 },
      ],
      timeout: WEBAUTHN_TIMEOUT_MS,
      attestation: 'none',
      excludeCredentials: user.webauthn.map((device) => ({
        id: device.credentialId,
        type: 'public-key',
      })),
      authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
    },
  };
}

/** The new key of a verify body (the spec's VerifyEnrollMFAWebAuthnRequest, without the sign-in's fields). */
const NEW_KEY = {
  deviceType: { type: 'string', oneOf: DEVICE_TYPES },
  webauthnToken: text,
  options: ATTESTATION,
} as const;

/** Verifies the attestation against `subject`'s challenge (spent either way) and adds the key. */
async function finishEnrollment(
  context: HandlerContext,
  subject: string,
  user: UserRecord,
  { deviceType, webauthnToken, options }: BodyOf<typeof NEW_KEY>,
): Promise<void> {
  requireActiveStrategy(context.config, `WebAuthn${deviceType}`);
  const challenge = context.state.spendWebAuthnChallenge(webauthnToken, {
    mfaToken: subject,
    deviceId: NEW_DEVICE,
  });
  const verdict = await verifyAttestation(options, challenge, context.config.webauthn);
  if (!verdict.verified) {
    throw new MockHttpError(
      400,
      context.config.errorCodes.invalidCode,
      `WebAuthn attestation refused: ${verdict.reason}`,
    );
  }
  if (user.webauthn.some((device) => device.credentialId === verdict.credentialId))
    throw badRequest('This passkey or security key is already enrolled');
  user.webauthn.push({
    id: context.newToken(),
    name: deviceType === 'Platform' ? 'Passkey' : 'Security key',
    deviceType,
    credentialId: verdict.credentialId,
    publicKey: verdict.publicKey,
    userHandle: userHandleOf(user),
    counter: verdict.counter,
  });
}

/** `POST /resources/auth/v1/user/mfa/webauthn/enroll` `{ mfaToken }`: 201 `{ webauthnToken, options }`. */
export const enrollWebAuthn = defineRoute(
  { body: { mfaToken: text } },
  (context, { body: { mfaToken } }) => {
    const user = enrollingUser(context, mfaToken);
    return Promise.resolve({
      status: 201,
      body: startEnrollment(context, loginSubject(mfaToken), user),
    });
  },
);

/**
 * `POST /resources/auth/v1/user/mfa/webauthn/enroll/verify`
 * `{ deviceType, webauthnToken, options: { id, response: { clientDataJSON, attestationObject } }, mfaToken,
 * rememberDevice? }`: adds the key and signs in; 201 with the tokens and a recovery code.
 */
export const enrollWebAuthnVerify = defineRoute(
  { body: { ...NEW_KEY, mfaToken: text, rememberDevice: optionalFlag } },
  async (context, { body }) => {
    const user = enrollingUser(context, body.mfaToken);
    await finishEnrollment(context, loginSubject(body.mfaToken), user, body);
    return enrolledSignIn(context, user, body.mfaToken, ['hwk']);
  },
);

/** `POST /resources/users/v1/mfa/webauthn/enroll` (no body; outside the spec): 200 `{ webauthnToken, options }`. */
export const userEnrollWebAuthn = defineRoute(
  // @frontegg/rest-api auth/index.js preEnrollMFAWebAuthn posts no body.
  { vendorHeaders: USER_ID_HEADER },
  (context, { user }) =>
    Promise.resolve({ status: 200, body: startEnrollment(context, userSubject(user), user) }),
);

/** `POST /resources/users/v1/mfa/webauthn/enroll/verify` (outside the spec): adds the key; 200, no body. */
export const userEnrollWebAuthnVerify = defineRoute(
  // @frontegg/rest-api auth/interfaces.d.ts IEnrollMFAWebAuthn without the sign-in's mfaToken and
  // rememberDevice (enrollMFAWebAuthn takes WithoutMFAToken<IEnrollMFAWebAuthn>).
  { vendorHeaders: USER_ID_HEADER, body: NEW_KEY },
  async (context, { user, body }) => {
    await finishEnrollment(context, userSubject(user), user, body);
    return { status: 200 };
  },
);
