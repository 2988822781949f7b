import type { MfaApiError, MfaErrorKind } from '../client/errors.js';
import { isWebAuthnUnavailable } from '../webauthn/failure-kinds.js';

/** What a screen offers to get past a failure: repeat the failed request, ask for a new code, or start over. */
export type MfaWayForwardAction = 'retry' | 'resend' | 'restart';

/**
 * What to tell the user, beyond the error's own kind: the code ran out, the code is used up, the login is gone, or a
 * wait is over (the form works again; a new code may be asked for).
 */
export type MfaWayForwardTopic =
  | 'error'
  | 'code-expired'
  | 'code-used-up'
  | 'sign-in-expired'
  | 'ready-again'
  | 'resend-available';

/** The way past a failure (or an expired code): {@link mfaWayForward}. */
export interface MfaWayForward {
  /** The error's kind, or `code-expired` when the code ran out on the clock. */
  kind: MfaErrorKind | 'code-expired';
  topic: MfaWayForwardTopic;
  /** What a press can do; `null` when the user corrects the code in place, or nothing a press could help. */
  action: MfaWayForwardAction | null;
  /** The action cannot be taken yet: a wait runs, or no new code may be asked for yet. */
  blocked: boolean;
  /** Whole seconds of the wait still to run (0 when none): a countdown to show. */
  waitSeconds: number;
}

/** What {@link mfaWayForward} reads of a factor's flow (a session's snapshot, or a hook's result). */
export interface MfaWayForwardState {
  error: MfaApiError | null;
  failedAction: 'send' | 'verify' | null;
  blockedForSeconds: number;
  resendInSeconds: number;
  expiresInSeconds: number | null;
  attemptsLeft: number | null;
  canResend: boolean;
  needsNewCode: boolean;
}

// After a failure that no wait or new code mends: a failure of the wire or of the server may pass when repeated;
// the rest (a refused session, a gone device, a browser that cannot) only passes by starting over. A kind missing
// here (from a newer server or core) is treated as the server's and retried.
const AFTER_FAILURE: Readonly<Record<MfaErrorKind, 'retry' | 'restart'>> = {
  network: 'retry',
  timeout: 'retry',
  server: 'retry',
  aborted: 'retry',
  'invalid-response': 'retry',
  'rate-limited': 'retry',
  'too-many-attempts': 'restart',
  'invalid-input': 'restart',
  'invalid-code': 'restart',
  expired: 'restart',
  unauthorized: 'restart',
  forbidden: 'restart',
  'not-found': 'restart',
  'bad-request': 'restart',
  'webauthn-cancelled': 'restart',
  'webauthn-no-credential': 'restart',
  'webauthn-unsupported': 'restart',
  'webauthn-insecure-context': 'restart',
};

// A wrong code can be corrected in place: no press is needed.
const CORRECTABLE = new Set<MfaErrorKind>(['invalid-code', 'invalid-input', 'bad-request']);

const way = (
  kind: MfaWayForward['kind'],
  topic: MfaWayForwardTopic,
  action: MfaWayForwardAction | null,
  blocked = false,
  waitSeconds = 0,
): MfaWayForward => ({ kind, topic, action, blocked, waitSeconds });

/**
 * The way past a factor's failure, the rule every screen of the kit follows: a failure of the wire or the server
 * is retried by a press; a refused code is corrected in place until it cannot be any more (expired, used up),
 * then a new code is asked for; a rate limit or too many attempts waits, then the form works again (or a new code
 * may be asked for); a login or session that is no longer accepted can only start over. `null` while all is well.
 *
 * With `ceremony` (a passkey or security key), a press fetches a new challenge when needed, so "retry" stands
 * where a code would be resent or corrected; a browser that cannot do WebAuthn has no press that helps.
 */
export function mfaWayForward(
  flow: MfaWayForwardState,
  { ceremony = false }: { ceremony?: boolean } = {},
): MfaWayForward | null {
  const found = codeWayForward(flow);
  if (!ceremony || !found) return found;
  if (found.kind === 'code-expired') return null;
  if (found.topic === 'ready-again' || found.topic === 'resend-available' || found.blocked)
    return found;
  if (isWebAuthnUnavailable(found.kind)) return { ...found, action: null };
  const loginGone =
    found.kind === 'unauthorized' || (found.kind === 'expired' && flow.failedAction === 'send');
  return loginGone ? found : { ...found, action: 'retry' };
}

function codeWayForward(flow: MfaWayForwardState): MfaWayForward | null {
  const { error, failedAction } = flow;
  if (!error) {
    return flow.expiresInSeconds === 0
      ? way('code-expired', 'code-expired', 'resend', !flow.canResend)
      : null;
  }
  const { kind } = error;
  if (kind === 'rate-limited') {
    return flow.blockedForSeconds > 0
      ? way(kind, 'error', 'retry', true, flow.blockedForSeconds)
      : way(kind, 'ready-again', 'retry');
  }
  if (kind === 'too-many-attempts') {
    const seconds = Math.max(flow.blockedForSeconds, flow.resendInSeconds);
    return seconds > 0 || !flow.canResend
      ? way(kind, 'error', 'resend', true, seconds)
      : way(kind, 'resend-available', 'resend');
  }
  if (failedAction === 'verify') {
    if (kind === 'expired') {
      // A known code (no `expiresInSeconds`) has no lifetime of its own: what expired is the login.
      return flow.expiresInSeconds === null
        ? way(kind, 'sign-in-expired', 'restart')
        : way(kind, 'error', 'resend', !flow.canResend);
    }
    if (CORRECTABLE.has(kind)) {
      // The code can't be corrected any more: only a new one helps.
      if (flow.expiresInSeconds === 0)
        return way('code-expired', 'code-expired', 'resend', !flow.canResend);
      if (flow.needsNewCode) return way(kind, 'code-used-up', 'resend', !flow.canResend);
      return way(kind, 'error', null);
    }
  }
  if (!Object.hasOwn(AFTER_FAILURE, kind) || AFTER_FAILURE[kind] === 'retry')
    return way(kind, 'error', 'retry');
  // The login (or the session) is no longer accepted: only starting over helps.
  const sessionGone = kind === 'unauthorized' || kind === 'expired';
  return way(kind, sessionGone ? 'sign-in-expired' : 'error', 'restart');
}
