// Names before the kit had one word per concept (the flow, issue #11; the authenticator app, issue #19): kept so
// existing code still compiles.
import type { MfaFlowOptions, MfaFlowResult } from './mfa-flow-types.js';
import { useAuthenticatorMfa } from './use-authenticator-mfa.js';
import type { UseAuthenticatorMfaResult } from './use-authenticator-mfa.js';

/** @deprecated Use {@link MfaFlowOptions}. */
export type MfaCodeFlowOptions = MfaFlowOptions;
/** @deprecated Use {@link MfaFlowResult}. */
export type MfaCodeFlowState = MfaFlowResult;

/** @deprecated Use {@link useAuthenticatorMfa}. */
export const useTotpMfa = useAuthenticatorMfa;
/** @deprecated Use {@link UseAuthenticatorMfaResult}. */
export type UseTotpMfaResult = UseAuthenticatorMfaResult;
