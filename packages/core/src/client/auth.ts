import type { ClientContext, RequestOptions } from './http.js';
import { pick, text } from './inputs.js';
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

/** The `auth` area of a client. */
export function createAuthApi({ send }: ClientContext): AuthApi {
  return {
    async login(input, options) {
      const body = pick(input, { email: text, password: text });
      return send(
        { method: 'POST', path: '/resources/auth/v1/user', body, schema: authResponseSchema },
        options,
      );
    },
  };
}
