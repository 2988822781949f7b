import { describe, expect, it, vi } from 'vitest';
import { createOutbox } from './outbox';

const email = {
  channel: 'email',
  to: 'a@example.com',
  code: '123456',
  sentAt: 1,
  purpose: 'login',
} as const;
const sms = {
  channel: 'sms',
  to: '+15550100000',
  code: '654321',
  sentAt: 2,
  purpose: 'disable-sms',
} as const;

describe('outbox', () => {
  it('keeps messages oldest first with sequential ids', () => {
    const outbox = createOutbox();
    outbox.send(email);
    outbox.send(sms);
    expect(outbox.messages().map((message) => message.id)).toEqual(['msg-1', 'msg-2']);
  });

  it('finds the latest message, optionally by channel or recipient', () => {
    const outbox = createOutbox();
    expect(outbox.latest()).toBeUndefined();
    outbox.send(email);
    outbox.send(sms);
    expect(outbox.latest()?.code).toBe('654321');
    expect(outbox.latest({ channel: 'email' })?.code).toBe('123456');
    expect(outbox.latest({ to: 'a@example.com', channel: 'sms' })).toBeUndefined();
  });

  it('hands out a stable snapshot until something changes (useSyncExternalStore-safe)', () => {
    const outbox = createOutbox();
    const empty = outbox.messages();
    expect(outbox.messages()).toBe(empty);
    outbox.send(email);
    const one = outbox.messages();
    expect(one).not.toBe(empty);
    expect(outbox.messages()).toBe(one);
    expect(Object.isFrozen(one)).toBe(true);
  });

  it('notifies subscribers on send and clear, and stops after unsubscribe', () => {
    const outbox = createOutbox();
    const listener = vi.fn();
    const unsubscribe = outbox.subscribe(listener);
    outbox.send(email);
    outbox.clear();
    outbox.clear(); // nothing left to clear: no change, no call
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    outbox.send(email);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('reset restarts the ids', () => {
    const outbox = createOutbox();
    outbox.send(email);
    outbox.reset();
    expect(outbox.send(email).id).toBe('msg-1');
  });
});
