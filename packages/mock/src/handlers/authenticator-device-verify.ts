import { deviceOf } from '../auth';
import { defineRoute } from '../define-route';
import { optionalFlag, text } from '../validation';
import { signInWithTotp } from './totp-sign-in';

/**
 * `POST /resources/auth/v1/user/mfa/authenticator/{deviceId}/verify` `{ value, mfaToken, rememberDevice? }`:
 * the code is checked against that one authenticator app; answers 201 with the signed-in tokens.
 */
export const authenticatorDeviceVerify = defineRoute(
  { body: { value: text, mfaToken: text, rememberDevice: optionalFlag } },
  (context, { body: { value, mfaToken } }) => {
    const user = context.state.userOfChallenge(mfaToken);
    const app = deviceOf(context, user.authenticators);
    return signInWithTotp(context, { mfaToken, user, apps: [app], value });
  },
);
