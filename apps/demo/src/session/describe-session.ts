// Who is signed in, for display: every field but the tokens themselves.
import type { AuthResponse } from '@mfa-kit/core';

/** What the signed-in page shows. */
export interface SessionSummary {
  email: string | null;
  userId: string | null;
  /** When the access token stops working; null when the answer does not say. */
  expiresAt: Date | null;
  /** How the user proved who they are (`amr`), e.g. `['pwd', 'otp']`. */
  methods: readonly string[];
}

/** The access token's claims, read (never verified) to fill what the answer leaves out. */
function readClaims(token: string | undefined): Record<string, unknown> {
  const payload = token?.split('.')[1];
  if (!payload) return {};
  try {
    const binary = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const claims: unknown = JSON.parse(
      new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0))),
    );
    return typeof claims === 'object' && claims !== null ? (claims as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const stringOr = (...values: unknown[]): string | null => {
  const found = values.find((value) => typeof value === 'string' && value !== '');
  return typeof found === 'string' ? found : null;
};

function expiryOf(
  auth: AuthResponse,
  signedInAt: number,
  claims: Record<string, unknown>,
): Date | null {
  if (typeof auth.expiresIn === 'number' && auth.expiresIn > 0)
    return new Date(signedInAt + auth.expiresIn * 1000);
  const fromText = auth.expires ? Date.parse(auth.expires) : Number.NaN;
  if (!Number.isNaN(fromText)) return new Date(fromText);
  return typeof claims.exp === 'number' ? new Date(claims.exp * 1000) : null;
}

/** Summarises a finished sign-in from its `AuthResponse`, falling back to the access token's claims. */
export function describeSession(auth: AuthResponse, signedInAt: number): SessionSummary {
  const claims = readClaims(auth.accessToken);
  const extra = auth as AuthResponse & { amr?: unknown };
  const amr = Array.isArray(extra.amr) ? extra.amr : Array.isArray(claims.amr) ? claims.amr : [];
  return {
    email: stringOr(auth.userEmail, claims.email),
    userId: stringOr(auth.userId, claims.sub),
    expiresAt: expiryOf(auth, signedInAt, claims),
    methods: amr.filter((method): method is string => typeof method === 'string'),
  };
}
