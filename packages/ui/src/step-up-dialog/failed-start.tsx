import type { MfaApiError } from '@mfa-kit/core';
import { useEffect, useId, useState } from 'react';
import { FlowAlertBox, alertKey, retryOrRestart } from '../code-form/flow-alert-box.js';
import { flowAlert } from '../code-form/flow-alert.js';
import type { MfaMessages } from '../messages/messages.js';

/** Props of {@link FailedStart}. */
export interface FailedStartProps {
  error: MfaApiError;
  messages: MfaMessages;
  /** One new request, on the user's press. */
  onRetry: () => void;
  /** The session is gone: the app's way to sign in again, if it gave one. */
  onRestart: (() => void) | undefined;
}

/**
 * A step-up whose start failed: the failure and its way forward (core's `mfaWayForward`, as every form of the kit):
 * try again for a failure of the wire or the server, after the wait of a rate limit; sign in again when the
 * session is no longer accepted. Nothing is retried by itself.
 */
export function FailedStart({ error, messages, onRetry, onRestart }: FailedStartProps) {
  const id = useId();
  // Per failure: a new one (after a retry) has its own wait and its own press.
  const [retried, setRetried] = useState<MfaApiError | null>(null);
  const retrying = retried === error;
  const waitSeconds = useSecondsLeft(error);
  const alert = flowAlert(
    {
      error,
      failedAction: 'send',
      blockedForSeconds: waitSeconds,
      resendInSeconds: 0,
      expiresInSeconds: null,
      attemptsLeft: null,
      canResend: true,
      needsNewCode: false,
    },
    messages,
    messages.stepUp.sessionEnded,
  );
  if (!alert) return null;
  const retry = () => {
    setRetried(error);
    onRetry();
  };
  return (
    <>
      <FlowAlertBox
        key={alertKey(alert, error)}
        alert={retrying ? { ...alert, blocked: true } : alert}
        id={id}
        {...retryOrRestart(alert, messages, retry, onRestart)}
      />
      {retrying && (
        <p role="status" className="mfa-status">
          {messages.stepUp.starting}
        </p>
      )}
    </>
  );
}

/** Whole seconds left of the wait `error` asks for (its `Retry-After`), counting down once a second. */
function useSecondsLeft(error: MfaApiError): number {
  const initial = Math.ceil((error.retryAfterMs ?? 0) / 1000);
  const [wait, setWait] = useState({ error, seconds: initial });
  if (wait.error !== error) setWait({ error, seconds: initial });
  useEffect(() => {
    if (wait.seconds === 0) return;
    const timer = setTimeout(() => setWait({ error, seconds: wait.seconds - 1 }), 1000);
    return () => clearTimeout(timer);
  }, [wait, error]);
  return wait.error === error ? wait.seconds : initial;
}
