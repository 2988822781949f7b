import { deviceOf } from '../auth';
import { defineRoute } from '../define-route';
import { badRequest } from '../errors';
import { mfaDeviceCount } from '../users';
import { USER_ID_HEADER } from '../validation';
import { ASSERTION } from '../webauthn';
import { userSubject } from './enrollment';
import { checkAssertion, issueAssertionChallenge } from './webauthn-start';

/**
 * `POST /resources/users/v1/mfa/webauthn/{deviceId}/disable` (no body; outside the spec): a challenge the
 * key must sign to be removed; 200 `{ webauthnToken, options }`.
 */
export const webauthnPreDisable = defineRoute(
  // @frontegg/rest-api auth/index.js preDisableMFAWebAuthn posts no body.
  { vendorHeaders: USER_ID_HEADER },
  (context, { user }) => {
    const device = deviceOf(context, user.webauthn);
    return Promise.resolve({
      status: 200,
      body: issueAssertionChallenge(context, userSubject(user), device),
    });
  },
);

/**
 * `POST /resources/users/v1/mfa/webauthn/{deviceId}/disable/verify` `{ webauthnToken, options }` (outside
 * the spec): removes the key when its assertion of the challenge verifies (spent either way); 200, no body.
 * Without both (`{}`) it removes the key only when the user keeps another second factor.
 */
export const webauthnDisableVerify = defineRoute(
  {
    vendorHeaders: USER_ID_HEADER,
    // @frontegg/rest-api auth/interfaces.d.ts IDisableMFAWebAuthn `{ webauthnToken?, options? }`; its
    // disableMFAWebAuthn (auth/index.d.ts) "can also be called without pre-disable if the user has more than
    // one MFA device". A token still needs its assertion, and an assertion its token.
    body: {
      webauthnToken: { type: 'string', optional: true, requiredWith: 'options' },
      options: { ...ASSERTION, optional: true, requiredWith: 'webauthnToken' },
    },
  },
  async (context, { user, body: { webauthnToken, options } }) => {
    const device = deviceOf(context, user.webauthn);
    if (webauthnToken === undefined || options === undefined) {
      if (mfaDeviceCount(user) < 2)
        throw badRequest(
          'This is the only MFA device: sign a challenge from the pre-disable step first',
        );
    } else {
      await checkAssertion(context, userSubject(user), device, { webauthnToken, options });
    }
    user.webauthn = user.webauthn.filter((candidate) => candidate !== device);
    return { status: 200 };
  },
);
