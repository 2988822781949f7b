import type { RouteHandler } from './context';
import { authenticatorDisableVerify } from './handlers/authenticator-disable-verify';
import { devices } from './handlers/devices';
import { emailCode } from './handlers/email-code';
import { emailCodeVerify } from './handlers/email-code-verify';
import {
  enrollAuthenticator,
  enrollAuthenticatorVerify,
  userEnrollAuthenticator,
  userEnrollAuthenticatorVerify,
} from './handlers/enroll-authenticator';
import {
  enrollSms,
  enrollSmsVerify,
  userEnrollSms,
  userEnrollSmsVerify,
} from './handlers/enroll-sms';
import {
  enrollWebAuthn,
  enrollWebAuthnVerify,
  userEnrollWebAuthn,
  userEnrollWebAuthnVerify,
} from './handlers/enroll-webauthn';
import { login } from './handlers/login';
import { mfaStrategies } from './handlers/mfa-strategies';
import { recover } from './handlers/recover';
import { rememberDevicePolicy } from './handlers/remember-device-policy';
import { smsCode } from './handlers/sms-code';
import { smsCodeVerify } from './handlers/sms-code-verify';
import { smsDisableVerify } from './handlers/sms-disable-verify';
import { smsPreDisable } from './handlers/sms-pre-disable';
import { stepUpGenerate } from './handlers/step-up-generate';
import { totpDeviceVerify } from './handlers/totp-device-verify';
import { totpVerify } from './handlers/totp-verify';
import { webauthnStart } from './handlers/webauthn-start';
import { webauthnDisableVerify, webauthnPreDisable } from './handlers/webauthn-disable';
import { webauthnVerify } from './handlers/webauthn-verify';

/**
 * One endpoint: where it lives (relative to `/identity`), how it answers, and how a fault breaks it. `TRoute`: the
 * names `ROUTES` declares, so the table is the one list of them.
 */
export interface RouteDefinition<TRoute extends string = MockRoute> {
  route: TRoute;
  method: 'GET' | 'POST';
  /** Path relative to the `/identity` base, `{deviceId}` as a placeholder. */
  path: string;
  handler: RouteHandler;
  /** The status a success answers with, which malformed and schema-breaking faults reuse. */
  successStatus: number;
  /** Verify routes (and recovery) sit behind the per-route rate limit, as Frontegg's MFA verify routes do. */
  rateLimited: boolean;
  /** A JSON body of the success status that breaks the route's response schema. */
  schemaBreakingBody: unknown;
}

const AUTH_RESPONSE_BREAK = { mfaRequired: false, accessToken: 42, expiresIn: 'soon' };
// The routes answer without a body; any JSON where none belongs breaks them.
const NO_BODY_BREAK = { otcToken: 42 };

