/** A one-time code the mock "sent", as a test or the demo inbox reads it. */
export interface OutboxMessage {
  id: string;
  channel: 'email' | 'sms';
  /** The email address or phone number it went to. */
  to: string;
  code: string;
  /** When it was sent, by the backend's clock (ms since the epoch). */
  sentAt: number;
  purpose: 'login' | 'disable-sms';
}

/** Filters for {@link MockOutbox.latest}. */
export interface OutboxFilter {
  channel?: 'email' | 'sms';
  to?: string;
}

/** The codes a backend has sent, newest last. Snapshots are immutable, so `messages` suits `useSyncExternalStore`. */
export interface MockOutbox {
  /** Every message so far, oldest first; the same array until something changes. */
  messages(): readonly OutboxMessage[];
  /** The newest message, optionally only on one channel or to one recipient. */
  latest(filter?: OutboxFilter): OutboxMessage | undefined;
  /** Calls `listener` after each change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Forgets every message. */
  clear(): void;
}

/** The outbox plus the write side only the backend uses. */
export interface WritableOutbox extends MockOutbox {
  send(message: Omit<OutboxMessage, 'id'>): OutboxMessage;
  /** Forgets every message and restarts the ids, as a fresh backend would. */
  reset(): void;
}

export function createOutbox(): WritableOutbox {
  let messages: readonly OutboxMessage[] = [];
  let sent = 0;
  const listeners = new Set<() => void>();
  const notify = (): void => {
    for (const listener of [...listeners]) listener();
  };
  const clear = (): void => {
    if (messages.length === 0) return;
    messages = [];
    notify();
  };
  return {
    messages: () => messages,
    latest(filter = {}) {
      for (let index = messages.length - 1; index >= 0; index -= 1) {
        const message = messages[index];
        if (message === undefined) continue;
        if (filter.channel !== undefined && message.channel !== filter.channel) continue;
        if (filter.to !== undefined && message.to !== filter.to) continue;
        return message;
      }
      return undefined;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    clear,
    reset() {
      sent = 0;
      clear();
    },
    send(message) {
      sent += 1;
      const stored: OutboxMessage = Object.freeze({ id: `msg-${sent}`, ...message });
      messages = Object.freeze([...messages, stored]);
      notify();
      return stored;
    },
  };
}
