// Names before the kit had one name for the flow (issue #11): kept so existing code still compiles.
import type { MfaFlowOptions, MfaFlowResult } from './mfa-flow-types.js';

/** @deprecated Use {@link MfaFlowOptions}. */
export type MfaCodeFlowOptions = MfaFlowOptions;
/** @deprecated Use {@link MfaFlowResult}. */
export type MfaCodeFlowState = MfaFlowResult;
