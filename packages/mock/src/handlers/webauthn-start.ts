import { deviceOf } from '../auth';
import type { HandlerContext } from '../context';
import { defineRoute } from '../define-route';
import { MockHttpError } from '../errors';
import type { MockWebAuthnDevice } from '../users';
import { text } from '../validation';
import { type Assertion, verifyAssertion } from '../webauthn';

/** How long the browser may wait for the user, in ms (the options' `timeout`). */
export const WEBAUTHN_TIMEOUT_MS = 60_000;

/**
 * `POST /resources/auth/v1/user/mfa/webauthn/{deviceId}` `{ mfaToken }`: a fresh challenge for that passkey
 * or security key; answers 201 `{ webauthnToken, options }`, the options in WebAuthn's JSON form (the SDK's
 * shape; the specification's is empty).
 */
export const webauthnStart = defineRoute(
  { body: { mfaToken: text } },
  (context, { body: { mfaToken } }) => {
    const user = context.state.userOfChallenge(mfaToken);
    const device = deviceOf(context, user.webauthn);
    return Promise.resolve({
      status: 201,
      body: issueAssertionChallenge(context, mfaToken, device),
    });
  },
);

/**
 * A fresh challenge for `device`, issued to `subject` (a login's `mfaToken`, or a user removing the key):
 * `{ webauthnToken, options }`, the options in WebAuthn's JSON request form.
 */
export function issueAssertionChallenge(
  context: HandlerContext,
  subject: string,
  device: MockWebAuthnDevice,
) {
  const { webauthnToken, challenge } = context.state.issueWebAuthnChallenge(subject, device.id);
  return {
    webauthnToken,
    options: {
      challenge,
      rpId: context.config.webauthn.rpId,
      allowCredentials: [
        {
          id: device.credentialId,
          type: 'public-key',
          transports: device.deviceType === 'Platform' ? ['internal'] : ['usb', 'nfc'],
        },
      ],
      userVerification: 'preferred',
      timeout: WEBAUTHN_TIMEOUT_MS,
    },
  };
}

/**
 * Spends the challenge `webauthnToken` names (issued to `subject` for `device`) and verifies `assertion`
 * of it; a refusal is a wrong code. Answers the device's new signature counter.
 */
export async function checkAssertion(
  context: HandlerContext,
  subject: string,
  device: MockWebAuthnDevice & { counter: number },
  { webauthnToken, options }: { webauthnToken: string; options: Assertion },
): Promise<number> {
  const challenge = context.state.spendWebAuthnChallenge(webauthnToken, {
    mfaToken: subject,
    deviceId: device.id,
  });
  const verdict = await verifyAssertion(options, device, challenge, context.config.webauthn);
  if (!verdict.verified) {
    throw new MockHttpError(
      400,
      context.config.errorCodes.invalidCode,
      `WebAuthn assertion refused: ${verdict.reason}`,
    );
  }
  return verdict.counter;
}
