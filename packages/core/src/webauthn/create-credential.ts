import type { RequestOptions } from '../client/http.js';
import type { WebAuthnAttestation } from '../client/enroll-mfa.js';
import type { WebAuthnCreationOptions } from '../client/schemas.js';
import { fromBase64Url } from './base64url.js';
import { runCeremony } from './ceremony.js';
import { credentialDescriptor, encodeFields } from './json-fallback.js';

function creationOptions(options: WebAuthnCreationOptions): PublicKeyCredentialCreationOptions {
  if ('parseCreationOptionsFromJSON' in PublicKeyCredential) {
    return PublicKeyCredential.parseCreationOptionsFromJSON(
      options as PublicKeyCredentialCreationOptionsJSON,
    );
  }
  const { challenge, user, excludeCredentials, ...rest } = options;
  return {
    ...(rest as Omit<PublicKeyCredentialCreationOptions, 'challenge' | 'user'>),
    challenge: fromBase64Url(challenge),
    user: { ...user, id: fromBase64Url(user.id) },
    ...(excludeCredentials && { excludeCredentials: excludeCredentials.map(credentialDescriptor) }),
  };
}

/** The attestation as the enroll verify call sends it, from `toJSON()` where the browser has it. */
function attestationOf(credential: PublicKeyCredential): WebAuthnAttestation {
  const attestation = credential.response as AuthenticatorAttestationResponse;
  const { id, response } = (
    typeof credential.toJSON === 'function'
      ? credential.toJSON()
      : {
          id: credential.id,
          response: {
            ...encodeFields(attestation, ['clientDataJSON', 'attestationObject']),
            ...(typeof attestation.getTransports === 'function' && {
              transports: attestation.getTransports(),
            }),
          },
        }
  ) as WebAuthnAttestation;
  const { clientDataJSON, attestationObject, transports } = response;
  const attachment = credential.authenticatorAttachment;
  return {
    id,
    response: { clientDataJSON, attestationObject, ...(transports && { transports }) },
    ...(attachment && { authenticatorAttachment: attachment }),
  };
}

/**
 * Asks the browser to register a new passkey or security key (`navigator.credentials.create`) for the
 * creation options of an enroll call, and answers the attestation that its verify call sends. `signal`
 * cancels the prompt (kind `aborted`). Every failure is an `MfaApiError`: `webauthn-cancelled`,
 * `webauthn-no-credential` (this key is already registered), `webauthn-unsupported`,
 * `webauthn-insecure-context`, or `invalid-response` for options the browser cannot read.
 */
export async function createWebAuthnCredential(
  options: WebAuthnCreationOptions,
  { signal }: RequestOptions = {},
): Promise<WebAuthnAttestation> {
  const credential = await runCeremony(
    'create',
    (credentials, abort) => credentials.create({ publicKey: creationOptions(options), ...abort }),
    signal,
  );
  return attestationOf(credential);
}
