import { deviceOf } from '../auth';
import type { RouteHandler } from '../context';
import { optionalBoolean, readJsonObject, requireString } from '../validation';
import { signInWithTotp } from './totp-sign-in';

/**
 * `POST /resources/auth/v1/user/mfa/authenticator/{deviceId}/verify` `{ value, mfaToken, rememberDevice? }`:
 * the code is checked against that one authenticator app; answers 201 with the signed-in tokens.
 */
export const totpDeviceVerify: RouteHandler = async (context) => {
  const body = await readJsonObject(context.request);
  const value = requireString(body, 'value');
  const mfaToken = requireString(body, 'mfaToken');
  optionalBoolean(body, 'rememberDevice');
  const user = context.state.userOfChallenge(mfaToken);
  const app = deviceOf(context, user.authenticators);
  return signInWithTotp(context, { mfaToken, user, apps: [app], value });
};
