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

/** What to create a credential for. */
export interface CreateWebAuthnAttestationInput {
  /** The `options` of an enrollment start answer (`POST …/mfa/webauthn/enroll`). */
  options: { challenge: string; rp: { id?: string }; user: { id: string } };
  /** The page's origin, written into `clientDataJSON` (default `http://localhost`). */
  origin?: string;
}

/** An attestation in JSON form, shaped as the browser's `credential.toJSON()` after `create`. */
export interface WebAuthnAttestationJson {
  id: string;
  rawId: string;
  type: 'public-key';
  response: { clientDataJSON: string; attestationObject: string; transports: string[] };
  clientExtensionResults: Record<string, never>;
}

/** A new credential: its attestation to send, and the device to sign later assertions with. */
export interface CreatedWebAuthnCredential {
  attestation: WebAuthnAttestationJson;
  /** Pass to {@link signWebAuthnAssertion} to sign in with, or remove, the new credential. */
  device: { credentialId: string; privateKey: string; userHandle: string };
}

// Attested credential data is included (AT), the user was present (UP) and verified (UV).
const ATTESTED_PRESENT_AND_VERIFIED = 0x40 | 0x01 | 0x04;

/**
 * Creates a new ES256 credential for the enrollment challenge of `options`, as an authenticator would
 * (attestation format `none`): a real attestation the mock verifies, without a browser.
 */
export async function createWebAuthnAttestation({
  options,
  origin = 'http://localhost',
}: CreateWebAuthnAttestationInput): Promise<CreatedWebAuthnCredential> {
  const { subtle } = globalThis.crypto;
  const encoder = new TextEncoder();
  const keys = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']);
  const jwk = await subtle.exportKey('jwk', keys.publicKey);
  const privateKey = new Uint8Array(await subtle.exportKey('pkcs8', keys.privateKey));
  const credentialId = globalThis.crypto.getRandomValues(new Uint8Array(32));
  // COSE_Key of an EC2 P-256 ES256 key: kty 2, alg -7, crv 1, x, y.
  const publicKey = cbor(
    new Map<number, unknown>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, fromBase64(jwk.x ?? '')],
      [-3, fromBase64(jwk.y ?? '')],
    ]),
  );
  const rpId = options.rp.id ?? new URL(origin).hostname;
  // rpIdHash ‖ flags ‖ counter (4 bytes, 0) ‖ AAGUID (16 zero bytes) ‖ id length (2) ‖ id ‖ public key.
  const authData = Uint8Array.from([
    ...new Uint8Array(await subtle.digest('SHA-256', encoder.encode(rpId))),
    ATTESTED_PRESENT_AND_VERIFIED,
    ...new Uint8Array(4 + 16),
    credentialId.length >> 8,
    credentialId.length & 0xff,
    ...credentialId,
    ...publicKey,
  ]);
  const clientDataJSON = encoder.encode(
    JSON.stringify({
      type: 'webauthn.create',
      challenge: options.challenge,
      origin,
      crossOrigin: false,
    }),
  );
  const id = toBase64Url(credentialId);
  return {
    attestation: {
      id,
      rawId: id,
      type: 'public-key',
      response: {
        clientDataJSON: toBase64Url(clientDataJSON),
        attestationObject: toBase64Url(
          Uint8Array.from(
            cbor(
              new Map<string, unknown>([
                ['fmt', 'none'],
                ['attStmt', new Map()],
                ['authData', authData],
              ]),
            ),
          ),
        ),
        transports: ['internal'],
      },
      clientExtensionResults: {},
    },
    device: { credentialId: id, privateKey: toBase64(privateKey), userHandle: options.user.id },
  };
}

/** Standard base64 (a PKCS#8 key as CDP and `signWebAuthnAssertion` take it). */
function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

/** The CBOR (RFC 8949) of the few kinds an attestation holds: integers, text, bytes and maps. */
function cbor(value: unknown): number[] {
  const head = (major: number, length: number): number[] =>
    length < 24
      ? [(major << 5) | length]
      : length < 256
        ? [(major << 5) | 24, length]
        : [(major << 5) | 25, length >> 8, length & 0xff];
  if (typeof value === 'number') return value < 0 ? head(1, -1 - value) : head(0, value);
  if (typeof value === 'string') {
    const bytes = new TextEncoder().encode(value);
    return [...head(3, bytes.length), ...bytes];
  }
  if (value instanceof Uint8Array) return [...head(2, value.length), ...value];
  if (value instanceof Map) {
    return [
      ...head(5, value.size),
      ...[...value].flatMap(([key, item]) => [...cbor(key), ...cbor(item)]),
    ];
  }
  throw new TypeError('cbor: unsupported value');
}
