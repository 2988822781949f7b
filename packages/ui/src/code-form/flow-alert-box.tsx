import type { MfaApiError } from '@mfa-kit/core';
import { useState } from 'react';
import type { FlowAlert } from './flow-alert.js';

const errorSerials = new WeakMap<MfaApiError, number>();
let lastSerial = 0;

/**
 * The `key` of an alert: each failure gets its own element, so it is announced even when its text
 * repeats, and so is the end of its wait.
 */
export function alertKey(alert: FlowAlert, error: MfaApiError | null): string {
  let serial = error ? errorSerials.get(error) : 0;
  if (serial === undefined && error) errorSerials.set(error, (serial = ++lastSerial));
  return `${alert.kind}-${alert.variant}-${serial}`;
}

/** Props of {@link FlowAlertBox}. */
export interface FlowAlertBoxProps {
  /** What to show (`flowAlert`, or a code form's `view.alert`). */
  alert: FlowAlert;
  /** For the code input's `aria-describedby`. */
  id: string;
  /** The way forward's button; none without a label and handler. */
  actionLabel?: string | undefined;
  /** What the button does; not called while the alert's wait runs. */
  onAction?: (() => void) | undefined;
}

/**
 * The alert's button in a form that can only retry or restart: "Try again" runs `onRetry`; "Sign in again" runs
 * `onRestart` when the login is gone and the app gave one; otherwise no button.
 */
export function retryOrRestart(
  alert: FlowAlert,
  texts: { tryAgain: string; signInAgain: string },
  onRetry: () => void,
  onRestart: (() => void) | undefined,
): Pick<FlowAlertBoxProps, 'actionLabel' | 'onAction'> {
  if (alert.action === 'retry') return { actionLabel: texts.tryAgain, onAction: onRetry };
  if (alert.action === 'restart' && onRestart) {
    return { actionLabel: texts.signInAgain, onAction: onRestart };
  }
  return {};
}

/**
 * A form's alert and its way forward. Announced assertively when it appears; a text that counts
 * down is shown as it changes but read out once, as it first was (give each new alert a new `key`).
 * Its button stays focusable while a wait runs (`aria-disabled`).
 */
export function FlowAlertBox({ alert, id, actionLabel, onAction }: FlowAlertBoxProps) {
  const [spoken] = useState(alert.text);
  const blocked = alert.blocked;
  return (
    <div className="mfa-alert mfa-notice" data-variant={alert.variant} data-kind={alert.kind}>
      <p id={id} role="alert">
        {alert.countdown ? (
          <>
            <span aria-hidden="true">{alert.text}</span>
            <span className="mfa-visually-hidden">{spoken}</span>
          </>
        ) : (
          alert.text
        )}
        {alert.details && <span className="mfa-alert-details">{alert.details}</span>}
      </p>
      {actionLabel && onAction && (
        <button
          type="button"
          className="mfa-button"
          data-variant="secondary"
          aria-disabled={blocked || undefined}
          onClick={() => {
            if (!blocked) onAction();
          }}
        >
          {actionLabel}
        </button>
      )}
    </div>
  );
}
