// Names before the kit had one word per concept (the flow, issue #11; the authenticator app, issue #19): kept so
// existing code still compiles.
import type {
  AuthenticatorMfaApi,
  VerifyAuthenticatorCodeInput,
} from './client/authenticator-mfa.js';
import { authenticatorMfaFactor } from './factor/authenticator-mfa-factor.js';
import { DEFAULT_MFA_FLOW_CONFIG, initialMfaFlowState } from './flow/machine.js';
import { createMfaFlowStore } from './flow/store.js';
import { removePhoneWithCodeFactor } from './factor/remove-phone-with-code-factor.js';
import type { RemovePhoneWithCodeDetails } from './factor/remove-phone-with-code-factor.js';
import type { MfaFlowClock } from './flow/timers.js';
import type { MfaFlowStore, MfaFlowStoreOptions } from './flow/store.js';
import type {
  MfaFlowAction,
  MfaFlowConfig,
  MfaFlowEvent,
  MfaFlowSnapshot,
  MfaFlowState,
  MfaFlowStep,
} from './flow/types.js';

/** @deprecated Use {@link createMfaFlowStore}. */
export const createOtpFlowStore = createMfaFlowStore;
/** @deprecated Use {@link DEFAULT_MFA_FLOW_CONFIG}. */
export const DEFAULT_OTP_FLOW_CONFIG = DEFAULT_MFA_FLOW_CONFIG;
/** @deprecated Use {@link initialMfaFlowState}. */
export const initialOtpFlowState = initialMfaFlowState;
/** @deprecated Use {@link MfaFlowClock}. */
export type OtpFlowClock = MfaFlowClock;

/** @deprecated Use {@link MfaFlowStore}. */
export type OtpFlowStore = MfaFlowStore;
/** @deprecated Use {@link MfaFlowStoreOptions}. */
export type OtpFlowStoreOptions = MfaFlowStoreOptions;
/** @deprecated Use {@link MfaFlowStep}; this is its steps without `ready`, as they were. */
export type OtpFlowStep = Exclude<MfaFlowStep, 'ready'>;
/** @deprecated Use {@link MfaFlowAction}. */
export type OtpFlowAction = MfaFlowAction;
/** @deprecated Use {@link MfaFlowEvent}; this is its events without `READY`, as they were. */
export type OtpFlowEvent = Exclude<MfaFlowEvent, { type: 'READY' }>;
/** @deprecated Use {@link MfaFlowEventType}. */
export type OtpFlowEventType = Exclude<MfaFlowEvent['type'], 'READY'>;
/** @deprecated Use {@link MfaFlowState}. */
export type OtpFlowState = MfaFlowState;
/** @deprecated Use {@link MfaFlowConfig}. */
export type OtpFlowConfig = MfaFlowConfig;
/** @deprecated Use {@link MfaFlowSnapshot}. */
export type OtpFlowSnapshot = MfaFlowSnapshot;

// `disable` was our word for removing a phone (issue #19); the glossary's is `remove`.
/** @deprecated Use {@link removePhoneWithCodeFactor}: the same spec. */
export const disableSmsMfaFactor = removePhoneWithCodeFactor;
/** @deprecated Use {@link RemovePhoneWithCodeDetails}. */
export type DisableSmsMfaDetails = RemovePhoneWithCodeDetails;
/** @deprecated Use {@link authenticatorMfaFactor} (its calls are named `['authenticator-mfa', …]`). */
export const totpMfaFactor = authenticatorMfaFactor;
/** @deprecated Use {@link AuthenticatorMfaApi}. */
export type TotpMfaApi = AuthenticatorMfaApi;
/** @deprecated Use {@link VerifyAuthenticatorCodeInput}. */
export type VerifyTotpInput = VerifyAuthenticatorCodeInput;
