import type { MockOutbox, OutboxMessage } from '@mfa-kit/mock';
import { useCallback, useSyncExternalStore } from 'react';
import { Disclosure } from './disclosure';

const purposeText: Record<OutboxMessage['purpose'], string> = {
  login: 'Sign-in code',
  'disable-sms': 'Code to turn off SMS',
};

const timeFormat = new Intl.DateTimeFormat(undefined, {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The codes the mock has "sent", newest first, so a visitor can finish every flow. */
export function DemoInbox({ outbox }: { outbox: MockOutbox }) {
  const subscribe = useCallback((listener: () => void) => outbox.subscribe(listener), [outbox]);
  const messages = useSyncExternalStore(subscribe, () => outbox.messages());
  const newestFirst = [...messages].reverse();
  return (
    <Disclosure title="Demo inbox" badge={String(messages.length)}>
      <p className="tool-hint">Codes the mock backend sends by email and SMS arrive here.</p>
      <ul
        className="inbox"
        aria-live="polite"
        aria-relevant="additions"
        aria-label="Messages, newest first"
      >
        {newestFirst.map((message) => (
          <li key={message.id} className="inbox__message" data-channel={message.channel}>
            <div className="inbox__meta">
              <span className="inbox__channel">
                {message.channel === 'email' ? 'Email' : 'SMS'}
              </span>
              <span className="inbox__to">to {message.to}</span>
              <time className="inbox__time" dateTime={new Date(message.sentAt).toISOString()}>
                {timeFormat.format(message.sentAt)}
              </time>
            </div>
            <p className="inbox__body">
              {purposeText[message.purpose]}: <code className="inbox__code">{message.code}</code>
            </p>
          </li>
        ))}
      </ul>
      {messages.length === 0 ? (
        <p className="inbox__empty">No messages yet. Sign in to receive a code.</p>
      ) : (
        <button
          type="button"
          className="mfa-button tool-button"
          data-variant="link"
          onClick={() => outbox.clear()}
        >
          Clear inbox
        </button>
      )}
    </Disclosure>
  );
}
