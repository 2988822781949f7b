import type { MockBackend } from '../backend';

/** Where the test kit sends requests: a Frontegg app host (the mock answers `/identity` on any host). */
export const TEST_BASE_URL = 'https://app-test.frontegg.com/identity';

/** One request to the mock, as {@link callMock} builds it. */
export interface MockCall {
  /** `POST` when there is a body, else `GET`, unless given. */
  method?: 'GET' | 'POST';
  /** Sent as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Sent as `Authorization: Bearer …`, for the user routes. */
  accessToken?: string;
  /** Default {@link TEST_BASE_URL}. */
  baseUrl?: string;
}

/**
 * One request straight to `backend.handle`, shaped as the client sends it (a JSON body, a bearer token): no
 * network and no msw, so it never shows up among the requests a test records.
 */
export function callMock(
  backend: MockBackend,
  path: string,
  { method, body, headers = {}, accessToken, baseUrl = TEST_BASE_URL }: MockCall = {},
): Promise<Response> {
  return backend.handle(
    new Request(`${baseUrl}${path}`, {
      method: method ?? (body === undefined ? 'GET' : 'POST'),
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(accessToken === undefined ? {} : { authorization: `Bearer ${accessToken}` }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  );
}
