// Contract test: every request the client sends and every response the mock backend returns, captured on the
// wire by msw, checked against Frontegg's identity.openapi.json with ajv.
import {
  DEMO_TENANT_ID,
  DEMO_USER,
  DEMO_USERS,
  createMockBackend,
  createWebAuthnAttestation,
  signWebAuthnAssertion,
  totpCode,
} from '@mfa-kit/mock';
import { setupMockServer } from '@mfa-kit/mock/node';
import { TEST_BASE_URL, mockPaths, wrongCode, wrongTotp } from '@mfa-kit/mock/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMfaClient } from '../client/create-client.js';
import type { MfaClient, MfaClientOptions } from '../client/create-client.js';
import * as authEndpoints from '../client/auth.js';
import * as devicesEndpoints from '../client/devices.js';
import * as emailEndpoints from '../client/email-mfa.js';
import * as enrollEndpoints from '../client/enroll-mfa.js';
import type { Endpoint } from '../client/http.js';
import * as manageEndpoints from '../client/manage-mfa.js';
import * as policyEndpoints from '../client/mfa-policy.js';
import * as recoveryEndpoints from '../client/recovery-code.js';
import * as smsEndpoints from '../client/sms-mfa.js';
import * as authenticatorEndpoints from '../client/authenticator-mfa.js';
import * as webauthnEndpoints from '../client/webauthn-mfa.js';
import { secretOfQrCode } from '@mfa-kit/mock/testing/node';
import { loadContract } from './openapi.js';
import type { Exchange } from './openapi.js';

const contract = loadContract();
// Users who must add a factor at sign-in, one per kind of factor (an enrolment makes its user enrolled).
const [newUserForApp, newUserForPhone, newUserForKey] = ['app', 'phone', 'key'].map((kind) => ({
  ...DEMO_USERS.newUser,
  id: `new-user-${kind}`,
  email: `new-user-${kind}@mfa-kit.dev`,
}));
const backend = createMockBackend({
  seed: 11,
  users: [
    { ...DEMO_USER, emailMfa: true },
    ...Object.values(DEMO_USERS),
    newUserForApp!,
    newUserForPhone!,
    newUserForKey!,
  ],
});
const server = setupMockServer(backend);
const BASE_URL = TEST_BASE_URL;

// The client's routes that identity.openapi.json lacks (Frontegg's SDK calls them): each endpoint marks itself
// `outsideSpec`, this list names them, and the first test checks the two agree and the spec still lacks each.
// Each is checked against the closest schema the spec has: the request body against a documented twin's
// (without the login-only fields), the answer against the component the SDK reads.
const U = '/identity/resources/users/v1/mfa';
const SDK_ONLY: { route: string; pattern: RegExp; body?: [string, string[]]; answer?: string }[] = [
  // What the SDK reloads after a change: the spec's UserMFADevicesResponse (AuthResponse.mfaDevices).
  { route: `GET ${U}/devices`, pattern: /^\/devices$/, answer: 'UserMFADevicesResponse' },
  {
    route: `POST ${U}/webauthn/enroll`,
    pattern: /^\/webauthn\/enroll$/,
    answer: 'RequestEnrollMFAWebAuthnResponse',
  },
  {
    route: `POST ${U}/webauthn/enroll/verify`,
    pattern: /^\/webauthn\/enroll\/verify$/,
    body: ['VerifyEnrollMFAWebAuthnRequest', ['mfaToken', 'rememberDevice']],
  },
  {
    route: `POST ${U}/webauthn/{deviceId}/disable`,
    pattern: /^\/webauthn\/[^/]+\/disable$/,
    answer: 'RequestVerifyMFAWebAuthnResponse',
  },
  {
    route: `POST ${U}/webauthn/{deviceId}/disable/verify`,
    pattern: /^\/webauthn\/[^/]+\/disable\/verify$/,
    body: ['VerifyMFAWebAuthnRequest', ['mfaToken', 'rememberDevice']],
  },
];
const sdkOnlyRoute = (exchange: Exchange) =>
  exchange.url.pathname.startsWith(`${U}/`)
    ? SDK_ONLY.find(({ pattern }) => pattern.test(exchange.url.pathname.slice(U.length)))
    : undefined;
