import type { Endpoint, RequestOptions } from './http.js';
import { text } from './inputs.js';
import { authResponseSchema } from './schemas.js';
import type { AuthResponse } from './schemas.js';

/** Email and password, the first factor. */
export interface LoginInput {
  email: string;
  password: string;
}

/** Password login. */
export interface AuthApi {
  /**
   * Logs in with email and password (`POST /resources/auth/v1/user`). When the answer says
   * `mfaRequired`, continue with its `mfaToken`.
   */
  login: (input: LoginInput, options?: RequestOptions) => Promise<AuthResponse>;
}

/** `auth.login`. */
export const login: Endpoint<AuthResponse> = {
  method: 'POST',
  path: '/resources/auth/v1/user',
  body: { email: text, password: text },
  schema: authResponseSchema,
};
