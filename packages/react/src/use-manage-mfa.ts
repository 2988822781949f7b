import {
  addAuthenticatorFactor,
  addPhoneFactor,
  addWebAuthnFactor,
  removeAuthenticatorFactor,
  removePhoneCall,
  removeWebAuthnFactor,
} from '@mfa-kit/core';
import type { MfaApiError, MfaCodeInput, MfaFactorStep, WebAuthnEnrollInput } from '@mfa-kit/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import type { MfaFlowOptions, MfaFlowResult } from './mfa-flow-types.js';
import { mfaKeys } from './mfa-keys.js';
import { mfaCallOptions } from './mfa-options.js';
import { useMfaClient } from './mfa-provider.js';
import { useCeremonyPress } from './use-ceremony-press.js';
import { useMfaFactor } from './use-mfa-factor.js';
import { QR_SETUP_TTL_MS } from './qr-setup-ttl.js';

// Adding and removing the signed-in user's factors (account settings; the client's `getAccessToken`). Each
// call that changes the devices refreshes `useMfaDevices` before the flow says it is done.

/** Options of the account-settings hooks. */
export interface MfaSettingsFlowOptions extends MfaFlowOptions {
  /** Called once the change is made (and the devices list refreshed). */
  onDone?: (() => void) | undefined;
}

/** What the `onDone` of the hooks that add a factor receives. */
export interface MfaFactorAdded {
  /** The recovery code the server sent with the new factor, `null` when none: show it once before moving on. */
  recoveryCode: string | null;
}

/** Options of {@link useAddAuthenticator}, {@link useAddPhone} and {@link useAddWebAuthn}. */
export interface MfaAddFactorOptions extends MfaFlowOptions {
  /** Called once the factor is added (and the devices list refreshed), with its recovery code, if any. */
  onDone?: ((added: MfaFactorAdded) => void) | undefined;
}

// The answer of every settings enrollment may carry a recovery code (Frontegg's SDK reads an optional one).
const recoveryCodeOf = (answer: { recoveryCode?: string | undefined } | null) =>
  answer?.recoveryCode || null;
const added =
  (onDone: MfaAddFactorOptions['onDone']) => (answer: { recoveryCode?: string | undefined }) =>
    onDone?.({ recoveryCode: recoveryCodeOf(answer) });

/** What {@link useAddAuthenticator} returns. */
export interface UseAddAuthenticatorResult extends MfaFlowResult {
  step: MfaFactorStep<typeof addAuthenticatorFactor>;
  /** Fetches the QR code (the press on "Add authenticator app"). */
  start: () => boolean;
  qrCode: string | null;
  /** Checks the first code the new app shows. */
  verifyCode: (input: MfaCodeInput) => boolean;
  /** The recovery code, once added, when the server sent one: show it once, never store it. */
  recoveryCode: string | null;
}

/** Adds an authenticator app: QR code, first code, then the recovery code when the answer carries one. */
export function useAddAuthenticator({
  onDone,
  ...timing
}: MfaAddFactorOptions = {}): UseAddAuthenticatorResult {
  const factor = useMfaFactor(addAuthenticatorFactor, {
    codeTtlMs: QR_SETUP_TTL_MS,
    ...timing,
    params: {},
    onVerified: added(onDone),
  });
  return useMemo(() => {
    const { details, result, ...flow } = factor;
    return {
      ...flow,
      qrCode: details?.qrCode ?? null,
      recoveryCode: recoveryCodeOf(result),
    };
  }, [factor]);
}

/** What {@link useAddPhone} returns. */
export interface UseAddPhoneResult extends MfaFlowResult {
  step: MfaFactorStep<typeof addPhoneFactor>;
  phoneNumber: string | null;
  /** Texts a code to the number (E.164, checked before sending). */
  submitPhone: (phoneNumber: string) => void;
  changePhone: () => void;
  verifyCode: (input: MfaCodeInput) => boolean;
  /** The recovery code, once added, when the server sent one: show it once, never store it. */
  recoveryCode: string | null;
}

/** Adds a phone: the number, then the code texted to it, then the recovery code when the answer carries one. */
export function useAddPhone({ onDone, ...timing }: MfaAddFactorOptions = {}): UseAddPhoneResult {
  const [phoneNumber, setPhoneNumber] = useState<string | null>(null);
  const factor = useMfaFactor(addPhoneFactor, {
    ...timing,
    params: { phoneNumber: phoneNumber ?? '' },
    autoStart: phoneNumber !== null,
    onVerified: added(onDone),
  });
  return useMemo(() => {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- sent when a number is submitted
    const { start, details, result, ...flow } = factor;
    return {
      ...flow,
      phoneNumber,
      submitPhone: setPhoneNumber,
      changePhone: () => setPhoneNumber(null),
      recoveryCode: recoveryCodeOf(result),
    };
  }, [factor, phoneNumber]);
}