// POST U/sms/enroll documents no success body; Frontegg's SDK reads `otcToken` from it: the spec's schema of
// its login-time twin's answer stands in.
const USER_SMS_ENROLL_PATH = `/identity${mockPaths.userEnrollSms}`;
// POST …/mfa/verify (the authenticator app, as Frontegg's login box calls it) is in the spec, deprecated and
// with no success body documented; the SDK reads the login answer from it, the AuthenticationResponseDto its
// per-device twin (…/mfa/authenticator/{deviceId}/verify) documents. Its answers are checked against that.
const TOTP_VERIFY_PATH = `/identity${mockPaths.totpVerify}`;

// Where the spec and Frontegg's SDK disagree, the client and the mock follow the SDK (CONTRACT.md). These
// problems, and no others, are expected; the first test checks that each one still occurs.
const SDK_DEPARTURES = [
  // The spec's phone pattern is the literal text "phoneNumberRegexp", which no phone number matches; and
  // at login the SDK adds the mfaToken the spec's enrol body lacks.
  /^POST \/identity\/resources\/auth\/v1\/user\/mfa\/sms\/enroll \(\d+\): request body: \(root\) must NOT have additional properties; \/phoneNumber must match pattern "phoneNumberRegexp"$/,
  /^POST \/identity\/resources\/users\/v1\/mfa\/sms\/enroll \(\d+\): request body: \/phoneNumber must match pattern "phoneNumberRegexp"$/,
  // The SMS enrolment verify at login: the SDK adds mfaToken (and rememberDevice) to the spec's { otcToken, code }.
  /^POST \/identity\/resources\/auth\/v1\/user\/mfa\/sms\/enroll\/verify \(\d+\): request body: \(root\) must NOT have additional properties(; \(root\) must NOT have additional properties)?$/,
  // Removing a phone without the pre-disable: the SDK sends {}, the spec requires { otcToken, code }.
  /^POST \/identity\/resources\/users\/v1\/mfa\/sms\/[^/]+\/disable\/verify \(\d+\): request body: \(root\) must have required property 'otcToken'; \(root\) must have required property 'code'$/,
  // The login answer's mfaStrategies: the SDK reads a list of strategy names, the spec says object.
  /^POST \/identity\/resources\/auth\/v1\/user \(200\): response body: \/mfaStrategies must be object$/,
  // A WebAuthn verify for a credential with no user handle: the spec requires a string, the SDK sends null.
  /^POST \/identity\/resources\/auth\/v1\/user\/mfa\/webauthn\/[^/]+\/verify \(\d+\): request body: \/options\/response\/userHandle must be string$/,
];
const isDeparture = (problem: string) => SDK_DEPARTURES.some((pattern) => pattern.test(problem));

let pending: Promise<Exchange>[] = [];
const requests = new Map<
  string,
  Promise<{ method: string; url: URL; headers: Headers; body: string }>
>();

beforeAll(() => {
  server.events.on('request:start', ({ request, requestId }) => {
    const copy = request.clone();
    requests.set(
      requestId,
      copy.text().then((body) => ({
        method: copy.method,
        url: new URL(copy.url),
        headers: copy.headers,
        body,
      })),
    );
  });
  server.events.on('response:mocked', ({ response, requestId }) => {
    const sent = requests.get(requestId);
    if (!sent || response.type === 'error') return;
    const copy = response.clone();
    pending.push(
      Promise.all([sent, copy.text()]).then(([request, responseBody]) => ({
        ...request,
        status: copy.status,
        responseHeaders: copy.headers,
        responseBody,
      })),
    );
  });
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  backend.reset();
  pending = [];
  requests.clear();
});
afterAll(() => server.close());

/** The captured exchanges so far. */
const captured = () => Promise.all(pending);

/** Problems of each exchange, as `METHOD path (status): problem`. */
function problemsOf(exchanges: Exchange[]): string[] {
  return exchanges.flatMap((exchange) => {
    const sdkOnly = sdkOnlyRoute(exchange);
    const requestProblems = !sdkOnly
      ? contract.checkRequest(exchange)
      : sdkOnly.body
        ? contract.checkBodyAgainst(exchange, ...sdkOnly.body)
        : exchange.body === ''
          ? []
          : ['a body was sent to a route that takes none'];
    const responseProblems =
      sdkOnly && !sdkOnly.answer && exchange.status < 400
        ? exchange.responseBody === ''
          ? []
          : ['a body was returned where the SDK reads none']
        : contract.checkResponse(
            exchange,
            sdkOnly?.answer ??
              (exchange.url.pathname === TOTP_VERIFY_PATH
                ? 'AuthenticationResponseDto'
                : exchange.url.pathname === USER_SMS_ENROLL_PATH
                  ? 'RequestEnrollMFASMSResponse'
                  : undefined),
          );
    return [...requestProblems, ...responseProblems].map(
      (problem) => `${exchange.method} ${exchange.url.pathname} (${exchange.status}): ${problem}`,
    );
  });
}

