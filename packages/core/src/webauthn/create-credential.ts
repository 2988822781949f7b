import type { RequestOptions } from '../client/http.js';
import type { WebAuthnCredentialDescriptor } from '../client/schemas.js';
import { fromBase64Url } from './base64url.js';
import { runCeremony } from './ceremony.js';
import { credentialDescriptor, encodeFields } from './json-fallback.js';

/**
 * WebAuthn creation options in JSON form (`PublicKeyCredentialCreationOptionsJSON`, base64url strings), as
 * an enrol call answers them. Fields not listed (`extensions`, `hints`, ...) pass through to the browser.
 */
export interface WebAuthnCreationOptions {
  /** Base64url. */
  challenge: string;
  /** The relying party: `id` is the domain the key will belong to. */
  rp: { id?: string; name: string };
  /** `id` is the user handle, base64url. */
  user: { id: string; name: string; displayName: string };
  /** The signature algorithms the server accepts, e.g. `{ type: 'public-key', alg: -7 }`. */
  pubKeyCredParams: { type: string; alg: number }[];
  timeout?: number;
  /** The keys the user already has, so that one is not registered twice. */
  excludeCredentials?: WebAuthnCredentialDescriptor[];
  authenticatorSelection?: {
    authenticatorAttachment?: string;
    residentKey?: string;
    requireResidentKey?: boolean;
    userVerification?: string;
  };
  attestation?: string;
}

/** A new passkey or security key, as an enrol verify call sends it (base64url strings). */
export interface WebAuthnAttestation {
  /** The credential id. */
  id: string;
  response: {
    clientDataJSON: string;
    attestationObject: string;
    /** How the key can be reached (`internal`, `usb`, `hybrid`, ...), when the browser says. */
    transports?: string[];
  };
  /**
   * `platform` (built into the device: Frontegg's `Platform`) or `cross-platform` (a security key:
   * `CrossPlatform`), when the browser says.
   */
  authenticatorAttachment?: string;
}

/** The options in the browser's binary form: its own parser where there is one, else the fallback. */
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

/** The attestation as the enrol verify call sends it, from `toJSON()` where the browser has it. */
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
 * creation options of an enrol call, and answers the attestation that its verify call sends. `signal`
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
