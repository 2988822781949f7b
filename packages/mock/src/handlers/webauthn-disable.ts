import { authenticateUser, deviceOf } from '../auth';
import type { RouteHandler } from '../context';
import { MockHttpError } from '../errors';
import { readJsonObject, requireObject, requireString } from '../validation';
import { assertionOf, verifyAssertion } from '../webauthn';
import { userSubject } from './enrollment';
import { issueAssertionChallenge } from './webauthn-start';

/**
 * `POST /resources/users/v1/mfa/webauthn/{deviceId}/disable` (no body; outside the spec): a challenge the
 * key must sign to be removed; 200 `{ webauthnToken, options }`.
 */
export const webauthnPreDisable: RouteHandler = async (context) => {
  const user = await authenticateUser(context, { tenantHeaderRequired: false });
  const device = deviceOf(context, user.webauthn);
  return { status: 200, body: issueAssertionChallenge(context, userSubject(user), device) };
};

/**
 * `POST /resources/users/v1/mfa/webauthn/{deviceId}/disable/verify` `{ webauthnToken, options }` (outside
 * the spec): removes the key when its assertion of the challenge verifies (spent either way); 200, no body.
 */
export const webauthnDisableVerify: RouteHandler = async (context) => {
  const user = await authenticateUser(context, { tenantHeaderRequired: false });
  const body = await readJsonObject(context.request);
  const webauthnToken = requireString(body, 'webauthnToken');
  const assertion = assertionOf(requireObject(body, 'options'));
  const device = deviceOf(context, user.webauthn);
  const challenge = context.state.spendWebAuthnChallenge(webauthnToken, {
    mfaToken: userSubject(user),
    deviceId: device.id,
  });
  const verdict = await verifyAssertion(assertion, device, challenge, context.config.webauthn);
  if (!verdict.verified) {
    throw new MockHttpError(
      400,
      context.config.errorCodes.invalidCode,
      `WebAuthn assertion refused: ${verdict.reason}`,
    );
  }
  user.webauthn = user.webauthn.filter((candidate) => candidate !== device);
  return { status: 200 };
};
