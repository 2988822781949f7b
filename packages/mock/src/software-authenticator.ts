// A software authenticator for tests and stories: it answers a mock challenge with a seeded device's private
// key, as a real authenticator does (WebAuthn §6.3.3), with the runtime's WebCrypto (Node 20 and browsers).
import { fromBase64, toBase64Url } from './base64url';

/** What to sign with and what to answer. */
export interface SignWebAuthnAssertionInput {
  /** A seeded passkey or security key (`DEMO_USERS.*.webauthn[n]`): its private key signs. */
  device: { credentialId: string; privateKey: string; userHandle?: string };
  /** The `options` of the challenge answer (`POST …/mfa/webauthn/{deviceId}`). */
  options: { challenge: string; rpId?: string };
  /** The page's origin, written into `clientDataJSON` (default `http://localhost`). */
  origin?: string;
  /** The authenticator's signature counter; once above 0 it must grow from sign-in to sign-in (default 0). */
  counter?: number;
}

/** An assertion in JSON form, shaped as the browser's `credential.toJSON()`. */
export interface WebAuthnAssertionJson {
  id: string;
  rawId: string;
  type: 'public-key';
  response: {
    clientDataJSON: string;
    authenticatorData: string;
    signature: string;
    /** Only for a discoverable credential, as `toJSON()` leaves it out otherwise. */
    userHandle?: string;
  };
  clientExtensionResults: Record<string, never>;
}

// Authenticator data flags: the user was present (UP) and verified (UV).
const USER_PRESENT_AND_VERIFIED = 0x01 | 0x04;

/** Signs the challenge of `options` with the device's key: a real, verifiable assertion. */
export async function signWebAuthnAssertion({
  device,
  options,
  origin = 'http://localhost',
  counter = 0,
}: SignWebAuthnAssertionInput): Promise<WebAuthnAssertionJson> {
  const { subtle } = globalThis.crypto;
  const encoder = new TextEncoder();
  const clientDataJSON = encoder.encode(
    JSON.stringify({
      type: 'webauthn.get',
      challenge: options.challenge,
      origin,
      crossOrigin: false,
    }),
  );
  const rpId = options.rpId ?? new URL(origin).hostname;
  // rpIdHash (32 bytes) ‖ flags (1) ‖ signature counter (4, big-endian); no attested data, no extensions.
  const authenticatorData = new Uint8Array(37);
  authenticatorData.set(new Uint8Array(await subtle.digest('SHA-256', encoder.encode(rpId))));
  authenticatorData[32] = USER_PRESENT_AND_VERIFIED;
  new DataView(authenticatorData.buffer).setUint32(33, counter);

  const key = await subtle.importKey(
    'pkcs8',
    fromBase64(device.privateKey),
    { name: 'ECDSA', namedCurve: 'P-256' },
    false,
    ['sign'],
  );
  const clientDataHash = new Uint8Array(await subtle.digest('SHA-256', clientDataJSON));
  const signature = await subtle.sign(
    { name: 'ECDSA', hash: 'SHA-256' },
    key,
    Uint8Array.from([...authenticatorData, ...clientDataHash]),
  );
  return {
    id: device.credentialId,
    rawId: device.credentialId,
    type: 'public-key',
    response: {
      clientDataJSON: toBase64Url(clientDataJSON),
      authenticatorData: toBase64Url(authenticatorData),
      signature: toBase64Url(toDer(new Uint8Array(signature))),
      ...(device.userHandle === undefined ? {} : { userHandle: device.userHandle }),
    },
    clientExtensionResults: {},
  };
}

/** WebCrypto signs ECDSA as r ‖ s; WebAuthn carries it as DER, a SEQUENCE of two INTEGERs. */
function toDer(rs: Uint8Array): Uint8Array {
  const integer = (half: Uint8Array): number[] => {
    let start = 0;
    while (start < half.length - 1 && half[start] === 0) start += 1;
    const bytes = [...half.subarray(start)];
    // A set high bit would read as negative: a zero byte in front keeps it positive.
    if ((bytes[0] ?? 0) >= 0x80) bytes.unshift(0);
    return [0x02, bytes.length, ...bytes];
  };
  const body = [...integer(rs.subarray(0, 32)), ...integer(rs.subarray(32))];
  return Uint8Array.from([0x30, body.length, ...body]);
}
