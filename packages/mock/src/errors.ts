/**
 * The error codes this mock answers with. Frontegg documents only a few (`ER-01097`, `ER-01008`); the rest are
 * the mock's own, in a range Frontegg is not known to use, so nothing pretends to be a real server's code.
 */
export const MOCK_ERROR_CODES = {
  /** The request breaks the contract: a missing or wrong-typed field, a non-JSON body, a missing header. */
  badRequest: 'ER-01100',
  /** Wrong email or password. */
  invalidCredentials: 'ER-01101',
  /** No usable `Authorization` on a user route, or a mock-issued JWT that no longer verifies. */
  unauthorized: 'ER-01102',
  /** An `mfaToken` this backend never issued. */
  invalidMfaToken: 'ER-01103',
  /** Over a rate limit or inside the resend cooldown. */
  rateLimited: 'ER-01104',
  /** No such route on this backend. */
  notFound: 'ER-01105',
  /** A method the route does not take. */
  methodNotAllowed: 'ER-01106',
  /** A bug in the mock itself. */
  internal: 'ER-01198',
  /** The default body of `faults.failNext` when none is given. */
  injectedFault: 'ER-01199',
  /** Frontegg's forbidden code: the tenant header names a tenant the user is not in. */
  forbidden: 'ER-00008',
  /** Frontegg's "MFA is not enrolled". */
  mfaNotEnrolled: 'ER-01097',
  /** Frontegg's not-found code, used for an unknown device or user. */
  deviceNotFound: 'ER-01008',
  /** A wrong one-time code. */
  invalidCode: 'ER-01110',
  /** An expired, used or replaced one-time code, or an expired `mfaToken`. */
  expired: 'ER-01111',
  /** The code was burned after too many wrong tries. */
  tooManyAttempts: 'ER-01112',
} as const;

/** The error codes one backend answers with: {@link MOCK_ERROR_CODES}, or a tenant's in their place. */
export type MockErrorCodes = { readonly [Name in keyof typeof MOCK_ERROR_CODES]: string };

/** The codes Frontegg leaves undocumented: the ones a tenant's answers may carry in its own way. */
export const UNDOCUMENTED_CODE_NAMES = ['invalidCode', 'expired', 'tooManyAttempts'] as const;

/**
 * How `@mfa-kit/core` may classify the mock's undocumented codes, for a backend created with
 * `errorCodeStyle: 'mock'`: `createMfaClient({ errorCodeKinds: MOCK_ERROR_CODE_KINDS })`. An example of
 * mapping your tenant's codes; the client works without it.
 */
export const MOCK_ERROR_CODE_KINDS = {
  [MOCK_ERROR_CODES.invalidCode]: 'invalid-code',
  [MOCK_ERROR_CODES.expired]: 'expired',
  [MOCK_ERROR_CODES.tooManyAttempts]: 'too-many-attempts',
} as const satisfies Record<string, string>;

/** An answer a handler gives up with; the backend turns it into a Frontegg-shaped error response. */
export class MockHttpError extends Error {
  override readonly name = 'MockHttpError';
  constructor(
    readonly status: number,
    readonly errorCode: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

/** A 400 for a request that does not fit the contract. */
export function badRequest(message: string): MockHttpError {
  return new MockHttpError(400, MOCK_ERROR_CODES.badRequest, message);
}

/** A 429 telling the caller when to try again, with both header forms Frontegg's gateway may send. */
export function rateLimited(message: string, resetAt: number, now: number): MockHttpError {
  const seconds = Math.max(1, Math.ceil((resetAt - now) / 1000));
  return new MockHttpError(429, MOCK_ERROR_CODES.rateLimited, message, {
    'retry-after': String(seconds),
    'x-rate-limit-reset': new Date(resetAt).toISOString(),
  });
}
