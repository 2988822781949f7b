import type { MockState, MockConfig } from './state';
import type { RequestRules } from './validation';

/** The routes the mock serves; faults and rate limits can be scoped to one. */
export type MockRoute =
  | 'login'
  | 'email-code'
  | 'email-code-verify'
  | 'totp-verify'
  | 'totp-device-verify'
  | 'sms-code'
  | 'sms-code-verify'
  | 'webauthn-start'
  | 'webauthn-verify'
  | 'recover'
  | 'remember-device-policy'
  | 'devices'
  | 'sms-pre-disable'
  | 'sms-disable-verify'
  | 'mfa-strategies'
  | 'enroll-authenticator'
  | 'enroll-authenticator-verify'
  | 'enroll-sms'
  | 'enroll-sms-verify'
  | 'enroll-webauthn'
  | 'enroll-webauthn-verify'
  | 'user-enroll-authenticator'
  | 'user-enroll-authenticator-verify'
  | 'user-enroll-sms'
  | 'user-enroll-sms-verify'
  | 'user-enroll-webauthn'
  | 'user-enroll-webauthn-verify'
  | 'authenticator-disable-verify'
  | 'webauthn-pre-disable'
  | 'webauthn-disable-verify'
  | 'step-up-generate';

/** What a route handler gets. */
export interface HandlerContext {
  request: Request;
  url: URL;
  /** The decoded `{deviceId}` path parameter, on the routes that have one. */
  deviceId: string | undefined;
  state: MockState;
  config: MockConfig;
  /** A fresh opaque token (refresh tokens). */
  newToken(): string;
}

/** A handler's answer: a status and a JSON body, or no body. Failures are thrown as `MockHttpError`. */
export interface HandlerResult {
  status: number;
  body?: unknown;
}

/** A route's answer, with the rules its request is checked against first (see `defineRoute`). */
export interface RouteHandler {
  (context: HandlerContext): Promise<HandlerResult>;
  readonly request: RequestRules;
}
