// Whether an access token already proves a recent second factor, read from its claims. No signature check: the
// token came from the server, which checks it again on every call; this only saves asking for a step-up in vain.
// The payload is decoded here rather than with webauthn/base64url.ts: core's entry importing that module makes the
// bundler share it with the lazy WebAuthn ceremonies, and an app's bundler (esbuild) then puts the WebAuthn
// encoders in the first load of every screen, even one that never calls isSteppedUp (bench, login step).

/**
 * The `acr` of a token that proved a second factor (OpenID PAPE's multi-factor policy), as Frontegg sets it and
 * its SDK checks it (`@frontegg/redux-store` 7.119, `auth/StepUpState/consts.js` `ACR_VALUE`).
 */
export const MULTI_FACTOR_ACR = 'http://schemas.openid.net/pape/policies/2007/06/multi-factor';

/** Options of {@link isSteppedUp}: with a `maxAge`, the time to measure it from. */
export type IsSteppedUpOptions =
  | {
      /** How old, in seconds, the token's sign-in (`auth_time`) may be. */
      maxAge: number;
      /** Now, in milliseconds since the epoch (`Date.now()`). */
      now: number;
    }
  | { maxAge?: undefined; now?: number | undefined };

/** The payload of a JWT, or `null` for anything that is not one. */
function claimsOf(token: unknown): Record<string, unknown> | null {
  try {
    const [, payload, signature] = (token as string).split('.');
    if (signature === undefined) return null;
    const text = atob((payload ?? '').replace(/-/g, '+').replace(/_/g, '/'));
    const claims: unknown = JSON.parse(
      new TextDecoder().decode(Uint8Array.from(text, (char) => char.charCodeAt(0))),
    );
    return typeof claims == 'object' ? (claims as Record<string, unknown> | null) : null;
  } catch {
    return null;
  }
}

/**
 * Whether `accessToken` counts as stepped up: its `acr` is {@link MULTI_FACTOR_ACR}, its `amr` contains `mfa`, and,
 * with a `maxAge`, its `auth_time` is present and no more than `maxAge` seconds before `now`. Pass the token the app
 * holds now, every time: a token minted by a refresh carries no `acr` or `amr`. Never throws: a missing or malformed
 * token is `false`. (Frontegg's web SDK checks a second `amr` entry with an `indexOf` that is always true; this
 * follows the rule as its mobile SDKs apply it.)
 *
 * @example
 * if (!isSteppedUp(accessToken, { maxAge: 300, now: Date.now() })) await stepUp();
 */
export function isSteppedUp(
  accessToken: string | null | undefined,
  options: IsSteppedUpOptions = {},
): boolean {
  const claims = claimsOf(accessToken);
  const { amr, auth_time: authTime } = claims ?? {};
  if (claims?.acr !== MULTI_FACTOR_ACR || !Array.isArray(amr) || !amr.includes('mfa')) return false;
  const { maxAge, now } = options;
  return maxAge === undefined || (typeof authTime == 'number' && now / 1000 - authTime <= maxAge);
}
