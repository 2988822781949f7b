// The failures the "Simulate" menu can arm: each one makes the next matching request fail, once.
import { MOCK_ERROR_CODES, type MockBackend, type MockFaults } from '@mfa-kit/mock';
import type { FinishedRequest } from '../backend/request-events';

/** How long a simulated rate limit makes the user wait. */
export const SIMULATED_RATE_LIMIT_SECONDS = 20;
/** How long a simulated slow answer takes. */
export const SIMULATED_LATENCY_MS = 3000;

/** The part of the embedded mock a simulation may change. */
export type SimulationTarget = Pick<MockBackend, 'faults' | 'expireCodes' | 'errorCodes'>;

/** One failure the menu offers. */
export interface Simulation {
  id: string;
  label: string;
  /** What will happen, shown once it is armed. */
  armedText: string;
  arm(target: SimulationTarget, now: number): void;
  /** True for the finished request that used the fault up. */
  usedBy(request: FinishedRequest): boolean;
}

const codeCheck = (request: FinishedRequest): boolean =>
  request.method === 'POST' && request.path.endsWith('/verify');
const anyRequest = (): boolean => true;

/** Queued on both code-checking routes: the email step's and the SMS disable's. */
function failNextCodeCheck(
  faults: MockFaults,
  status: number,
  errorCode: string,
  message: string,
): void {
  const response = { status, body: { errors: [message], errorCode } };
  faults.failNext(1, response, { route: 'email-code-verify' });
  faults.failNext(1, response, { route: 'sms-disable-verify' });
}

export const SIMULATIONS: readonly Simulation[] = [
  {
    id: 'wrong-code',
    label: 'Wrong code',
    armedText: 'The next code you submit will be refused as wrong.',
    // The backend's own code for a wrong code: unknown to the client unless the demo maps them.
    arm: ({ faults, errorCodes }) =>
      failNextCodeCheck(faults, 400, errorCodes.invalidCode, 'Invalid code'),
    usedBy: codeCheck,
  },
  {
    id: 'expired-code',
    label: 'Expired code',
    armedText: 'The next code you submit will be refused as expired.',
    arm(target) {
      // The codes really expire too, so what follows (a new code at once, no cooldown) is what a user would see.
      target.expireCodes();
      failNextCodeCheck(target.faults, 400, target.errorCodes.expired, 'Code expired');
    },
    usedBy: codeCheck,
  },
  {
    id: 'rate-limited',
    label: `Rate limited (${SIMULATED_RATE_LIMIT_SECONDS} s wait)`,
    armedText: `The next request will be rate limited for ${SIMULATED_RATE_LIMIT_SECONDS} seconds.`,
    arm({ faults }, now) {
      faults.failNext(1, {
        status: 429,
        body: { errors: ['Too many requests'], errorCode: MOCK_ERROR_CODES.rateLimited },
        headers: {
          'retry-after': String(SIMULATED_RATE_LIMIT_SECONDS),
          'x-rate-limit-reset': new Date(now + SIMULATED_RATE_LIMIT_SECONDS * 1000).toISOString(),
        },
      });
    },
    usedBy: anyRequest,
  },
  {
    id: 'network-error',
    label: 'Network error',
    armedText: 'The next request will fail as if the network dropped.',
    arm: ({ faults }) => faults.networkErrorNext(1),
    usedBy: anyRequest,
  },
  {
    id: 'slow',
    label: `Slow answer (${SIMULATED_LATENCY_MS / 1000} s)`,
    armedText: `The next request will take ${SIMULATED_LATENCY_MS / 1000} seconds.`,
    arm: ({ faults }) => faults.latency(SIMULATED_LATENCY_MS),
    usedBy: anyRequest,
  },
  {
    id: 'server-error',
    label: 'Server error (500)',
    armedText: 'The next request will fail with a server error.',
    arm: ({ faults }) =>
      faults.failNext(1, {
        status: 500,
        body: { errors: ['Internal server error'], errorCode: MOCK_ERROR_CODES.internal },
      }),
    usedBy: anyRequest,
  },
];
