// WebAuthn checked for real: @simplewebauthn/server verifies an assertion's signature with the device's public
// key, the challenge, relying party and counter, and a new credential's attestation. It is large, so it is
// loaded on first use.
import { fromBase64, toBase64Url } from './base64url';
import type { MockConfig } from './state';
import type { MockWebAuthnDevice } from './users';
import { type BodyOf, object, optionalText, text } from './validation';

/** The key types Frontegg enrolls. */
export const DEVICE_TYPES = ['Platform', 'CrossPlatform'] as const;

/**
 * The assertion a WebAuthn verify body carries as `options` (the spec's AuthenticateUserWebAuthNDto).
 * `userHandle` must be sent but may be null, where the spec says string: Frontegg's SDK sends the
 * browser's null for a credential that is not discoverable (@frontegg/redux-store helpers/converters.js
 * publicKeyCredentialToJSON keeps it, auth/LoginState/actions/mfaWithWebAuthn.actions.js sends it).
 */
export const ASSERTION = object({
  id: text,
  response: object({
    clientDataJSON: text,
    authenticatorData: text,
    signature: text,
    userHandle: { type: 'string', nullable: true },
  }),
  recaptchaToken: optionalText,
  invitationToken: optionalText,
});

/** The new credential an enrollment verify body carries as `options` (VerifyNewWebAuthnDeviceRequest). */
export const ATTESTATION = object({
  id: text,
  response: object({ clientDataJSON: text, attestationObject: text }),
  deviceType: { type: 'string', optional: true, oneOf: DEVICE_TYPES },
});

export type Assertion = BodyOf<(typeof ASSERTION)['fields']>;
type Attestation = BodyOf<(typeof ATTESTATION)['fields']>;

/** The device's new signature counter, or why the assertion is refused (naming no value). */
export type AssertionVerdict =
  { verified: true; counter: number } | { verified: false; reason: string };

const refused = (reason: string): AssertionVerdict => ({ verified: false, reason });

/** Checks an assertion for one device against the challenge issued for it. */
export async function verifyAssertion(
  { id, response }: Assertion,
  device: MockWebAuthnDevice & { counter: number },
  challenge: string,
  relyingParty: MockConfig['webauthn'],
): Promise<AssertionVerdict> {
  if (id !== device.credentialId) return refused('another credential signed it');
  if (response.userHandle !== null && response.userHandle !== device.userHandle) {
    return refused('the user handle names another user');
  }
  const origin = originOf(response.clientDataJSON);
  if (origin === undefined || !relyingParty.isExpectedOrigin(origin)) {
    return refused('it comes from an unexpected origin');
  }
  const { verifyAuthenticationResponse } = await import('@simplewebauthn/server');
  try {
    const { verified, authenticationInfo } = await verifyAuthenticationResponse({
      response: {
        id,
        rawId: id,
        type: 'public-key',
        response: {
          clientDataJSON: response.clientDataJSON,
          authenticatorData: response.authenticatorData,
          signature: response.signature,
          ...(response.userHandle === null ? {} : { userHandle: response.userHandle }),
        },
        clientExtensionResults: {},
      },
      expectedChallenge: challenge,
      expectedOrigin: origin,
      expectedRPID: relyingParty.rpId,
      credential: {
        id: device.credentialId,
        publicKey: fromBase64(device.publicKey),
        counter: device.counter,
      },
      // The options ask for user verification as 'preferred': a key without it may still sign in.
      requireUserVerification: false,
    });
    if (verified) return { verified: true, counter: authenticationInfo.newCounter };
  } catch {
    // Its messages quote the challenge; the reason below names no value.
  }
  return refused('the challenge, relying party, counter or signature does not match');
}

/** The new credential to store, or why the attestation is refused (naming no value). */
export type AttestationVerdict =
  | { verified: true; credentialId: string; publicKey: string; counter: number }
  | { verified: false; reason: string };

/** Checks a new credential's attestation against the challenge issued for its enrollment. */
export async function verifyAttestation(
  { id, response }: Attestation,
  challenge: string,
  relyingParty: MockConfig['webauthn'],
): Promise<AttestationVerdict> {
  const origin = originOf(response.clientDataJSON);
  if (origin === undefined || !relyingParty.isExpectedOrigin(origin)) {
    return { verified: false, reason: 'it comes from an unexpected origin' };
  }
  const { verifyRegistrationResponse } = await import('@simplewebauthn/server');
  try {
    const { verified, registrationInfo } = await verifyRegistrationResponse({
      response: {
        id,
        rawId: id,
        type: 'public-key',
        response: {
          clientDataJSON: response.clientDataJSON,
          attestationObject: response.attestationObject,
        },
        clientExtensionResults: {},
      },
      expectedChallenge: challenge,
      expectedOrigin: origin,
      expectedRPID: relyingParty.rpId,
      requireUserVerification: false,
    });
    if (verified) {
      const { credential } = registrationInfo;
      return {
        verified: true,
        credentialId: credential.id,
        publicKey: toBase64Url(credential.publicKey),
        counter: credential.counter,
      };
    }
  } catch {
    // Its messages quote the challenge; the reason below names no value.
  }
  return {
    verified: false,
    reason: 'the challenge, relying party, attestation or public key does not match',
  };
}

/** The page origin the browser wrote into `clientDataJSON`. */
function originOf(clientDataJSON: string): string | undefined {
  try {
    const { origin } = JSON.parse(new TextDecoder().decode(fromBase64(clientDataJSON))) as {
      origin?: unknown;
    };
    return typeof origin === 'string' ? origin : undefined;
  } catch {
    return undefined;
  }
}
