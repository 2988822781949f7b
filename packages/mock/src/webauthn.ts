// WebAuthn checked for real: @simplewebauthn/server verifies an assertion's signature with the device's public
// key, the challenge, relying party and counter, and a new credential's attestation. It is large, so it is
// loaded on first use.
import { fromBase64, toBase64Url } from './base64url';
import type { MockConfig } from './state';
import type { MockWebAuthnDevice } from './users';
import { type JsonObject, requireObject, requireString, requireStringOrNull } from './validation';

/** The assertion of a verify body (`options`), fields checked for type. */
export interface AssertionFields {
  id: string;
  clientDataJSON: string;
  authenticatorData: string;
  signature: string;
  userHandle: string | null;
}

/** The assertion of a verify body's `options`, each field checked for type. */
export function assertionOf(options: JsonObject): AssertionFields {
  const response = requireObject(options, 'response');
  return {
    id: requireString(options, 'id'),
    clientDataJSON: requireString(response, 'clientDataJSON'),
    authenticatorData: requireString(response, 'authenticatorData'),
    signature: requireString(response, 'signature'),
    userHandle: requireStringOrNull(response, 'userHandle'),
  };
}

/** The device's new signature counter, or why the assertion is refused (naming no value). */
export type AssertionVerdict =
  { verified: true; counter: number } | { verified: false; reason: string };

const refused = (reason: string): AssertionVerdict => ({ verified: false, reason });

/** Checks an assertion for one device against the challenge issued for it. */
export async function verifyAssertion(
  assertion: AssertionFields,
  device: MockWebAuthnDevice & { counter: number },
  challenge: string,
  relyingParty: MockConfig['webauthn'],
): Promise<AssertionVerdict> {
  if (assertion.id !== device.credentialId) return refused('another credential signed it');
  if (assertion.userHandle !== null && assertion.userHandle !== device.userHandle) {
    return refused('the user handle names another user');
  }
  const origin = originOf(assertion.clientDataJSON);
  if (origin === undefined || !relyingParty.isExpectedOrigin(origin)) {
    return refused('it comes from an unexpected origin');
  }
  const { verifyAuthenticationResponse } = await import('@simplewebauthn/server');
  try {
    const { verified, authenticationInfo } = await verifyAuthenticationResponse({
      response: {
        id: assertion.id,
        rawId: assertion.id,
        type: 'public-key',
        response: {
          clientDataJSON: assertion.clientDataJSON,
          authenticatorData: assertion.authenticatorData,
          signature: assertion.signature,
          ...(assertion.userHandle === null ? {} : { userHandle: assertion.userHandle }),
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

/** The attestation of an enrolment verify body (`options`), fields checked for type. */
export interface AttestationFields {
  id: string;
  clientDataJSON: string;
  attestationObject: string;
}

/** The new credential to store, or why the attestation is refused (naming no value). */
export type AttestationVerdict =
  | { verified: true; credentialId: string; publicKey: string; counter: number }
  | { verified: false; reason: string };

/** Checks a new credential's attestation against the challenge issued for its enrolment. */
export async function verifyAttestation(
  attestation: AttestationFields,
  challenge: string,
  relyingParty: MockConfig['webauthn'],
): Promise<AttestationVerdict> {
  const origin = originOf(attestation.clientDataJSON);
  if (origin === undefined || !relyingParty.isExpectedOrigin(origin)) {
    return { verified: false, reason: 'it comes from an unexpected origin' };
  }
  const { verifyRegistrationResponse } = await import('@simplewebauthn/server');
  try {
    const { verified, registrationInfo } = await verifyRegistrationResponse({
      response: {
        id: attestation.id,
        rawId: attestation.id,
        type: 'public-key',
        response: {
          clientDataJSON: attestation.clientDataJSON,
          attestationObject: attestation.attestationObject,
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
