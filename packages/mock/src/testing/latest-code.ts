import type { MockBackend } from '../backend';
import type { OutboxMessage } from '../outbox';

/** The newest code `backend` sent on `channel` (email by default); throws when it sent none. */
export function latestCode(
  backend: MockBackend,
  channel: OutboxMessage['channel'] = 'email',
): string {
  const message = backend.outbox.latest({ channel });
  if (message === undefined) throw new Error(`The mock sent no ${channel} code.`);
  return message.code;
}
