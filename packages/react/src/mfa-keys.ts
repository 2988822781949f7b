/**
 * The react-query keys of this kit, for invalidating, cancelling or observing its requests yourself (e.g.
 * `queryClient.invalidateQueries({ queryKey: mfaKeys.devices })`, `useIsMutating({ mutationKey: mfaKeys.all })`).
 * No key holds a token or code.
 */
export const mfaKeys = {
  /** Everything of this kit: remove it on sign-out with `queryClient.removeQueries({ queryKey: mfaKeys.all })`. */
  all: ['mfa-kit'],
  /** The signed-in user's MFA devices (query). */
  devices: ['mfa-kit', 'devices'],
  /** The remember-device policy asked with one `mfaToken` (query); the key holds a hash of the token, not the token. */
  rememberDevicePolicy: (mfaToken: string) => ['mfa-kit', 'remember-device-policy', hash(mfaToken)],
  /** The tenant's second factors and which are active (query). */
  strategies: ['mfa-kit', 'strategies'],
  /**
   * The mutation of one call of a factor spec, as {@link mfaCallOptions} keys it: `['mfa-kit', ...call.name]`
   * (e.g. `mfaKeys.call(emailMfaFactor.verify)`, a spec of your own).
   */
  call: (call: { readonly name: readonly string[] }): readonly string[] => [
    'mfa-kit',
    ...call.name,
  ],
  /**
   * Emailing a login code (mutation).
   * @deprecated Use `mfaKeys.call(emailMfaFactor.send)`: the same key, from the spec.
   */
  sendEmailCode: ['mfa-kit', 'email-mfa', 'send-code'],
  /**
   * Checking an emailed login code (mutation).
   * @deprecated Use `mfaKeys.call(emailMfaFactor.verify)`: the same key, from the spec.
   */
  verifyEmailCode: ['mfa-kit', 'email-mfa', 'verify-code'],
  /**
   * Texting the code that disables an SMS device (mutation).
   * @deprecated Use `mfaKeys.call(removePhoneWithCodeFactor.send)`: the same key, from the spec.
   */
  preDisableSms: ['mfa-kit', 'sms-mfa', 'pre-disable'],
  /**
   * Disabling an SMS device with its code (mutation).
   * @deprecated Use `mfaKeys.call(removePhoneWithCodeFactor.verify)`: the same key, from the spec.
   */
  disableSms: ['mfa-kit', 'sms-mfa', 'disable'],
} as const;

/** FNV-1a, base 36: tells tokens apart in a key without putting them in it (devtools, persisters). */
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value = Math.imul(value ^ text.charCodeAt(index), 0x1000193);
  }
  return (value >>> 0).toString(36);
}
