import { SignJWT, decodeJwt, jwtVerify } from 'jose';

/**
 * The HS256 key the mock signs access tokens with. It is published on purpose: these tokens only look real, and
 * anyone may verify (or forge) them. Never use it, or a token it signed, outside the mock.
 */
export const MOCK_JWT_SECRET =
  'mfa-kit-mock: a public, deliberately fake signing key - not a secret';

/** The `iss` of every mock-issued token; a bearer token with another issuer is treated as a vendor token. */
export const MOCK_JWT_ISSUER = 'https://mock.mfa-kit.dev';

const AUDIENCE = 'mfa-kit-mock';
const key = new TextEncoder().encode(MOCK_JWT_SECRET);

/** Who a token is for. */
export interface TokenSubject {
  id: string;
  email: string;
  name: string;
  tenantId: string;
}

/** A signed user access token in Frontegg's shape (`sub`, `email`, `tenantId`, ...), valid for `ttlSeconds`. */
export async function signAccessToken(
  subject: TokenSubject,
  nowMs: number,
  ttlSeconds: number,
): Promise<string> {
  const issuedAt = Math.floor(nowMs / 1000);
  return new SignJWT({
    email: subject.email,
    name: subject.name,
    tenantId: subject.tenantId,
    tenantIds: [subject.tenantId],
    type: 'userToken',
    roles: [],
    permissions: [],
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT', kid: 'mfa-kit-mock' })
    .setSubject(subject.id)
    .setIssuer(MOCK_JWT_ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttlSeconds)
    .sign(key);
}

/** What a bearer token turned out to be. */
export type BearerVerdict =
  | { kind: 'user'; userId: string }
  | { kind: 'invalid' } // issued by this mock, but expired or tampered with
  | { kind: 'foreign' }; // not a mock token: a vendor (environment) token, as far as the mock can tell

/** Checks a bearer token against the mock's key and clock. */
export async function verifyBearer(token: string, nowMs: number): Promise<BearerVerdict> {
  let issuer: unknown;
  try {
    issuer = decodeJwt(token).iss;
  } catch {
    return { kind: 'foreign' };
  }
  if (issuer !== MOCK_JWT_ISSUER) return { kind: 'foreign' };
  try {
    const { payload } = await jwtVerify(token, key, {
      issuer: MOCK_JWT_ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
      currentDate: new Date(nowMs),
    });
    return typeof payload.sub === 'string'
      ? { kind: 'user', userId: payload.sub }
      : { kind: 'invalid' };
  } catch {
    return { kind: 'invalid' };
  }
}