const settle = (promise: Promise<unknown>) => promise.catch(() => undefined);

/** Drives every endpoint through successes and failures; returns nothing, the wire is what counts. */
async function exerciseEveryEndpoint(options: MfaClientOptions): Promise<void> {
  const anonymous = createMfaClient({ baseUrl: BASE_URL });
  await settle(anonymous.auth.login({ email: DEMO_USER.email, password: 'wrong-password' }));
  await settle(anonymous.mfaPolicy.rememberDevice({ mfaToken: 'never-issued' }));
  await settle(anonymous.devices.list());

  const signIn = async (rememberDevice: boolean | undefined) => {
    const { mfaToken = '' } = await anonymous.auth.login({
      email: DEMO_USER.email,
      password: DEMO_USER.password,
    });
    const { otcToken } = await anonymous.emailMfa.sendCode({ mfaToken });
    await settle(anonymous.emailMfa.sendCode({ mfaToken })); // inside the resend cooldown: 429
    await anonymous.mfaPolicy.rememberDevice({ mfaToken });
    const code = backend.outbox.latest({ channel: 'email' })?.code ?? '';
    await settle(
      anonymous.emailMfa.verifyCode({
        mfaToken,
        otcToken,
        code: wrongCode(code),
      }),
    );
    return anonymous.emailMfa.verifyCode({ mfaToken, otcToken, code, rememberDevice });
  };
  await signIn(false);
  await signIn(undefined);
  const { accessToken = '' } = await signIn(true);

  const client: MfaClient = createMfaClient({
    baseUrl: BASE_URL,
    getAccessToken: () => accessToken,
    ...options,
  });
  const [phone] = (await client.devices.list()).phones;
  const deviceId = phone?.id ?? '';
  await settle(client.smsMfa.preDisable({ deviceId: 'no-such-device' }));
  const { otcToken } = await client.smsMfa.preDisable({ deviceId });
  const code = backend.outbox.latest({ channel: 'sms' })?.code ?? '';
  await settle(client.smsMfa.disable({ deviceId, otcToken, code: wrongCode(code) }));
  await client.smsMfa.disable({ deviceId, otcToken, code });

  await exerciseLoginFactors(anonymous);
  await exerciseEnrolment(anonymous, options);
}

