import { describe, expect, it } from 'vitest';
import { createMockBackend } from '../backend';
import { MOCK_ERROR_CODES } from '../errors';
import { DEMO_USERS } from '../seeded-users';
import { signInWithTotp } from '../test-factors';
import { type ErrorBody, postJson, readJson } from '../test-helpers';
import { createTestClock, mockPaths, wrongCode } from '../testing';
import { totpCode } from '../totp';

const user = DEMO_USERS.smsAndAuthenticator;
const [app] = user.authenticators;

async function signedIn() {
  const clock = createTestClock();
  const backend = createMockBackend({ now: clock.now, errorCodeStyle: 'mock' });
  return { clock, backend, auth: await signInWithTotp(backend, user, clock.now()) };
}

describe('POST /resources/users/v1/mfa/authenticator/{deviceId}/disable/verify', () => {
  it('removes the app with the code it shows now: 200, no body', async () => {
    const { clock, backend, auth } = await signedIn();
    const token = await totpCode(app.secret, clock.now());
    const response = await postJson(
      backend,
      mockPaths.authenticatorDisableVerify(app.id),
      { token },
      auth,
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    expect(backend.devices(user.email).authenticators).toEqual([]);
  });

  it('removes it with an unused recovery code, which is then spent', async () => {
    const { backend, auth } = await signedIn();
    const token = user.recoveryCodes[0];
    const path = mockPaths.authenticatorDisableVerify(app.id);
    expect((await postJson(backend, path, { token }, auth)).status).toBe(200);
    expect(backend.devices(user.email).authenticators).toEqual([]);
  });

  it('refuses a spent recovery code as an invalid code', async () => {
    const twoApps = {
      email: 'two-apps@example.com',
      password: 'pw',
      name: 'Two Apps',
      emailMfa: false,
      authenticators: [app, { id: 'second-app', secret: user.authenticators[0].secret }],
      recoveryCodes: ['AAAA-BBBB-CCCC'],
    };
    const clock = createTestClock();
    const backend = createMockBackend({ now: clock.now, errorCodeStyle: 'mock', users: [twoApps] });
    const auth = await signInWithTotp(backend, twoApps, clock.now());
    const token = 'AAAA-BBBB-CCCC';
    const first = await postJson(
      backend,
      mockPaths.authenticatorDisableVerify(app.id),
      { token },
      auth,
    );
    expect(first.status).toBe(200);
    const spent = await postJson(
      backend,
      mockPaths.authenticatorDisableVerify('second-app'),
      { token },
      auth,
    );
    expect(spent.status).toBe(400);
    expect(await readJson<ErrorBody>(spent)).toMatchObject({
      errorCode: MOCK_ERROR_CODES.invalidCode,
    });
    expect(backend.devices(twoApps.email).authenticators).toEqual([{ id: 'second-app' }]);
  });

  it('refuses a wrong code as an invalid code and keeps the app', async () => {
    const { clock, backend, auth } = await signedIn();
    const token = wrongCode(await totpCode(app.secret, clock.now()));
    const response = await postJson(
      backend,
      mockPaths.authenticatorDisableVerify(app.id),
      { token },
      auth,
    );
    expect(response.status).toBe(400);
    expect(await readJson<ErrorBody>(response)).toMatchObject({
      errorCode: MOCK_ERROR_CODES.invalidCode,
    });
    expect(backend.devices(user.email).authenticators).toHaveLength(1);
  });

  it('refuses a body without a token as an invalid code (the spec leaves it optional)', async () => {
    const { backend, auth } = await signedIn();
    const response = await postJson(
      backend,
      mockPaths.authenticatorDisableVerify(app.id),
      {},
      auth,
    );
    expect(response.status).toBe(400);
    expect(await readJson<ErrorBody>(response)).toMatchObject({
      errorCode: MOCK_ERROR_CODES.invalidCode,
    });
    expect(backend.devices(user.email).authenticators).toHaveLength(1);
  });

  it('answers 404 for a device the user does not have, and 401 without a token', async () => {
    const { backend, auth } = await signedIn();
    const token = user.recoveryCodes[0];
    expect(
      (await postJson(backend, mockPaths.authenticatorDisableVerify('nope'), { token }, auth))
        .status,
    ).toBe(404);
    expect(
      (await postJson(backend, mockPaths.authenticatorDisableVerify(app.id), { token })).status,
    ).toBe(401);
  });

  it('honours an injected fault', async () => {
    const { backend, auth } = await signedIn();
    backend.faults.failNext(1, { status: 500 }, { route: 'authenticator-disable-verify' });
    const path = mockPaths.authenticatorDisableVerify(app.id);
    expect((await postJson(backend, path, { token: 'x' }, auth)).status).toBe(500);
  });
});
