import { describe, expectTypeOf, test } from 'vitest';
import type { MfaApiError } from '../client/errors.js';
import { canResend, canVerify } from './guards.js';
import { DEFAULT_MFA_FLOW_CONFIG, initialMfaFlowState, transition } from './machine.js';
import {
  DEFAULT_OTP_FLOW_CONFIG,
  createOtpFlowStore,
  initialOtpFlowState,
  type OtpFlowEvent,
  type OtpFlowEventType,
  type OtpFlowSnapshot,
  type OtpFlowStep,
  type OtpFlowStore,
} from '../deprecated.js';
import { createMfaFlowStore, type MfaFlowStore, type MfaFlowStoreOptions } from './store.js';
import { systemClock, type MfaFlowClock } from './timers.js';
import type {
  MfaFlowAction,
  MfaFlowConfig,
  MfaFlowEvent,
  MfaFlowEventType,
  MfaFlowSnapshot,
  MfaFlowState,
  MfaFlowStep,
} from './types.js';

describe('flow types', () => {
  test('the steps and actions are exact unions', () => {
    expectTypeOf<MfaFlowStep>().toEqualTypeOf<
      'idle' | 'sending' | 'code-sent' | 'ready' | 'verifying' | 'verified' | 'failed'
    >();
    expectTypeOf<MfaFlowAction>().toEqualTypeOf<'send' | 'verify'>();
    expectTypeOf<MfaFlowEventType>().toEqualTypeOf<
      | 'SEND'
      | 'READY'
      | 'RESEND'
      | 'CODE_SENT'
      | 'VERIFY'
      | 'VERIFIED'
      | 'FAILED'
      | 'RESET'
      | 'TICK'
    >();
    expectTypeOf<MfaFlowState['codeSource']>().toEqualTypeOf<'sent' | 'known' | null>();
  });

  /* eslint-disable @typescript-eslint/no-deprecated -- what is tested here is the deprecated names themselves */
  test('the deprecated OtpFlow names keep their old unions and point at the MfaFlow types', () => {
    expectTypeOf<OtpFlowStep>().toEqualTypeOf<
      'idle' | 'sending' | 'code-sent' | 'verifying' | 'verified' | 'failed'
    >();
    expectTypeOf<OtpFlowEventType>().toEqualTypeOf<
      'SEND' | 'RESEND' | 'CODE_SENT' | 'VERIFY' | 'VERIFIED' | 'FAILED' | 'RESET' | 'TICK'
    >();
    expectTypeOf<OtpFlowSnapshot>().toEqualTypeOf<MfaFlowSnapshot>();
    expectTypeOf<OtpFlowStore>().toEqualTypeOf<MfaFlowStore>();
    expectTypeOf(createOtpFlowStore).toEqualTypeOf(createMfaFlowStore);
    expectTypeOf(initialOtpFlowState).toEqualTypeOf<MfaFlowState>();
    expectTypeOf(DEFAULT_OTP_FLOW_CONFIG).toEqualTypeOf<MfaFlowConfig>();
    // An old event is still a flow event.
    expectTypeOf<OtpFlowEvent>().toExtend<MfaFlowEvent>();
  });
  /* eslint-enable @typescript-eslint/no-deprecated */

  test('FAILED needs an MfaApiError; other events carry nothing', () => {
    expectTypeOf<Extract<MfaFlowEvent, { type: 'FAILED' }>['error']>().toEqualTypeOf<MfaApiError>();
    // @ts-expect-error: a FAILED event without its error
    const missingError: MfaFlowEvent = { type: 'FAILED' };
    // @ts-expect-error: a plain Error is not an MfaApiError
    const plainError: MfaFlowEvent = { type: 'FAILED', error: new Error('x') };
    // @ts-expect-error: the store never sees the code
    const withCode: MfaFlowEvent = { type: 'VERIFY', code: '123456' };
    // @ts-expect-error: unknown event
    const unknown: MfaFlowEvent = { type: 'CANCEL' };
    expectTypeOf([missingError, plainError, withCode, unknown]).toBeArray();
  });

  test('the snapshot: error is MfaApiError | null, times and counts are typed, all read-only', () => {
    expectTypeOf<MfaFlowSnapshot['error']>().toEqualTypeOf<MfaApiError | null>();
    expectTypeOf<MfaFlowSnapshot['failedAction']>().toEqualTypeOf<MfaFlowAction | null>();
    expectTypeOf<MfaFlowSnapshot['attemptsLeft']>().toEqualTypeOf<number | null>();
    expectTypeOf<MfaFlowSnapshot['expiresInSeconds']>().toEqualTypeOf<number | null>();
    expectTypeOf<MfaFlowSnapshot['resendInSeconds']>().toEqualTypeOf<number>();
    expectTypeOf<MfaFlowSnapshot['blockedForSeconds']>().toEqualTypeOf<number>();
    expectTypeOf<MfaFlowSnapshot['canResend']>().toEqualTypeOf<boolean>();
    expectTypeOf<MfaFlowSnapshot>().toExtend<MfaFlowState>();
    const snapshot = createMfaFlowStore().getSnapshot();
    // @ts-expect-error: snapshots are immutable
    snapshot.step = 'verified';
  });

  test('the store', () => {
    expectTypeOf(createMfaFlowStore).returns.toEqualTypeOf<MfaFlowStore>();
    expectTypeOf<MfaFlowStore['setOptions']>().parameters.toEqualTypeOf<[MfaFlowStoreOptions]>();
    expectTypeOf<MfaFlowStore['send']>().parameters.toEqualTypeOf<[MfaFlowEvent]>();
    expectTypeOf<MfaFlowStore['send']>().returns.toEqualTypeOf<boolean>();
    expectTypeOf<MfaFlowStore['getSnapshot']>().returns.toEqualTypeOf<MfaFlowSnapshot>();
    expectTypeOf<MfaFlowStore['subscribe']>().toEqualTypeOf<(listener: () => void) => () => void>();
    // Options may be passed through as undefined (exactOptionalPropertyTypes).
    createMfaFlowStore({
      resendCooldownMs: undefined,
      codeTtlMs: undefined,
      maxAttempts: undefined,
      clock: undefined,
    });
    // @ts-expect-error: durations are numbers
    createMfaFlowStore({ resendCooldownMs: '30s' });
    // @ts-expect-error: a clock needs timers as well as now()
    createMfaFlowStore({ clock: { now: () => 0 } });
  });

  test('the machine and guards', () => {
    expectTypeOf(transition).toEqualTypeOf<
      (
        state: MfaFlowState,
        event: MfaFlowEvent,
        now: number,
        config?: MfaFlowConfig,
      ) => MfaFlowState
    >();
    expectTypeOf(canResend).toEqualTypeOf<(state: MfaFlowState, now: number) => boolean>();
    expectTypeOf(canVerify).toEqualTypeOf<(state: MfaFlowState, now: number) => boolean>();
    expectTypeOf(initialMfaFlowState).toEqualTypeOf<MfaFlowState>();
    expectTypeOf(DEFAULT_MFA_FLOW_CONFIG).toEqualTypeOf<MfaFlowConfig>();
    expectTypeOf(systemClock).toEqualTypeOf<MfaFlowClock>();
    // A snapshot is a state, so guards and transition accept it.
    expectTypeOf<MfaFlowSnapshot>().toExtend<Parameters<typeof canVerify>[0]>();
  });
});
