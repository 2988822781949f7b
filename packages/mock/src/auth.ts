import { MOCK_ERROR_CODES, MockHttpError } from './errors';
import type { HandlerContext } from './context';
import type { JWTPayload } from 'jose';
import { type BearerVerdict, verifyBearer } from './tokens';
import type { UserRecord } from './users';
import { type RequestRules, requireHeader } from './validation';

/** The bearer token's verdict; no `Authorization`, or one that is not `Bearer <token>`, is a 401. */
async function verdictOf({ request, config }: HandlerContext): Promise<BearerVerdict> {
  const authorization = request.headers.get('authorization');
  if (authorization === null || authorization.trim() === '') {
    throw new MockHttpError(
      401,
      MOCK_ERROR_CODES.unauthorized,
      "Unauthorized: send the user's access token as 'Authorization: Bearer <token>'",
    );
  }
  const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
  if (token === undefined) {
    throw new MockHttpError(
      401,
      MOCK_ERROR_CODES.unauthorized,
      "Unauthorized: the Authorization header must be 'Bearer <token>'",
    );
  }
  const verdict = await verifyBearer(token, config.now());
  if (verdict.kind === 'invalid') {
    throw new MockHttpError(
      401,
      MOCK_ERROR_CODES.unauthorized,
      'Unauthorized: the access token is expired or invalid; sign in again',
    );
  }
  return verdict;
}

/** The user a mock-issued JWT names, or a 401 when that user is gone. */
function userOfToken({ state }: HandlerContext, userId: string): UserRecord {
  const user = state.findUserById(userId);
  if (user === undefined)
    throw new MockHttpError(
      401,
      MOCK_ERROR_CODES.unauthorized,
      'Unauthorized: the user no longer exists',
    );
  return user;
}

/**
 * The user a user-route request acts for. A mock-issued bearer JWT names the user itself: Frontegg's browser
 * SDK sends none of the `frontegg-*` headers the spec marks required (@frontegg/rest-api FetchClient.js
 * buildRequestHeaders), so with a user JWT none is. Any other bearer token is taken for a vendor token,
 * which then needs `vendorHeaders`. No `Authorization` is a 401.
 */
export async function authenticateUser(
  context: HandlerContext,
  vendorHeaders: NonNullable<RequestRules['vendorHeaders']>,
): Promise<UserRecord> {
  const { request, state } = context;
  const verdict = await verdictOf(context);
  if (verdict.kind === 'user') return userOfToken(context, verdict.userId);
  const [userIdHeader, ...otherHeaders] = vendorHeaders;
  const userId = requireHeader(request, userIdHeader);
  for (const name of otherHeaders) requireHeader(request, name);
  const tenantId = request.headers.get('frontegg-tenant-id');
  const user = state.findUserById(userId);
  if (user === undefined)
    throw new MockHttpError(404, MOCK_ERROR_CODES.deviceNotFound, 'User not found');
  if (tenantId !== null && tenantId.trim() !== '' && tenantId.trim() !== user.tenantId) {
    throw new MockHttpError(
      403,
      MOCK_ERROR_CODES.forbidden,
      'The user is not a member of this tenant',
    );
  }
  return user;
}

/** A signed-in user's session: who, and how and when they signed in (the access token's claims). */
export interface UserSession {
  user: UserRecord;
  claims: JWTPayload;
}

/**
 * The session of a route only the user's own access token may call (step-up): a vendor token has no sign-in to
 * prove again, so any token but a mock-issued user JWT is a 401.
 */
export async function authenticateSession(context: HandlerContext): Promise<UserSession> {
  const verdict = await verdictOf(context);
  if (verdict.kind !== 'user') {
    throw new MockHttpError(
      401,
      MOCK_ERROR_CODES.unauthorized,
      "Unauthorized: this route takes the user's own access token",
    );
  }
  return { user: userOfToken(context, verdict.userId), claims: verdict.claims };
}

/** The device `{deviceId}` names among `devices`, or a 404. */
export function deviceOf<Device extends { id: string }>(
  context: HandlerContext,
  devices: readonly Device[],
): Device {
  const device = devices.find((candidate) => candidate.id === context.deviceId);
  if (device === undefined)
    throw new MockHttpError(404, MOCK_ERROR_CODES.deviceNotFound, 'MFA device not found');
  return device;
}

/** The SMS device `{deviceId}` names, or a 404. */
export function phoneDeviceOf(
  context: HandlerContext,
  user: UserRecord,
): UserRecord['phones'][number] {
  return deviceOf(context, user.phones);
}
