import { deviceOf } from '../auth';
import { defineRoute } from '../define-route';
import { optionalFlag, text } from '../validation';
import { ASSERTION } from '../webauthn';
import { signedInResponse } from './auth-response';
import { checkAssertion } from './webauthn-start';

/**
 * `POST /resources/auth/v1/user/mfa/webauthn/{deviceId}/verify`
 * `{ webauthnToken, options: { id, response: { clientDataJSON, authenticatorData, signature, userHandle } },
 * mfaToken, rememberDevice? }`: verifies the assertion against the device's public key and the challenge
 * (spent either way); answers 201 with the signed-in tokens. `userHandle` may be null, as Frontegg's SDK
 * sends it for a credential that is not discoverable.
 */
export const webauthnVerify = defineRoute(
  {
    body: { webauthnToken: text, options: ASSERTION, mfaToken: text, rememberDevice: optionalFlag },
  },
  async (context, { body }) => {
    const { mfaToken } = body;
    const user = context.state.userOfChallenge(mfaToken);
    const device = deviceOf(context, user.webauthn);
    device.counter = await checkAssertion(context, mfaToken, device, body);
    context.state.closeChallenge(mfaToken);
    return { status: 201, body: await signedInResponse(context, user, ['pwd', 'hwk']) };
  },
);
