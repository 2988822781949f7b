import type { MfaApiError, MfaDevices } from '@mfa-kit/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { errorMessage } from '../messages/error-message.js';
import { MessageText } from '../messages/ltr-run.js';
import { useMfaMessages } from '../messages/messages-context.js';

/** Where a list of the user's devices stands; its section's `data-state`. */
export type DevicesState = 'loading' | 'error' | 'empty' | 'ready';

/** The state of a devices list showing `count` rows. */
export function devicesState(
  devices: UseQueryResult<MfaDevices, MfaApiError>,
  count: number,
): DevicesState {
  if (devices.isPending) return 'loading';
  if (!devices.data) return 'error';
  return count === 0 ? 'empty' : 'ready';
}

/** Props of {@link DevicesStatus}. */
export interface DevicesStatusProps {
  devices: UseQueryResult<MfaDevices, MfaApiError>;
  state: DevicesState;
  /** What the last change did (a live status), `''` for none. */
  announcement: string;
  texts: { loading: string; error: string; empty: string };
}

/**
 * The live status line of a devices list (loading, or what the last change did), its load failure with Try again
 * (one request however often it is pressed while loading), and the words for an empty list.
 */
export function DevicesStatus({ devices, state, announcement, texts }: DevicesStatusProps) {
  const messages = useMfaMessages();
  const status = state === 'loading' ? texts.loading : announcement;
  const announced = announcement !== '' && state !== 'loading';
  return (
    <>
      <p
        role="status"
        className={announced ? 'mfa-alert' : status ? 'mfa-status' : 'mfa-visually-hidden'}
        data-variant={announced ? 'success' : undefined}
      >
        <MessageText text={status} />
      </p>
      {devices.error && (
        <div className="mfa-alert mfa-notice" data-variant="error">
          <p role="alert">
            {texts.error} {errorMessage(messages, devices.error.kind)}
          </p>
          <button
            type="button"
            className="mfa-button"
            data-variant="secondary"
            aria-disabled={devices.isFetching || undefined}
            onClick={() => {
              if (!devices.isFetching) void devices.refetch();
            }}
          >
            {messages.tryAgain}
          </button>
        </div>
      )}
      {state === 'empty' && <p className="mfa-status">{texts.empty}</p>}
    </>
  );
}
