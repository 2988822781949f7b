import type { MockState, MockConfig } from './state';
import type { RequestRules } from './validation';

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
