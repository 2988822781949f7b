import { SignJWT, decodeJwt, jwtVerify } from 'jose';
import type { JWTPayload } from 'jose';

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
const HEADER = { alg: 'HS256', typ: 'JWT', kid: 'mfa-kit-mock' };

/** Who a token is for. */
export interface TokenSubject {
  id: string;
  email: string;
  name: string;
  tenantId: string;
}

/**
 * The `acr` of a sign-in that passed a second factor (OpenID PAPE's multi-factor policy), the value Frontegg's SDK
 * checks (`@frontegg/redux-store` 7.119, `auth/StepUpState/consts.js` `ACR_VALUE`).
 */
export const MULTI_FACTOR_ACR = 'http://schemas.openid.net/pape/policies/2007/06/multi-factor';

/** How and when the user signed in, as a token's claims say it (OpenID Connect `amr`, `acr`, `auth_time`). */
export interface SignInClaims {
  /** The methods, e.g. `['pwd']`, or `['pwd', 'otp', 'mfa']` after a second factor. */
  amr: string[];
  /** {@link MULTI_FACTOR_ACR} after a second factor, else absent. */
  acr?: string;
  /** The sign-in's time, in seconds since the epoch. */
  auth_time: number;
}

/**
 * The claims of a sign-in by `methods` (`pwd`, and `otp`, `sms` or `hwk` for a second factor) at `authTime`
 * (seconds): a second factor adds `mfa` and the multi-factor `acr`, as step-up reads them (CONTRACT.md, "Step-up").
 */
export function signInClaims(methods: readonly string[], authTime: number): SignInClaims {
  const proven = methods.filter((method) => method !== 'mfa');
  return proven.some((method) => method !== 'pwd')
    ? { amr: [...proven, 'mfa'], acr: MULTI_FACTOR_ACR, auth_time: authTime }
    : { amr: proven, auth_time: authTime };
}

/**
 * A signed user access token in Frontegg's shape (`sub`, `email`, `tenantId`, ...) carrying how the user signed in
 * (`claims`), valid for `ttlSeconds`.
 */
export async function signAccessToken(
  subject: TokenSubject,
  nowMs: number,
  ttlSeconds: number,
  claims: SignInClaims,
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
    ...claims,
  })
    .setProtectedHeader(HEADER)
    .setSubject(subject.id)
    .setIssuer(MOCK_JWT_ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttlSeconds)
    .sign(key);
}

/** What a bearer token turned out to be. */
export type BearerVerdict =
  | { kind: 'user'; userId: string; claims: JWTPayload }
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
      ? { kind: 'user', userId: payload.sub, claims: payload }
      : { kind: 'invalid' };
  } catch {
    return { kind: 'invalid' };
  }
}

/**
 * `token` signed again as if its sign-in had been `seconds` earlier: `auth_time`, `iat` and `exp` moved back, the
 * rest kept. Throws for a token this mock did not issue, or one no longer valid at `nowMs`.
 */
export async function agedAccessToken(
  token: string,
  seconds: number,
  nowMs: number,
): Promise<string> {
  if (!(Number.isFinite(seconds) && seconds >= 0))
    throw new RangeError(
      `ageSession: seconds must be a non-negative number, got ${String(seconds)}`,
    );
  const verdict = await verifyBearer(token, nowMs);
  if (verdict.kind !== 'user') throw new Error('ageSession: not a valid access token of this mock');
  const aged: JWTPayload = { ...verdict.claims };
  for (const claim of ['auth_time', 'iat', 'exp']) {
    const time = aged[claim];
    if (typeof time === 'number') aged[claim] = time - seconds;
  }
  return new SignJWT(aged).setProtectedHeader(HEADER).sign(key);
}
