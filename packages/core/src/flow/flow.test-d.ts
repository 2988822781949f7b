import { describe, expectTypeOf, test } from 'vitest';
import type { MfaApiError } from '../client/errors.js';
import { canResend, canVerify } from './guards.js';
import { DEFAULT_OTP_FLOW_CONFIG, initialOtpFlowState, transition } from './machine.js';
import { createOtpFlowStore, type OtpFlowStore } from './store.js';
import { systemClock, type OtpFlowClock } from './timers.js';
import type {
  OtpFlowAction,
  OtpFlowConfig,
  OtpFlowEvent,
  OtpFlowEventType,
  OtpFlowSnapshot,
  OtpFlowState,
  OtpFlowStep,
} from './types.js';

describe('flow types', () => {
  test('the steps and actions are exact unions', () => {
    expectTypeOf<OtpFlowStep>().toEqualTypeOf<
      'idle' | 'sending' | 'code-sent' | 'verifying' | 'verified' | 'failed'
    >();
    expectTypeOf<OtpFlowAction>().toEqualTypeOf<'send' | 'verify'>();
    expectTypeOf<OtpFlowEventType>().toEqualTypeOf<
      'SEND' | 'RESEND' | 'CODE_SENT' | 'VERIFY' | 'VERIFIED' | 'FAILED' | 'RESET' | 'TICK'
    >();
  });

  test('FAILED needs an MfaApiError; other events carry nothing', () => {
    expectTypeOf<Extract<OtpFlowEvent, { type: 'FAILED' }>['error']>().toEqualTypeOf<MfaApiError>();
    // @ts-expect-error: a FAILED event without its error
    const missingError: OtpFlowEvent = { type: 'FAILED' };
    // @ts-expect-error: a plain Error is not an MfaApiError
    const plainError: OtpFlowEvent = { type: 'FAILED', error: new Error('x') };
    // @ts-expect-error: the store never sees the code
    const withCode: OtpFlowEvent = { type: 'VERIFY', code: '123456' };
    // @ts-expect-error: unknown event
    const unknown: OtpFlowEvent = { type: 'CANCEL' };
    expectTypeOf([missingError, plainError, withCode, unknown]).toBeArray();
  });

  test('the snapshot: error is MfaApiError | null, times and counts are typed, all read-only', () => {
    expectTypeOf<OtpFlowSnapshot['error']>().toEqualTypeOf<MfaApiError | null>();
    expectTypeOf<OtpFlowSnapshot['failedAction']>().toEqualTypeOf<OtpFlowAction | null>();
    expectTypeOf<OtpFlowSnapshot['attemptsLeft']>().toEqualTypeOf<number | null>();
    expectTypeOf<OtpFlowSnapshot['expiresInSeconds']>().toEqualTypeOf<number | null>();
    expectTypeOf<OtpFlowSnapshot['resendInSeconds']>().toEqualTypeOf<number>();
    expectTypeOf<OtpFlowSnapshot['blockedForSeconds']>().toEqualTypeOf<number>();
    expectTypeOf<OtpFlowSnapshot['canResend']>().toEqualTypeOf<boolean>();
    expectTypeOf<OtpFlowSnapshot>().toExtend<OtpFlowState>();
    const snapshot = createOtpFlowStore().getSnapshot();
    // @ts-expect-error: snapshots are immutable
    snapshot.step = 'verified';
  });

  test('the store', () => {
    expectTypeOf(createOtpFlowStore).returns.toEqualTypeOf<OtpFlowStore>();
    expectTypeOf<OtpFlowStore['send']>().parameters.toEqualTypeOf<[OtpFlowEvent]>();
    expectTypeOf<OtpFlowStore['send']>().returns.toEqualTypeOf<boolean>();
    expectTypeOf<OtpFlowStore['getSnapshot']>().returns.toEqualTypeOf<OtpFlowSnapshot>();
    expectTypeOf<OtpFlowStore['subscribe']>().toEqualTypeOf<(listener: () => void) => () => void>();
    // Options may be passed through as undefined (exactOptionalPropertyTypes).
    createOtpFlowStore({
      resendCooldownMs: undefined,
      codeTtlMs: undefined,
      maxAttempts: undefined,
      clock: undefined,
    });
    // @ts-expect-error: durations are numbers
    createOtpFlowStore({ resendCooldownMs: '30s' });
    // @ts-expect-error: a clock needs timers as well as now()
    createOtpFlowStore({ clock: { now: () => 0 } });
  });

  test('the machine and guards', () => {
    expectTypeOf(transition).toEqualTypeOf<
      (
        state: OtpFlowState,
        event: OtpFlowEvent,
        now: number,
        config?: OtpFlowConfig,
      ) => OtpFlowState
    >();
    expectTypeOf(canResend).toEqualTypeOf<(state: OtpFlowState, now: number) => boolean>();
    expectTypeOf(canVerify).toEqualTypeOf<(state: OtpFlowState, now: number) => boolean>();
    expectTypeOf(initialOtpFlowState).toEqualTypeOf<OtpFlowState>();
    expectTypeOf(DEFAULT_OTP_FLOW_CONFIG).toEqualTypeOf<OtpFlowConfig>();
    expectTypeOf(systemClock).toEqualTypeOf<OtpFlowClock>();
    // A snapshot is a state, so guards and transition accept it.
    expectTypeOf<OtpFlowSnapshot>().toExtend<Parameters<typeof canVerify>[0]>();
  });
});
