import { enrollAuthenticatorFactor, enrollSmsFactor, enrollWebAuthnFactor } from '@mfa-kit/core';
import type { MfaFactorStep, WebAuthnEnrollInput } from '@mfa-kit/core';
import { useMemo, useState } from 'react';
import { useCeremonyPress } from './use-ceremony-press.js';
import { useLoginFactor } from './use-login-factor.js';
import type { MfaLoginFactorOptions, MfaLoginFactorResult } from './use-login-factor.js';
import { QR_SETUP_TTL_MS } from './qr-setup-ttl.js';

// Adding a factor during a login that requires one (`mfaEnrolled: false`). Each verify answers the sign-in,
// whose `recoveryCode` the screen shows once; the kit keeps neither.

/** What {@link useEnrollAuthenticator} returns. */
export interface UseEnrollAuthenticatorResult extends MfaLoginFactorResult {
  step: MfaFactorStep<typeof enrollAuthenticatorFactor>;
  /** The QR code to scan (base64 PNG), once fetched; `null` before. */
  qrCode: string | null;
  /** The recovery code of the new factor, once verified: show it once, never store it. */
  recoveryCode: string | null;
}

/** Adds an authenticator app at login: fetches the QR code on mount, then checks the first code. */
export function useEnrollAuthenticator({
  mfaToken,
  onVerified,
  ...timing
}: MfaLoginFactorOptions): UseEnrollAuthenticatorResult {
  const factor = useLoginFactor(enrollAuthenticatorFactor, mfaToken, {
    codeTtlMs: QR_SETUP_TTL_MS,
    ...timing,
    params: { mfaToken },
    autoStart: true,
    onVerified,
  });
  return useMemo(() => {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- started on mount
    const { start, details, ...flow } = factor;
    return {
      ...flow,
      qrCode: details?.qrCode ?? null,
      recoveryCode: factor.auth?.recoveryCode ?? null,
    };
  }, [factor]);
}

/** What {@link useEnrollSms} returns. */
export interface UseEnrollSmsResult extends MfaLoginFactorResult {
  step: MfaFactorStep<typeof enrollSmsFactor>;
  /** The number the code went to; `null` before one was submitted. */
  phoneNumber: string | null;
  /** Texts a code to `phoneNumber` (E.164, e.g. `+14155550123`, checked before sending): one request. */
  submitPhone: (phoneNumber: string) => void;
  /** Back to entering a number (another number). */
  changePhone: () => void;
  recoveryCode: string | null;
}

/** Adds a phone at login: the number the user enters gets a code, which completes the sign-in. */
export function useEnrollSms({
  mfaToken,
  onVerified,
  ...timing
}: MfaLoginFactorOptions): UseEnrollSmsResult {
  const [phoneNumber, setPhoneNumber] = useState<string | null>(null);
  const factor = useLoginFactor(enrollSmsFactor, mfaToken, {
    ...timing,
    // A new number starts over and, once there is one, sends at once.
    params: { mfaToken, phoneNumber: phoneNumber ?? '' },
    autoStart: phoneNumber !== null,
    onVerified,
  });
  return useMemo(() => {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- sent when a number is submitted
    const { start, details, ...flow } = factor;
    return {
      ...flow,
      phoneNumber,
      submitPhone: setPhoneNumber,
      changePhone: () => setPhoneNumber(null),
      recoveryCode: factor.auth?.recoveryCode ?? null,
    };
  }, [factor, phoneNumber]);
}

/** What {@link useEnrollWebAuthn} returns. */
export interface UseEnrollWebAuthnResult extends Omit<MfaLoginFactorResult, 'verifyCode'> {
  step: MfaFactorStep<typeof enrollWebAuthnFactor>;
  /** The user's press: creates the passkey or security key in the browser and completes the sign-in. */
  enroll: (input: WebAuthnEnrollInput) => boolean;
  recoveryCode: string | null;
}

/** Adds a passkey or security key at login: creation options fetched on mount, the press runs the prompt. */
export function useEnrollWebAuthn({
  mfaToken,
  onVerified,
  resendCooldownMs = 0,
  ...timing
}: MfaLoginFactorOptions): UseEnrollWebAuthnResult {
  const factor = useLoginFactor(enrollWebAuthnFactor, mfaToken, {
    ...timing,
    resendCooldownMs,
    params: { mfaToken },
    autoStart: true,
    onVerified,
  });
  const enroll = useCeremonyPress(factor);
  return useMemo(() => {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the press does these
    const { start, details, verifyCode, ...flow } = factor;
    return { ...flow, enroll, recoveryCode: factor.auth?.recoveryCode ?? null };
  }, [factor, enroll]);
}
