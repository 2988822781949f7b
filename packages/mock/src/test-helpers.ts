// Shared by this package's tests only (no entry point imports it): requests in the shapes the client sends,
// straight to `backend.handle`.
import type { MockBackend } from './backend';
import { callMock } from './testing/call-mock';

export function postJson(
  backend: MockBackend,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return callMock(backend, path, { method: 'POST', body, headers });
}

export function get(
  backend: MockBackend,
  path: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  return callMock(backend, path, { headers });
}

/** Error bodies as the mock sends them. */
export interface ErrorBody {
  errors: string[];
  errorCode: string;
}

export async function readJson<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}