/** Every enrolment route and every factor removal, each refused once and passed once. */
async function exerciseEnrolment(anonymous: MfaClient, options: MfaClientOptions): Promise<void> {
  await anonymous.mfaPolicy.strategies();
  const reach = async (user: { email: string; password: string }) =>
    (await anonymous.auth.login({ email: user.email, password: user.password })).mfaToken ?? '';

  let mfaToken = await reach(newUserForApp!);
  const { qrCode } = await anonymous.enrollMfa.startAuthenticator({ mfaToken });
  const secret = secretOfQrCode(qrCode);
  const token = await totpCode(secret);
  await settle(
    anonymous.enrollMfa.verifyAuthenticator({ mfaToken, token: await wrongTotp(secret) }),
  );
  const { accessToken = '', recoveryCode = '' } = await anonymous.enrollMfa.verifyAuthenticator({
    mfaToken,
    token,
    rememberDevice: true,
  });

  mfaToken = await reach(newUserForPhone!);
  await settle(
    anonymous.enrollMfa.startSms({ mfaToken: 'never-issued', phoneNumber: '+15550100300' }),
  );
  const sent = await anonymous.enrollMfa.startSms({ mfaToken, phoneNumber: '+15550100300' });
  const smsCode = backend.outbox.latest({ channel: 'sms' })?.code ?? '';
  const smsInput = { mfaToken, otcToken: sent.otcToken };
  await settle(anonymous.enrollMfa.verifySms({ ...smsInput, code: wrongCode(smsCode) }));
  await anonymous.enrollMfa.verifySms({ ...smsInput, code: smsCode, rememberDevice: false });

  mfaToken = await reach(newUserForKey!);
  const refusedKey = await anonymous.enrollMfa.startWebAuthn({ mfaToken });
  const { attestation: fromElsewhere } = await createWebAuthnAttestation({
    options: refusedKey.options,
    origin: 'https://evil.example',
  });
  const keyInput = { mfaToken, deviceType: 'Platform' } as const;
  await settle(
    anonymous.enrollMfa.verifyWebAuthn({
      ...keyInput,
      webauthnToken: refusedKey.webauthnToken,
      options: fromElsewhere,
    }),
  );
  const started = await anonymous.enrollMfa.startWebAuthn({ mfaToken });
  const { attestation } = await createWebAuthnAttestation({ options: started.options });
  await anonymous.enrollMfa.verifyWebAuthn({
    ...keyInput,
    webauthnToken: started.webauthnToken,
    options: attestation,
  });

  // Account settings, as the user who enrolled the app at sign-in.
  const client = createMfaClient({
    baseUrl: BASE_URL,
    getAccessToken: () => accessToken,
    ...options,
  });
  const { qrCode: secondQrCode } = await client.manageMfa.startAuthenticator();
  const secondSecret = secretOfQrCode(secondQrCode);
  await settle(client.manageMfa.verifyAuthenticator({ token: await wrongTotp(secondSecret) }));
  await client.manageMfa.verifyAuthenticator({ token: await totpCode(secondSecret) });

  const phone = await client.manageMfa.startSms({ phoneNumber: '+447700900456' });
  const phoneCode = backend.outbox.latest({ channel: 'sms' })?.code ?? '';
  await settle(
    client.manageMfa.verifySms({ otcToken: phone.otcToken, code: wrongCode(phoneCode) }),
  );
  await client.manageMfa.verifySms({ otcToken: phone.otcToken, code: phoneCode });

  const keyStart = await client.manageMfa.startWebAuthn();
  const otherChallenge = { ...keyStart.options, challenge: 'b3RoZXI' };
  const forged = await createWebAuthnAttestation({ options: otherChallenge });
  const newKey = { deviceType: 'CrossPlatform', webauthnToken: keyStart.webauthnToken } as const;
  await settle(client.manageMfa.verifyWebAuthn({ ...newKey, options: forged.attestation }));
  const keyRetry = await client.manageMfa.startWebAuthn();
  const added = await createWebAuthnAttestation({ options: keyRetry.options });
  await client.manageMfa.verifyWebAuthn({
    ...newKey,
    webauthnToken: keyRetry.webauthnToken,
    options: added.attestation,
  });

  const devices = await client.devices.list();
  const [firstApp, secondApp] = devices.authenticators;
  const keyId = devices.webauthn[0]?.id ?? '';
  const appId = firstApp?.id ?? '';
  // Without the pre-disable: the user keeps other factors.
  await settle(client.smsMfa.disable({ deviceId: 'no-such-phone' }));
  await client.smsMfa.disable({ deviceId: devices.phones[0]?.id ?? '' });
  await settle(client.manageMfa.disableAuthenticator({ deviceId: appId, token: 'SPENT-CODE' }));
  await client.manageMfa.disableAuthenticator({ deviceId: appId, token: recoveryCode });
  await client.manageMfa.disableAuthenticator({
    deviceId: secondApp?.id ?? '',
    token: await totpCode(secondSecret),
  });

  for (const device of [forged.device, added.device]) {
    const removal = await client.manageMfa.startWebAuthnRemoval({ deviceId: keyId });
    await settle(
      client.manageMfa.disableWebAuthn({
        deviceId: keyId,
        webauthnToken: removal.webauthnToken,
        options: await signWebAuthnAssertion({ device, options: removal.options }),
      }),
    );
  }
}

