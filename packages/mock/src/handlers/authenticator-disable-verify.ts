import { deviceOf } from '../auth';
import { defineRoute } from '../define-route';
import { matchesTotp } from '../totp';
import { USER_ID_HEADER, optionalText } from '../validation';

/**
 * `POST /resources/users/v1/mfa/authenticator/{deviceId}/disable/verify` `{ token }`: removes the app when
 * `token` is the code it shows now or one of the user's unused recovery codes (which it spends); 200, no
 * body. Wrong tokens count per user and end the tries at `maxAttempts`; no token is a wrong one, as the
 * spec (DisableMFAAuthAppRequest) and Frontegg's SDK (IDisableMfa) leave it optional.
 */
export const authenticatorDisableVerify = defineRoute(
  { vendorHeaders: USER_ID_HEADER, body: { token: optionalText } },
  async (context, { user, body: { token = '' } }) => {
    const app = deviceOf(context, user.authenticators);
    const recoveryCode = user.recoveryCodes.indexOf(token);
    const correct = recoveryCode !== -1 || (await matchesTotp([app], token, context.config.now()));
    context.state.settleAnswer(`disable-totp:${user.id}`, correct);
    if (recoveryCode !== -1) user.recoveryCodes.splice(recoveryCode, 1);
    user.authenticators = user.authenticators.filter((candidate) => candidate !== app);
    return { status: 200 };
  },
);
