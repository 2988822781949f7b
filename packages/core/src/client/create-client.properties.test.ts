// Property-based: whatever callers pass and whatever a server answers, the client only ever rejects with MfaApiError.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMfaClient } from './create-client.js';
import type { MfaClient } from './create-client.js';
import { isMfaApiError } from './errors.js';
import { fakeFetch, json, signedIn } from './test-fetch.js';

type Method = (client: MfaClient, input: unknown) => Promise<unknown>;

// Every method, called with whatever input the property hands it, as plain JavaScript could.
const methods: Record<string, Method> = {
  'auth.login': (client, input) => client.auth.login(input as never),
  'emailMfa.sendCode': (client, input) => client.emailMfa.sendCode(input as never),
  'emailMfa.verifyCode': (client, input) => client.emailMfa.verifyCode(input as never),
  'mfaPolicy.rememberDevice': (client, input) => client.mfaPolicy.rememberDevice(input as never),
  'devices.list': (client) => client.devices.list(),
  'smsMfa.preDisable': (client, input) => client.smsMfa.preDisable(input as never),
  'smsMfa.disable': (client, input) => client.smsMfa.disable(input as never),
  'mfaPolicy.strategies': (client) => client.mfaPolicy.strategies(),
  'enrollMfa.startAuthenticator': (client, input) =>
    client.enrollMfa.startAuthenticator(input as never),
  'enrollMfa.verifyAuthenticator': (client, input) =>
    client.enrollMfa.verifyAuthenticator(input as never),
  'enrollMfa.startSms': (client, input) => client.enrollMfa.startSms(input as never),
  'enrollMfa.verifySms': (client, input) => client.enrollMfa.verifySms(input as never),
  'enrollMfa.startWebAuthn': (client, input) => client.enrollMfa.startWebAuthn(input as never),
  'enrollMfa.verifyWebAuthn': (client, input) => client.enrollMfa.verifyWebAuthn(input as never),
  'manageMfa.startAuthenticator': (client) => client.manageMfa.startAuthenticator(),
  'manageMfa.verifyAuthenticator': (client, input) =>
    client.manageMfa.verifyAuthenticator(input as never),
  'manageMfa.startSms': (client, input) => client.manageMfa.startSms(input as never),
  'manageMfa.verifySms': (client, input) => client.manageMfa.verifySms(input as never),
  'manageMfa.startWebAuthn': (client) => client.manageMfa.startWebAuthn(),
  'manageMfa.verifyWebAuthn': (client, input) => client.manageMfa.verifyWebAuthn(input as never),
  'manageMfa.disableAuthenticator': (client, input) =>
    client.manageMfa.disableAuthenticator(input as never),
  'manageMfa.startWebAuthnRemoval': (client, input) =>
    client.manageMfa.startWebAuthnRemoval(input as never),
  'manageMfa.disableWebAuthn': (client, input) => client.manageMfa.disableWebAuthn(input as never),
};
const methodName = fc.constantFrom(...Object.keys(methods));

/** Resolves, or rejects with an MfaApiError: anything else fails the property. */
async function settlesCleanly(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    if (!isMfaApiError(error)) throw new Error(`rejected with something else: ${String(error)}`);
    return error;
  }
}

// Inputs near the valid ones as well as anything at all.
const fieldValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.stringMatching(/^\d{1,8}$/),
  fc.anything(),
);
const nearValidInput = fc.record(
  {
    email: fieldValue,
    password: fieldValue,
    mfaToken: fieldValue,
    otcToken: fieldValue,
    code: fieldValue,
    deviceId: fieldValue,
    token: fieldValue,
    phoneNumber: fc.oneof(fieldValue, fc.stringMatching(/^\+[1-9]\d{6,14}$/)),
    webauthnToken: fieldValue,
    deviceType: fc.oneof(fc.constantFrom('Platform', 'CrossPlatform'), fieldValue),
    options: fc.oneof(
      fc.record({ id: fieldValue, response: fc.dictionary(fc.string(), fieldValue) }),
      fc.anything(),
    ),
    rememberDevice: fc.oneof(fc.boolean(), fc.anything()),
  },
  { requiredKeys: [] },
);