/** What {@link useAddWebAuthn} returns. */
export interface UseAddWebAuthnResult extends Omit<MfaFlowResult, 'resendCode'> {
  step: MfaFactorStep<typeof addWebAuthnFactor>;
  /** The user's press: creation options, the browser's prompt, verify. */
  add: (input: Omit<WebAuthnEnrollInput, 'rememberDevice'>) => boolean;
  /** The recovery code, once added, when the server sent one: show it once, never store it. */
  recoveryCode: string | null;
}

/**
 * Adds a passkey or security key, then shows the recovery code when the answer carries one. Nothing is fetched
 * before the press.
 */
export function useAddWebAuthn({
  onDone,
  resendCooldownMs = 0,
  ...timing
}: MfaAddFactorOptions = {}): UseAddWebAuthnResult {
  const factor = useMfaFactor(addWebAuthnFactor, {
    ...timing,
    resendCooldownMs,
    params: {},
    onVerified: added(onDone),
  });
  const add = useCeremonyPress(factor);
  return useMemo(() => {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the press does these
    const { start, details, result, verifyCode, resendCode, ...flow } = factor;
    return { ...flow, add, recoveryCode: recoveryCodeOf(result) };
  }, [factor, add]);
}

/** Options of the removal hooks. */
export interface MfaRemoveOptions extends MfaSettingsFlowOptions {
  /** The device to remove (`MfaAuthenticatorApp.id`, `MfaWebAuthnDevice.id`). */
  deviceId: string;
}

/** What {@link useRemoveAuthenticator} returns. */
export interface UseRemoveAuthenticatorResult extends MfaFlowResult {
  step: MfaFactorStep<typeof removeAuthenticatorFactor>;
  /** Removes the app with a code it shows now, or with a recovery code. */
  verifyCode: (input: MfaCodeInput) => boolean;
}

/** Removes an authenticator app, confirmed with a current code or a recovery code. */
export function useRemoveAuthenticator({
  deviceId,
  onDone,
  ...timing
}: MfaRemoveOptions): UseRemoveAuthenticatorResult {
  const factor = useMfaFactor(removeAuthenticatorFactor, {
    ...timing,
    params: { deviceId },
    autoStart: true,
    onVerified: onDone && (() => onDone()),
  });
  return useMemo(() => {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ready at once
    const { start, details, result, ...flow } = factor;
    return flow;
  }, [factor]);
}

/** What {@link useRemoveWebAuthn} returns. */
export interface UseRemoveWebAuthnResult extends Omit<MfaFlowResult, 'resendCode'> {
  step: MfaFactorStep<typeof removeWebAuthnFactor>;
  /** The user's press: a challenge, the key's signature, and the key is gone. */
  remove: () => boolean;
}

/** Removes a passkey or security key, confirmed by signing with it. Nothing is fetched before the press. */
export function useRemoveWebAuthn({
  deviceId,
  onDone,
  resendCooldownMs = 0,
  ...timing
}: MfaRemoveOptions): UseRemoveWebAuthnResult {
  const factor = useMfaFactor(removeWebAuthnFactor, {
    ...timing,
    resendCooldownMs,
    params: { deviceId },
    onVerified: onDone && (() => onDone()),
  });
  const press = useCeremonyPress(factor);
  return useMemo(() => {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the press does these
    const { start, details, result, verifyCode, resendCode, ...flow } = factor;
    return { ...flow, remove: () => press({}) };
  }, [factor, press]);
}

/** Options of {@link useRemovePhone}. */
export interface UseRemovePhoneOptions {
  /** The phone to remove (`MfaPhoneDevice.id`). */
  deviceId: string;
  /** Called once the phone is gone (and the devices list refreshed). */
  onDone?: (() => void) | undefined;
}

/** What {@link useRemovePhone} returns. */
export interface UseRemovePhoneResult {
  /** The user's press: one request. Ignored (returns `false`) while one is in flight. */
  remove: () => boolean;
  isPending: boolean;
  /** Why the last press failed; `null` before a press and once one starts. */
  error: MfaApiError | null;
}

/**
 * Removes a phone in one press, without a texted code (`removePhoneCall`): for a user with another method besides
 * it (the last one is removed with `useRemovePhoneWithCode`, which confirms with a code; `mfaRemoval` says which).
 */
export function useRemovePhone({ deviceId, onDone }: UseRemovePhoneOptions): UseRemovePhoneResult {
  const client = useMfaClient();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    ...mfaCallOptions(client, removePhoneCall),
    // Refreshed before `onDone`, so no list shows the phone that is gone.
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: mfaKeys.devices });
      onDone?.();
    },
  });
  const { mutate, isPending, error } = mutation;
  // A second press in the same tick, before a render shows `isPending`, sends nothing either.
  const inFlight = useRef(false);
  return useMemo(
    () => ({
      remove: () => {
        if (inFlight.current) return false;
        inFlight.current = true;
        mutate({ deviceId }, { onSettled: () => (inFlight.current = false) });
        return true;
      },
      isPending,
      error,
    }),
    [mutate, isPending, error, deviceId],
  );
}