/** Every other factor a login can ask for, each refused once and passed once. */
async function exerciseLoginFactors(client: MfaClient): Promise<void> {
  const reach = async (user: { email: string; password: string }) =>
    (await client.auth.login({ email: user.email, password: user.password })).mfaToken ?? '';

  const { secret } = DEMO_USERS.authenticator.authenticators[0];
  let mfaToken = await reach(DEMO_USERS.authenticator);
  const value = await totpCode(secret);
  await settle(client.authenticatorMfa.verify({ mfaToken, value: await wrongTotp(secret) }));
  await client.authenticatorMfa.verify({ mfaToken, value, rememberDevice: true });

  const [phone] = DEMO_USERS.smsAndAuthenticator.phones;
  mfaToken = await reach(DEMO_USERS.smsAndAuthenticator);
  await settle(client.smsMfa.sendCode({ deviceId: 'no-such-phone', mfaToken }));
  const { otcToken } = await client.smsMfa.sendCode({ deviceId: phone.id, mfaToken });
  await settle(client.smsMfa.sendCode({ deviceId: phone.id, mfaToken })); // inside the cooldown: 429
  const code = backend.outbox.latest({ channel: 'sms', to: phone.phoneNumber })?.code ?? '';
  await settle(
    client.smsMfa.verifyCode({ deviceId: phone.id, mfaToken, otcToken, code: wrongCode(code) }),
  );
  await client.smsMfa.verifyCode({
    deviceId: phone.id,
    mfaToken,
    otcToken,
    code,
    rememberDevice: false,
  });

  const user = DEMO_USERS.passkeyAndRecovery;
  const [passkey, securityKey] = user.webauthn;
  for (const device of [passkey, securityKey]) {
    mfaToken = await reach(user);
    const refused = await client.webauthnMfa.start({ deviceId: device.id, mfaToken });
    const signedByAnother = {
      ...device,
      privateKey: (device === passkey ? securityKey : passkey).privateKey,
    };
    await settle(
      client.webauthnMfa.verify({
        deviceId: device.id,
        mfaToken,
        webauthnToken: refused.webauthnToken,
        options: await signWebAuthnAssertion({ device: signedByAnother, options: refused.options }),
      }),
    );
    const { webauthnToken, options } = await client.webauthnMfa.start({
      deviceId: device.id,
      mfaToken,
    });
    await client.webauthnMfa.verify({
      deviceId: device.id,
      mfaToken,
      webauthnToken,
      options: await signWebAuthnAssertion({ device, options }),
    });
  }
  await settle(client.recoveryCode.redeem({ email: user.email, recoveryCode: 'WRONG-CODE-0000' }));
  await client.recoveryCode.redeem({ email: user.email, recoveryCode: user.recoveryCodes[0] });
}

// Every endpoint the client has, from every client module.
const ENDPOINTS = [
  authEndpoints,
  devicesEndpoints,
  emailEndpoints,
  enrollEndpoints,
  manageEndpoints,
  policyEndpoints,
  recoveryEndpoints,
  smsEndpoints,
  authenticatorEndpoints,
  webauthnEndpoints,
].flatMap((module) =>
  Object.values(module as Record<string, unknown>).filter(
    (value): value is Endpoint<unknown> =>
      typeof value == 'object' && value !== null && 'method' in value && 'path' in value,
  ),
);

// The whole flow sends a few hundred requests; a loaded machine needs more than the default 5 s.
const FLOW_TIMEOUT_MS = 30_000;