// `as const` keeps each path a literal type, so the test kit's `mockPaths` is typed from this table. A
// fixed path comes before a `{deviceId}` path of the same shape (`sms/enroll` before `sms/{deviceId}`), as
// the first match wins.
export const ROUTES = [
  {
    route: 'login',
    method: 'POST',
    path: '/resources/auth/v1/user',
    handler: login,
    successStatus: 200,
    rateLimited: false,
    schemaBreakingBody: { mfaRequired: 'yes', mfaToken: 42 },
  },
  {
    route: 'email-code',
    method: 'POST',
    path: '/resources/auth/v1/user/mfa/emailcode',
    handler: emailCode,
    successStatus: 201,
    rateLimited: false,
    schemaBreakingBody: { otcToken: 42 },
  },
  {
    route: 'email-code-verify',
    method: 'POST',
    path: '/resources/auth/v1/user/mfa/emailcode/verify',
    handler: emailCodeVerify,
    successStatus: 201,
    rateLimited: true,
    schemaBreakingBody: { mfaRequired: false, accessToken: 42, expiresIn: 'soon' },
  },
  {
    route: 'totp-verify',
    method: 'POST',
    path: '/resources/auth/v1/user/mfa/verify',
    handler: totpVerify,
    successStatus: 201,
    rateLimited: true,
    // The specification documents no body; Frontegg's SDK reads the sign-in answer from it.
    schemaBreakingBody: { mfaRequired: false, accessToken: 42, expiresIn: 'soon' },
  },
  {
    route: 'enroll-authenticator',
    method: 'POST',
    path: '/resources/auth/v1/user/mfa/authenticator/enroll',
    handler: enrollAuthenticator,
    successStatus: 201,
    rateLimited: false,
    schemaBreakingBody: { qrCode: 42 },
  },
  {
    route: 'enroll-authenticator-verify',
    method: 'POST',
    path: '/resources/auth/v1/user/mfa/authenticator/enroll/verify',
    handler: enrollAuthenticatorVerify,
    successStatus: 201,
    rateLimited: true,
    schemaBreakingBody: AUTH_RESPONSE_BREAK,
  },
  {
    route: 'enroll-sms',
    method: 'POST',
    path: '/resources/auth/v1/user/mfa/sms/enroll',
    handler: enrollSms,
    successStatus: 201,
    rateLimited: false,
    schemaBreakingBody: { otcToken: 42 },
  },
  {
    route: 'enroll-sms-verify',
    method: 'POST',
    path: '/resources/auth/v1/user/mfa/sms/enroll/verify',
    handler: enrollSmsVerify,
    successStatus: 201,
    rateLimited: true,
    schemaBreakingBody: AUTH_RESPONSE_BREAK,
  },
  {
    route: 'enroll-webauthn',
    method: 'POST',
    path: '/resources/auth/v1/user/mfa/webauthn/enroll',
    handler: enrollWebAuthn,
    successStatus: 201,
    rateLimited: false,
    schemaBreakingBody: { webauthnToken: 42, options: { challenge: null } },
  },
  {
    route: 'enroll-webauthn-verify',
    method: 'POST',
    path: '/resources/auth/v1/user/mfa/webauthn/enroll/verify',
    handler: enrollWebAuthnVerify,
    successStatus: 201,
    rateLimited: true,
    schemaBreakingBody: AUTH_RESPONSE_BREAK,
  },
  {
    route: 'totp-device-verify',
    method: 'POST',
    path: '/resources/auth/v1/user/mfa/authenticator/{deviceId}/verify',
    handler: totpDeviceVerify,
    successStatus: 201,
    rateLimited: true,
    schemaBreakingBody: { mfaRequired: false, accessToken: 42, expiresIn: 'soon' },
  },
  {
    route: 'sms-code',
    method: 'POST',
    path: '/resources/auth/v1/user/mfa/sms/{deviceId}',
    handler: smsCode,
    successStatus: 201,
    rateLimited: false,
    schemaBreakingBody: { otcToken: 42, phoneNumber: false },
  },
  {
    route: 'sms-code-verify',
    method: 'POST',
    path: '/resources/auth/v1/user/mfa/sms/{deviceId}/verify',
    handler: smsCodeVerify,
    successStatus: 201,
    rateLimited: true,
    schemaBreakingBody: { mfaRequired: false, accessToken: 42, expiresIn: 'soon' },
  },
  {
    route: 'webauthn-start',
    method: 'POST',
    path: '/resources/auth/v1/user/mfa/webauthn/{deviceId}',
    handler: webauthnStart,
    successStatus: 201,
    rateLimited: false,
    schemaBreakingBody: { webauthnToken: 42, options: { challenge: null } },
  },
  {
    route: 'webauthn-verify',
    method: 'POST',
    path: '/resources/auth/v1/user/mfa/webauthn/{deviceId}/verify',
    handler: webauthnVerify,
    successStatus: 201,
    rateLimited: true,
    schemaBreakingBody: { mfaRequired: false, accessToken: 42, expiresIn: 'soon' },
  },
  {
    route: 'recover',
    method: 'POST',
    path: '/resources/auth/v1/user/mfa/recover',
    handler: recover,
    successStatus: 200,
    rateLimited: true,
    // The route answers without a body; any JSON where none belongs breaks it.
    schemaBreakingBody: { recoveryCode: 42 },
  },
  {
    route: 'remember-device-policy',
    method: 'GET',
    path: '/resources/configurations/v1/mfa-policy/allow-remember-device',
    handler: rememberDevicePolicy,
    successStatus: 200,
    rateLimited: false,
    schemaBreakingBody: { isAllowedToRemember: 'yes', mfaDeviceExpiration: '14 days' },
  },
  {
    route: 'devices',
    method: 'GET',
    path: '/resources/users/v1/mfa/devices',
    handler: devices,
    successStatus: 200,
    rateLimited: false,
    schemaBreakingBody: { webauthn: null, phones: [{ id: 7 }], authenticators: 'none' },
  },
  {
    route: 'sms-pre-disable',
    method: 'POST',
    path: '/resources/users/v1/mfa/sms/{deviceId}/disable',
    handler: smsPreDisable,
    successStatus: 200,
    rateLimited: false,
    schemaBreakingBody: { otcToken: 42, phoneNumber: false },
  },
  {
    route: 'sms-disable-verify',
    method: 'POST',
    path: '/resources/users/v1/mfa/sms/{deviceId}/disable/verify',
    handler: smsDisableVerify,
    successStatus: 200,
    rateLimited: true,
    // The route answers without a body; any JSON where none belongs breaks it.
    schemaBreakingBody: { otcToken: 42 },
  },
  {
    route: 'mfa-strategies',
    method: 'GET',
    path: '/resources/configurations/v1/mfa/strategies',
    handler: mfaStrategies,
    successStatus: 200,
    rateLimited: false,
    schemaBreakingBody: { strategies: [{ strategy: 7, isActive: 'yes' }] },
  },
  {
    route: 'user-enroll-authenticator',
    method: 'POST',
    path: '/resources/users/v1/mfa/authenticator/enroll',
    handler: userEnrollAuthenticator,
    successStatus: 200,
    rateLimited: false,
    schemaBreakingBody: { qrCode: 42 },
  },
  {
    route: 'user-enroll-authenticator-verify',
    method: 'POST',
    path: '/resources/users/v1/mfa/authenticator/enroll/verify',
    handler: userEnrollAuthenticatorVerify,
    successStatus: 200,
    rateLimited: true,
    schemaBreakingBody: { recoveryCode: 42 },
  },
  {
    route: 'user-enroll-sms',
    method: 'POST',
    path: '/resources/users/v1/mfa/sms/enroll',
    handler: userEnrollSms,
    successStatus: 200,
    rateLimited: false,
    schemaBreakingBody: { otcToken: 42 },
  },
  {
    route: 'user-enroll-sms-verify',
    method: 'POST',
    path: '/resources/users/v1/mfa/sms/enroll/verify',
    handler: userEnrollSmsVerify,
    successStatus: 200,
    rateLimited: true,
    schemaBreakingBody: NO_BODY_BREAK,
  },
  {
    route: 'user-enroll-webauthn',
    method: 'POST',
    path: '/resources/users/v1/mfa/webauthn/enroll',
    handler: userEnrollWebAuthn,
    successStatus: 200,
    rateLimited: false,
    schemaBreakingBody: { webauthnToken: 42, options: { challenge: null } },
  },
  {
    route: 'user-enroll-webauthn-verify',
    method: 'POST',
    path: '/resources/users/v1/mfa/webauthn/enroll/verify',
    handler: userEnrollWebAuthnVerify,
    successStatus: 200,
    rateLimited: true,
    schemaBreakingBody: NO_BODY_BREAK,
  },
  {
    route: 'authenticator-disable-verify',
    method: 'POST',
    path: '/resources/users/v1/mfa/authenticator/{deviceId}/disable/verify',
    handler: authenticatorDisableVerify,
    successStatus: 200,
    rateLimited: true,
    schemaBreakingBody: NO_BODY_BREAK,
  },
  {
    route: 'webauthn-pre-disable',
    method: 'POST',
    path: '/resources/users/v1/mfa/webauthn/{deviceId}/disable',
    handler: webauthnPreDisable,
    successStatus: 200,
    rateLimited: false,
    schemaBreakingBody: { webauthnToken: 42, options: { challenge: null } },
  },
  {
    route: 'webauthn-disable-verify',
    method: 'POST',
    path: '/resources/users/v1/mfa/webauthn/{deviceId}/disable/verify',
    handler: webauthnDisableVerify,
    successStatus: 200,
    rateLimited: true,
    schemaBreakingBody: NO_BODY_BREAK,
  },
  {
    route: 'step-up-generate',
    method: 'POST',
    path: '/resources/auth/v1/user/step-up/generate',
    handler: stepUpGenerate,
    successStatus: 201,
    rateLimited: false,
    schemaBreakingBody: { mfaToken: 42, mfaEnrolled: 'yes', mfaDevices: null },
  },
] as const satisfies readonly RouteDefinition<string>[];

