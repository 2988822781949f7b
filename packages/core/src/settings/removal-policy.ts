/** What kind of method a settings row is (the user's devices, `MfaDevices`, one kind per list). */
export type MfaSettingsMethodKind =
  'authenticator' | 'phone' | 'passkey' | 'security-key' | 'email';

/**
 * How a method is removed, named as its hook: `authenticator` with a code from the app or a recovery code
 * (`removeAuthenticatorFactor`), `webauthn` by signing with the key (`removeWebAuthnFactor`), `phone` in one
 * press (`removePhoneCall`), `phone-with-code` with a code texted to it (`removePhoneWithCodeFactor`).
 */
export type MfaRemovalWay = 'authenticator' | 'webauthn' | 'phone' | 'phone-with-code';

/**
 * Why a method stays: `organization` (an email: the organization sets it), `last-method` (the tenant enforces
 * two-step verification and it is the user's only method).
 */
export type MfaKeptReason = 'organization' | 'last-method';

/** Whether and how one method can be removed. */
export type MfaRemoval =
  | { readonly removable: true; readonly way: MfaRemovalWay }
  | { readonly removable: false; readonly reason: MfaKeptReason };

/** What the removal policy weighs besides the method's kind. */
export interface MfaRemovalPolicy {
  /** The tenant enforces two-step verification: the last method can't be removed. Default `false`. */
  mfaEnforced?: boolean | undefined;
  /**
   * Confirm every phone's removal with a code texted to it. Default `false`: as Frontegg's SDK, a phone goes in
   * one press while another method is left; only the last method asks for the code.
   */
  confirmPhoneRemovalWithCode?: boolean | undefined;
}

/**
 * Whether and how a method of `kind` can be removed when the user has `methodCount` methods (every row of
 * their devices, emails included, as Frontegg counts them).
 *
 * @example
 * mfaRemoval('phone', 2, {}); // { removable: true, way: 'phone' }: one press, no code
 * mfaRemoval('phone', 1, {}); // { removable: true, way: 'phone-with-code' }
 * mfaRemoval('passkey', 1, { mfaEnforced: true }); // { removable: false, reason: 'last-method' }
 */
export function mfaRemoval(
  kind: MfaSettingsMethodKind,
  methodCount: number,
  { mfaEnforced = false, confirmPhoneRemovalWithCode = false }: MfaRemovalPolicy = {},
): MfaRemoval {
  if (kind === 'email') return { removable: false, reason: 'organization' };
  if (mfaEnforced && methodCount <= 1) return { removable: false, reason: 'last-method' };
  if (kind === 'authenticator') return { removable: true, way: 'authenticator' };
  if (kind === 'phone')
    // Without another method, Frontegg refuses the one-press removal: the texted code is required.
    return {
      removable: true,
      way: confirmPhoneRemovalWithCode || methodCount <= 1 ? 'phone-with-code' : 'phone',
    };
  return { removable: true, way: 'webauthn' };
}
