import { describe, expect, it } from 'vitest';
import { createMockBackend } from '../backend';
import { get, readJson } from '../test-helpers';
import { mockPaths } from '../testing';

describe('GET /resources/configurations/v1/mfa/strategies', () => {
  it('answers every factor active by default', async () => {
    const response = await get(createMockBackend(), mockPaths.mfaStrategies);
    expect(response.status).toBe(200);
    expect(await readJson(response)).toEqual({
      strategies: [
        'AuthenticatorApp',
        'SMS',
        'EmailCode',
        'WebAuthnPlatform',
        'WebAuthnCrossPlatform',
      ].map((strategy) => ({ strategy, isActive: true })),
    });
  });

  it('answers the strategies the backend was configured with', async () => {
    const strategies = [
      { strategy: 'SMS', isActive: false },
      { strategy: 'AuthenticatorApp', isActive: true },
    ] as const;
    const response = await get(
      createMockBackend({ mfaStrategies: strategies }),
      mockPaths.mfaStrategies,
    );
    expect(await readJson(response)).toEqual({ strategies });
  });

  it('honours an injected schema break', async () => {
    const backend = createMockBackend();
    backend.faults.schemaBreakNext(1, { route: 'mfa-strategies' });
    expect(await readJson(await get(backend, mockPaths.mfaStrategies))).toEqual({
      strategies: [{ strategy: 7, isActive: 'yes' }],
    });
  });
});