/** The routes the mock serves; faults and rate limits can be scoped to one. */
export type MockRoute = (typeof ROUTES)[number]['route'];

/** The route a request path (below `/identity`) names, with its decoded device id; or why none does. */
export type RouteMatch =
  | { kind: 'match'; definition: RouteDefinition; deviceId: string | undefined }
  | { kind: 'wrong-method'; allowed: string[] }
  | { kind: 'bad-path'; message: string }
  | { kind: 'none' };

/**
 * Matches `pathname` (still percent-encoded, so an encoded `/` can never add a segment) against the routes,
 * wherever its `/identity` base sits: a region host, an app sub-domain or localhost.
 */
export function matchRoute(method: string, pathname: string): RouteMatch {
  const base = pathname.indexOf('/identity/resources/');
  if (base === -1) return { kind: 'none' };
  const segments = pathname.slice(base + '/identity'.length).split('/');
  const allowed: string[] = [];
  for (const definition of ROUTES) {
    const pattern = definition.path.split('/');
    if (pattern.length !== segments.length) continue;
    let deviceId: string | undefined;
    let matches = true;
    for (const [index, part] of pattern.entries()) {
      const segment = segments[index] ?? '';
      if (part === '{deviceId}') {
        if (segment === '') {
          matches = false;
          break;
        }
        try {
          deviceId = decodeURIComponent(segment);
        } catch {
          return {
            kind: 'bad-path',
            message: 'The deviceId path parameter is not valid percent-encoding',
          };
        }
      } else if (part !== segment) {
        matches = false;
        break;
      }
    }
    if (!matches) continue;
    if (definition.method !== method.toUpperCase()) {
      allowed.push(definition.method);
      continue;
    }
    return { kind: 'match', definition, deviceId };
  }
  return allowed.length > 0 ? { kind: 'wrong-method', allowed } : { kind: 'none' };
}