describe('the client and the mock against identity.openapi.json', () => {
  it('marks exactly the listed SDK-only routes outside the spec, and the spec lacks each of them', () => {
    const route = ({ method, path }: Endpoint<unknown>) => `${method} /identity${path}`;
    const outside = ENDPOINTS.filter((endpoint) => endpoint.outsideSpec).map(route);
    expect(outside.sort()).toEqual(SDK_ONLY.map((sdkOnly) => sdkOnly.route).sort());
    for (const endpoint of ENDPOINTS) {
      const url = new URL(BASE_URL + endpoint.path.replace('{deviceId}', 'd'));
      const inSpec = contract.routeOf({ method: endpoint.method, url } as Exchange) !== undefined;
      expect(inSpec, route(endpoint)).toBe(!endpoint.outsideSpec);
    }
  });

  it(
    'fit the spec on every request and response (vendor headers configured)',
    { timeout: FLOW_TIMEOUT_MS },
    async () => {
      await exerciseEveryEndpoint({ userId: DEMO_USER.id, tenantId: DEMO_TENANT_ID });
      const exchanges = await captured();
      const problems = problemsOf(exchanges);
      expect(problems.filter((problem) => !isDeparture(problem))).toEqual([]);
      for (const departure of SDK_DEPARTURES) {
        expect(
          problems.some((problem) => departure.test(problem)),
          String(departure),
        ).toBe(true);
      }
      // Every operation was exercised, with successes and failures.
      const routes = new Set(
        exchanges.map(
          (exchange) => contract.routeOf(exchange) ?? sdkOnlyRoute(exchange)?.route ?? 'unknown',
        ),
      );
      expect([...routes].sort()).toEqual(
        [
          ...SDK_ONLY.map((sdkOnly) => sdkOnly.route),
          'GET /resources/configurations/v1/mfa-policy/allow-remember-device',
          'GET /resources/configurations/v1/mfa/strategies',
          'POST /resources/auth/v1/user',
          'POST /resources/auth/v1/user/mfa/authenticator/enroll',
          'POST /resources/auth/v1/user/mfa/authenticator/enroll/verify',
          'POST /resources/auth/v1/user/mfa/emailcode',
          'POST /resources/auth/v1/user/mfa/emailcode/verify',
          'POST /resources/auth/v1/user/mfa/recover',
          'POST /resources/auth/v1/user/mfa/sms/enroll',
          'POST /resources/auth/v1/user/mfa/sms/enroll/verify',
          'POST /resources/auth/v1/user/mfa/sms/{deviceId}',
          'POST /resources/auth/v1/user/mfa/sms/{deviceId}/verify',
          'POST /resources/auth/v1/user/mfa/verify',
          'POST /resources/auth/v1/user/mfa/webauthn/enroll',
          'POST /resources/auth/v1/user/mfa/webauthn/enroll/verify',
          'POST /resources/auth/v1/user/mfa/webauthn/{deviceId}',
          'POST /resources/auth/v1/user/mfa/webauthn/{deviceId}/verify',
          'POST /resources/users/v1/mfa/authenticator/enroll',
          'POST /resources/users/v1/mfa/authenticator/enroll/verify',
          'POST /resources/users/v1/mfa/authenticator/{deviceId}/disable/verify',
          'POST /resources/users/v1/mfa/sms/enroll',
          'POST /resources/users/v1/mfa/sms/enroll/verify',
          'POST /resources/users/v1/mfa/sms/{deviceId}/disable',
          'POST /resources/users/v1/mfa/sms/{deviceId}/disable/verify',
        ].sort(),
      );
      expect(new Set(exchanges.map((exchange) => exchange.status))).toEqual(
        new Set([200, 201, 400, 401, 404, 429]),
      );
    },
  );

  it(
    'with a user JWT alone, differ only by the vendor headers Frontegg’s SDK also leaves out',
    { timeout: FLOW_TIMEOUT_MS },
    async () => {
      // The spec marks frontegg-user-id (and, on pre-disable, frontegg-tenant-id) required: that is the
      // vendor-token use. With a user JWT the user comes from the token, and Frontegg's SDK sends neither.
      await exerciseEveryEndpoint({});
      const problems = problemsOf(await captured())
        .filter((problem) => !isDeparture(problem))
        .map((problem) =>
          problem.replace(
            /\/(sms|authenticator)\/(?!enroll\b)[^/]+\/disable/,
            '/$1/{deviceId}/disable',
          ),
        );
      expect([...new Set(problems)].sort()).toEqual(
        [
          'POST /identity/resources/users/v1/mfa/sms/{deviceId}/disable (200): required header parameter frontegg-tenant-id is missing',
          'POST /identity/resources/users/v1/mfa/sms/{deviceId}/disable (200): required header parameter frontegg-user-id is missing',
          'POST /identity/resources/users/v1/mfa/sms/{deviceId}/disable (404): required header parameter frontegg-tenant-id is missing',
          'POST /identity/resources/users/v1/mfa/sms/{deviceId}/disable (404): required header parameter frontegg-user-id is missing',
          'POST /identity/resources/users/v1/mfa/sms/{deviceId}/disable/verify (200): required header parameter frontegg-user-id is missing',
          'POST /identity/resources/users/v1/mfa/sms/{deviceId}/disable/verify (400): required header parameter frontegg-user-id is missing',
          'POST /identity/resources/users/v1/mfa/sms/{deviceId}/disable/verify (404): required header parameter frontegg-user-id is missing',
          ...[
            'authenticator/enroll (200)',
            'authenticator/enroll/verify (200)',
            'authenticator/enroll/verify (400)',
            'authenticator/{deviceId}/disable/verify (200)',
            'authenticator/{deviceId}/disable/verify (400)',
            'sms/enroll (200)',
            'sms/enroll/verify (200)',
            'sms/enroll/verify (400)',
          ].map(
            (route) =>
              `POST /identity/resources/users/v1/mfa/${route}: required header parameter frontegg-user-id is missing`,
          ),
        ].sort(),
      );
    },
  );
});

