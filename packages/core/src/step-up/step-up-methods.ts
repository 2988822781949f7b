import type { SendEmailCodeInput } from '../client/email-mfa.js';
import type { GenerateStepUpResponse } from '../client/schemas.js';
import type { SendSmsCodeInput } from '../client/sms-mfa.js';
import type { StartWebAuthnInput } from '../client/webauthn-mfa.js';
import { emailMfaFactor } from '../factor/email-mfa-factor.js';
import { smsMfaFactor } from '../factor/sms-mfa-factor.js';
import { authenticatorMfaFactor } from '../factor/authenticator-mfa-factor.js';
import { webAuthnMfaFactor } from '../factor/webauthn-mfa-factor.js';
import type { MfaLoginMethodKind } from '../login/factor-kinds.js';
import { mfaLoginMethods } from '../login/mfa-login-methods.js';
import type { MfaLoginMethod } from '../login/mfa-login-methods.js';

/**
 * A way to pass a step-up: a login method other than the recovery code, which removes MFA instead of proving a
 * factor (Frontegg's SDK offers none at step-up).
 */
export type StepUpMethod = Exclude<MfaLoginMethod, { kind: 'recovery-code' }>;

/** The kinds of {@link StepUpMethod}. */
export type StepUpMethodKind = Exclude<MfaLoginMethodKind, 'recovery-code'>;

/**
 * The methods of a step-up's challenge, strongest first as at login (`mfaLoginMethods`), `preferred` first when the
 * user has it. Empty when the challenge lists no factor.
 */
export function stepUpMethods(
  challenge: Pick<GenerateStepUpResponse, 'mfaDevices'>,
  options: { preferred?: StepUpMethodKind | null | undefined } = {},
): StepUpMethod[] {
  return mfaLoginMethods(
    { mfaRequired: true, mfaDevices: challenge.mfaDevices },
    { preferred: options.preferred },
  ).filter((method): method is StepUpMethod => method.kind !== 'recovery-code');
}

/** The login factor that passes a step-up method, and its params: the challenge's `mfaToken` (and the device). */
export type StepUpFactor =
  | {
      readonly kind: 'email';
      readonly spec: typeof emailMfaFactor;
      readonly params: SendEmailCodeInput;
    }
  | { readonly kind: 'sms'; readonly spec: typeof smsMfaFactor; readonly params: SendSmsCodeInput }
  | {
      readonly kind: 'authenticator';
      readonly spec: typeof authenticatorMfaFactor;
      readonly params: { mfaToken: string };
    }
  | {
      readonly kind: 'passkey' | 'security-key';
      readonly spec: typeof webAuthnMfaFactor;
      readonly params: StartWebAuthnInput;
    };

/**
 * The factor spec and params that pass `method` with the challenge's `mfaToken`: the login's own specs, as Frontegg's
 * step-up sends the login calls with the step-up token. Run it with `createMfaFactorSession(factor.spec, { client,
 * params: factor.params })` once `kind` has narrowed it.
 */
export function stepUpFactor(
  method: StepUpMethod,
  challenge: Pick<GenerateStepUpResponse, 'mfaToken'>,
): StepUpFactor {
  const { mfaToken } = challenge;
  switch (method.kind) {
    case 'email':
      return { kind: 'email', spec: emailMfaFactor, params: { mfaToken } };
    case 'sms':
      return { kind: 'sms', spec: smsMfaFactor, params: { mfaToken, deviceId: method.deviceId } };
    case 'authenticator':
      return { kind: 'authenticator', spec: authenticatorMfaFactor, params: { mfaToken } };
    // Each kind named, no default: a kind added to the factor table fails the typecheck here until it has a spec.
    case 'passkey':
    case 'security-key':
      return {
        kind: method.kind,
        spec: webAuthnMfaFactor,
        params: { mfaToken, deviceId: method.deviceId },
      };
  }
}