describe('no input makes the client throw anything but MfaApiError', () => {
  it('holds for every method and any input, and a rejected input sends nothing', async () => {
    await fc.assert(
      fc.asyncProperty(methodName, fc.oneof(nearValidInput, fc.anything()), async (name, input) => {
        const { fetch } = fakeFetch(() => json(200, {}));
        const error = await settlesCleanly(methods[name]!(createMfaClient({ fetch }), input));
        if (isMfaApiError(error) && error.kind === 'invalid-input')
          expect(fetch).not.toHaveBeenCalled();
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('accepts a code exactly when it is digits only', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.stringMatching(/^\d+$/)), async (code) => {
        const { fetch } = fakeFetch(() => json(201, signedIn));
        const client = createMfaClient({ fetch });
        const error = await settlesCleanly(
          client.emailMfa.verifyCode({ mfaToken: 'm', otcToken: 'o', code }),
        );
        expect(error === undefined).toBe(/^[0-9]+$/.test(code));
      }),
    );
  });

  it('keeps any deviceId inside its one path segment', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, unit: 'binary' }), async (deviceId) => {
        const { fetch, requests } = fakeFetch(() => json(200, { otcToken: 'o' }));
        await settlesCleanly(
          createMfaClient({ baseUrl: 'https://x.test/identity', fetch }).smsMfa.preDisable({
            deviceId,
          }),
        );
        const wellFormed = !/[\uD800-\uDFFF]/.test(
          deviceId.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''),
        );
        if (deviceId === '.' || deviceId === '..' || !wellFormed) {
          expect(requests).toHaveLength(0);
        } else {
          const segments = requests[0]?.url.pathname.split('/');
          expect(segments).toHaveLength(9);
          expect(decodeURIComponent(segments?.[7] ?? '')).toBe(deviceId);
        }
      }),
      { examples: [['.'], ['..'], ['../x'], ['\uD800'], ['a\uDFFFb']] },
    );
  });
});

describe('no server answer makes the client throw anything but MfaApiError', () => {
  const status = fc.integer({ min: 200, max: 599 });
  const jsonBody = fc
    .oneof(
      fc.jsonValue(),
      fc.record(
        {
          errors: fc.oneof(fc.array(fc.string()), fc.anything()),
          errorCode: fc.anything(),
          errorCodes: fc.anything(),
        },
        { requiredKeys: [] },
      ),
      fc.constant(signedIn),
    )
    .map((value) => JSON.stringify(value) ?? '');
  const body = fc.oneof(jsonBody, fc.string(), fc.constant(''));
  const headers = fc
    .record(
      {
        'retry-after': fc.oneof(fc.string(), fc.nat().map(String)),
        'x-rate-limit-reset': fc.oneof(
          fc.string(),
          fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
        ),
        'frontegg-trace-id': fc.string(),
      },
      { requiredKeys: [] },
    )
    .map((record) =>
      Object.fromEntries(
        Object.entries(record).map(([name, value]) => [name, value.replace(/[^\t\x20-\x7e]/g, '')]),
      ),
    );

  it('holds for any status, body and headers, with no secret in the error', async () => {
    const secrets = {
      mfaToken: 'mfa-secret-1',
      otcToken: 'otc-secret-2',
      code: '987654',
      password: 'pass-secret-3',
    };
    const inputs = { ...secrets, email: 'a@b.c', deviceId: 'dev-1' };
    await fc.assert(
      fc.asyncProperty(
        methodName,
        status,
        body,
        headers,
        fc.boolean(),
        async (name, code, text, headerRecord, echo) => {
          // A server that echoes the secrets it received, or answers whatever the property picked.
          const answer = echo
            ? JSON.stringify({ errors: [`${Object.values(secrets).join(' ')} ${text}`] })
            : text;
          const noBody = code === 204 || code === 205 || code === 304;
          const { fetch, requests } = fakeFetch(
            () => new Response(noBody ? null : answer, { status: code, headers: headerRecord }),
          );
          const client = createMfaClient({ fetch, getAccessToken: () => 'access-secret-4' });
          const error = await settlesCleanly(methods[name]!(client, inputs));
          if (!isMfaApiError(error)) return;
          // Every secret this call sent (a server can only echo what it received).
          const sent = requests
            .map(
              (request) =>
                `${request.url.href} ${request.body} ${request.headers.get('authorization')}`,
            )
            .join();
          const visible = [error.message, ...error.messages, String(error)].join('\n');
          for (const secret of [...Object.values(secrets), 'access-secret-4']) {
            if (sent.includes(secret)) expect(visible).not.toContain(secret);
          }
          if (error.retryAfterMs !== undefined)
            expect(error.retryAfterMs).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 400 },
    );
  }, 60_000);
});
