import type { RequestOptions } from '../client/http.js';
import type { WebAuthnRequestOptions } from '../client/schemas.js';
import type { WebAuthnAssertion } from '../client/webauthn-mfa.js';
import { fromBase64Url } from './base64url.js';
import { runCeremony } from './ceremony.js';
import { credentialDescriptor, encodeFields } from './json-fallback.js';

/** The options in the browser's binary form: its own parser where there is one, else the fallback. */
function requestOptions(options: WebAuthnRequestOptions): PublicKeyCredentialRequestOptions {
  if ('parseRequestOptionsFromJSON' in PublicKeyCredential) {
    return PublicKeyCredential.parseRequestOptionsFromJSON(options);
  }
  const { challenge, allowCredentials, ...rest } = options;
  return {
    ...rest,
    challenge: fromBase64Url(challenge),
    ...(allowCredentials && { allowCredentials: allowCredentials.map(credentialDescriptor) }),
  };
}

/** The assertion as the verify call sends it, from `toJSON()` where the browser has it. */
function assertionOf(credential: PublicKeyCredential): WebAuthnAssertion {
  const { id, response } = (
    typeof credential.toJSON === 'function'
      ? credential.toJSON()
      : {
          id: credential.id,
          response: encodeFields(credential.response, [
            'clientDataJSON',
            'authenticatorData',
            'signature',
            'userHandle',
          ]),
        }
  ) as WebAuthnAssertion;
  const { clientDataJSON, authenticatorData, signature, userHandle } = response;
  // Only the fields the verify call sends; a key that is not discoverable gives no user handle: null.
  return {
    id,
    response: { clientDataJSON, authenticatorData, signature, userHandle: userHandle ?? null },
  };
}

/**
 * Asks the browser to sign the challenge of `client.webauthnMfa.start` with a passkey or security key
 * (`navigator.credentials.get`), and answers the assertion that `client.webauthnMfa.verify` sends. The
 * user may take long; `signal` cancels the prompt (kind `aborted`). Every failure is an `MfaApiError`:
 * `webauthn-cancelled`, `webauthn-no-credential`, `webauthn-unsupported`, `webauthn-insecure-context`,
 * or `invalid-response` for options the browser cannot read.
 */
export async function getWebAuthnAssertion(
  options: WebAuthnRequestOptions,
  { signal }: RequestOptions = {},
): Promise<WebAuthnAssertion> {
  const credential = await runCeremony(
    'get',
    (credentials, abort) => credentials.get({ publicKey: requestOptions(options), ...abort }),
    signal,
  );
  return assertionOf(credential);
}
