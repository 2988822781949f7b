#!/usr/bin/env node
// `pnpm mock:serve`: the mock on a real port, printing each code as it is "sent" so a person can sign in.
import { parseArgs } from 'node:util';
import { createMockBackend } from './backend';
import { startMockHttpServer } from './server';
import { DEMO_USERS } from './seeded-users';
import { DEMO_USER } from './users';

const { values } = parseArgs({
  options: {
    host: { type: 'string', default: process.env.MOCK_HOST ?? '127.0.0.1' },
    port: { type: 'string', default: process.env.MOCK_PORT ?? '4010' },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(
    `mfa-kit mock: --port must be a whole number from 0 to 65535, got "${values.port}"`,
  );
  process.exit(1);
}

const backend = createMockBackend();
backend.outbox.subscribe(() => {
  const message = backend.outbox.latest();
  if (message === undefined) return;
  const when = new Date(message.sentAt).toLocaleTimeString();
  console.log(
    `[${when}] ${message.channel} to ${message.to} (${message.purpose}): ${message.code}`,
  );
});

try {
  const server = await startMockHttpServer({ backend, host: values.host, port });
  console.log(`mfa-kit mock Frontegg API: ${server.url}`);
  console.log(`Demo user: ${DEMO_USER.email} / ${DEMO_USER.password} (${DEMO_USER.name})`);
  console.log(`Users for each mix of factors, same password:`);
  for (const user of Object.values(DEMO_USERS)) {
    const extras = [
      ...user.authenticators.map((app) => `authenticator secret ${app.secret}`),
      ...user.recoveryCodes.slice(0, 1).map((code) => `recovery code ${code}`),
    ];
    console.log(`  ${user.email}${extras.length > 0 ? ` (${extras.join(', ')})` : ''}`);
  }
  console.log('Codes sent by email and SMS are printed here. Ctrl+C stops the server.');
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  const reason = error instanceof Error ? error.message : String(error);
  console.error(
    `mfa-kit mock: could not listen on ${values.host}:${port}: ${reason}. Try --port <other>.`,
  );
  process.exit(1);
}