describe('the contract checker catches what breaks the spec', () => {
  const exchange = (change: Partial<Exchange>): Exchange => ({
    method: 'POST',
    url: new URL(`${BASE_URL}/resources/auth/v1/user/mfa/emailcode/verify`),
    headers: new Headers({ 'content-type': 'application/json' }),
    body: JSON.stringify({ otcToken: 'o', code: '123456', mfaToken: 'm' }),
    status: 201,
    responseHeaders: new Headers({ 'content-type': 'application/json' }),
    responseBody: JSON.stringify({
      mfaRequired: false,
      accessToken: 'a',
      refreshToken: 'r',
      expiresIn: 1,
      expires: 'e',
    }),
    ...change,
  });

  it('accepts a fitting exchange', () => {
    expect([
      ...contract.checkRequest(exchange({})),
      ...contract.checkResponse(exchange({})),
    ]).toEqual([]);
  });

  it.each([
    [
      'an undocumented body field',
      { body: JSON.stringify({ otcToken: 'o', code: '1', mfaToken: 'm', extra: 1 }) },
    ],
    ['a missing required body field', { body: JSON.stringify({ otcToken: 'o', code: '1' }) }],
    [
      'a wrongly typed body field',
      { body: JSON.stringify({ otcToken: 'o', code: 123456, mfaToken: 'm' }) },
    ],
    ['a body that is not JSON', { body: 'otcToken=o' }],
    ['no JSON content type', { headers: new Headers({ 'content-type': 'text/plain' }) }],
    ['no body at all', { body: '' }],
    ['a wrong method', { method: 'PUT' }],
    [
      'a path the spec lacks',
      { url: new URL(`${BASE_URL}/resources/auth/v1/user/mfa/emailcode/check`) },
    ],
    [
      'a host that is no spec server',
      { url: new URL('https://evil.example/identity/resources/auth/v1/user/mfa/emailcode/verify') },
    ],
    [
      'an undocumented query parameter',
      { url: new URL(`${BASE_URL}/resources/auth/v1/user/mfa/emailcode/verify?code=1`) },
    ],
  ] as const)('refuses a request with %s', (_label, change) => {
    expect(contract.checkRequest(exchange(change))).not.toEqual([]);
  });

  it('refuses an SMS pre-disable without its required headers, and a remember-device call without mfaToken', () => {
    const preDisable = exchange({
      url: new URL(`${BASE_URL}/resources/users/v1/mfa/sms/d1/disable`),
      body: '{}',
    });
    expect(contract.checkRequest(preDisable)).toHaveLength(2);
    const policy = exchange({
      method: 'GET',
      url: new URL(`${BASE_URL}/resources/configurations/v1/mfa-policy/allow-remember-device`),
      body: '',
    });
    expect(contract.checkRequest(policy)).toEqual(['required query parameter mfaToken is missing']);
  });

  it.each([
    ['a missing required field', { responseBody: JSON.stringify({ mfaRequired: false }) }],
    [
      'a wrongly typed field',
      {
        responseBody: JSON.stringify({
          mfaRequired: 'no',
          accessToken: 'a',
          refreshToken: 'r',
          expiresIn: 1,
          expires: 'e',
        }),
      },
    ],
    ['an undocumented status', { status: 200 }],
    ['a body that is not JSON', { responseBody: '<html>' }],
    [
      'an error without errors[]',
      { status: 400, responseBody: JSON.stringify({ message: 'bad' }) },
    ],
  ] as const)('refuses a response with %s', (_label, change) => {
    expect(contract.checkResponse(exchange(change))).not.toEqual([]);
  });

  it('checks the devices answer against the SDK shape', () => {
    const devices = exchange({
      method: 'GET',
      url: new URL(`${BASE_URL}/resources/users/v1/mfa/devices`),
      status: 200,
    });
    const fits = {
      webauthn: [],
      phones: [{ id: 'p', phoneNumber: '+1' }],
      authenticators: [],
      emails: [],
    };
    expect(
      contract.checkResponse(
        { ...devices, responseBody: JSON.stringify(fits) },
        'UserMFADevicesResponse',
      ),
    ).toEqual([]);
    expect(
      contract.checkResponse(
        { ...devices, responseBody: JSON.stringify({ ...fits, phones: [{ id: 'p' }] }) },
        'UserMFADevicesResponse',
      ),
    ).not.toEqual([]);
  });
});
