// Requests per flow: our drop-in forms driven as a user would (typing the code the mock sent), every
// API request counted at the server; and the four-call check of both measured client bundles.
import { DEMO_USER, DEMO_USERS, totpCode } from '@mfa-kit/mock';
import {
  callMock,
  latestCode,
  loginAs,
  loginDemoUser,
  mockPaths,
  sendEmailCode,
  signInDemoUser,
  wrongCode,
} from '@mfa-kit/mock/testing';
import { createBenchBackend } from './bench-backend.mjs';

const CODE_INPUT = 'input[autocomplete="one-time-code"]';

/** The minimum each flow needs from the API, and why. */
export const FLOW_MINIMUM = {
  'email: success': {
    requests: 3,
    why: "send code + verify + the remember-device policy GET (the screen offers the checkbox only when the tenant allows it, as Frontegg's own login box does)",
  },
  'email: wrong code, then right': { requests: 4, why: 'the above + one more verify' },
  'disable SMS: success': { requests: 2, why: 'pre-disable (sends the SMS) + verify' },
  'disable SMS: wrong code, then right': { requests: 3, why: 'the above + one more verify' },
  'login, authenticator app: success': {
    requests: 2,
    why: 'the remember-device policy GET + verify (the app makes the code: nothing to send)',
  },
  'login, authenticator app: wrong code, then right': {
    requests: 3,
    why: 'the above + one more verify',
  },
  'login, SMS: success': { requests: 3, why: 'the policy GET + send the SMS + verify' },
  'login, recovery code: success': {
    requests: 1,
    why: 'recover (it turns MFA off; no device to remember, so no policy GET)',
  },
  'login, passkey: success': {
    requests: 3,
    why: "the policy GET + start (the challenge) + verify; the browser's prompt is no request",
  },
};

/** Types `code` key by key into the focused code field, as a person does: no clearing or selecting first. */
export async function typeCode(page, code) {
  await page.locator(CODE_INPUT).focus();
  for (const digit of code) await page.keyboard.press(digit);
}

async function waitForStep(page, step, timeout = 10_000) {
  await page.locator(`form[data-step="${step}"]`).waitFor({ timeout });
}

/** A wrong code leaves the flow ready for another try, the code marked invalid. */
async function waitForRejectedCode(page, timeout = 10_000) {
  await page
    .locator(`form[data-step="code-sent"] ${CODE_INPUT}[aria-invalid="true"]`)
    .waitFor({ timeout });
}

/** Lets late requests (a refetch, a retry) land before counting. */
async function quiet(page) {
  await page.waitForTimeout(300);
}

export async function waitForCode(backend, channel, previous) {
  for (let tries = 0; tries < 200; tries += 1) {
    const latest = backend.outbox.latest({ channel });
    if (latest && latest.id !== previous) return latest.code;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no ${channel} code arrived`);
}

const summarise = (log) =>
  log.map(({ method, path, status }) => `${method} ${path.replace(/^\/identity/, '')} ${status}`);

/**
 * Runs one flow against a fresh backend on `page`: `prepare(backend)` first (a login, a signed-in user: not
 * counted), then `run(page, backend, setup, startCounting)`. Counted: every request from the run's start, or
 * from its call of `startCounting()` (after a screen's own loading, which is then a flow of its own).
 */
export async function countFlow(context, { name, minimum, page, prepare, run }) {
  const { server, setBackend } = context;
  const backend = createBenchBackend();
  setBackend(backend);
  const setup = await prepare(backend);
  const startCounting = () => {
    server.log.length = 0;
  };
  startCounting();
  await run(page, backend, setup, startCounting);
  await quiet(page);
  const requests = summarise(server.log);
  await page.evaluate(() => window.benchFlows.unmount());
  return {
    flow: name,
    requests: requests.length,
    minimum: minimum.requests,
    why: minimum.why,
    log: requests,
  };
}

/** Whether a flow sent more than its API minimum. */
export const exceedsMinimum = (flow) => flow.requests > flow.minimum;

/** One flow of the login and disable forms, on the shared flows page. */
function runFlow(context, name, run) {
  return countFlow(context, {
    name,
    minimum: FLOW_MINIMUM[name],
    page: context.page,
    prepare: async (backend) =>
      FLOW_USERS[name]
        ? { mfaToken: await loginAs(backend, FLOW_USERS[name]) }
        : name.startsWith('email')
          ? { mfaToken: await loginDemoUser(backend) }
          : { accessToken: (await signInDemoUser(backend)).accessToken },
    run,
  });
}

/** Opens the flows page once; every flow and client check then runs in it. */
export async function openFlowsPage(browserContext, origin) {
  const page = await browserContext.newPage();
  await page.goto(`${origin}/flows.html`);
  await page.waitForFunction(() => window.benchFlows);
  return page;
}

const DEVICE = DEMO_USER.phones[0];

const FLOWS = {
  'email: success': async (page, backend, { mfaToken }) => {
    await page.evaluate(
      ([origin, token]) => window.benchFlows.mountEmail(origin, token),
      [new URL(page.url()).origin, mfaToken],
    );
    const code = await waitForCode(backend, 'email');
    await typeCode(page, code);
    await waitForStep(page, 'verified');
  },
  'email: wrong code, then right': async (page, backend, { mfaToken }) => {
    await page.evaluate(
      ([origin, token]) => window.benchFlows.mountEmail(origin, token),
      [new URL(page.url()).origin, mfaToken],
    );
    const code = await waitForCode(backend, 'email');
    await typeCode(page, wrongCode(code));
    await waitForRejectedCode(page);
    await typeCode(page, code);
    await waitForStep(page, 'verified');
  },
  'disable SMS: success': async (page, backend, { accessToken }) => {
    await mountDisable(page, accessToken);
    const code = await waitForCode(backend, 'sms');
    await typeCode(page, code);
    await waitForStep(page, 'verified');
  },
  'disable SMS: wrong code, then right': async (page, backend, { accessToken }) => {
    await mountDisable(page, accessToken);
    const code = await waitForCode(backend, 'sms');
    await typeCode(page, wrongCode(code));
    await waitForRejectedCode(page);
    await typeCode(page, code);
    await waitForStep(page, 'verified');
  },
};

const APP_USER = DEMO_USERS.authenticator;
const SMS_USER = DEMO_USERS.smsAndAuthenticator;
const PASSKEY_USER = DEMO_USERS.passkeyAndRecovery;
const PASSKEY = PASSKEY_USER.webauthn[0];

/** The seeded user each login flow signs in as (the others use the demo user). */
const FLOW_USERS = {
  'login, authenticator app: success': APP_USER,
  'login, authenticator app: wrong code, then right': APP_USER,
  'login, SMS: success': SMS_USER,
  'login, recovery code: success': PASSKEY_USER,
  'login, passkey: success': PASSKEY_USER,
};

const LOGIN_FLOWS = {
  'login, authenticator app: success': async (page, _backend, { mfaToken }) => {
    await mountLoginFactor(page, { form: 'authenticator', mfaToken });
    await typeCode(page, await totpCode(APP_USER.authenticators[0].secret));
    await waitForStep(page, 'verified');
  },
  'login, authenticator app: wrong code, then right': async (page, _backend, { mfaToken }) => {
    await mountLoginFactor(page, { form: 'authenticator', mfaToken });
    const code = await totpCode(APP_USER.authenticators[0].secret);
    await typeCode(page, wrongCode(code));
    await page.locator(`${CODE_INPUT}[aria-invalid="true"]`).waitFor({ timeout: 10_000 });
    await typeCode(page, code);
    await waitForStep(page, 'verified');
  },
  'login, SMS: success': async (page, backend, { mfaToken }) => {
    const [phone] = SMS_USER.phones;
    await mountLoginFactor(page, {
      form: 'sms',
      mfaToken,
      deviceId: phone.id,
      phoneNumber: phone.phoneNumber,
    });
    await typeCode(page, await waitForCode(backend, 'sms'));
    await waitForStep(page, 'verified');
  },
  'login, recovery code: success': async (page) => {
    await mountLoginFactor(page, { form: 'recovery', email: PASSKEY_USER.email });
    await page.locator('input.mfa-text-input').fill(PASSKEY_USER.recoveryCodes[0]);
    await page.locator('form button[type="submit"]').click();
    await waitForStep(page, 'verified');
  },
  'login, passkey: success': async (page, _backend, { mfaToken }) => {
    // A relying party's id can't be an IP address: this flow runs on a page served as localhost, whose
    // Chromium holds the seeded passkey in a virtual authenticator.
    const localPage = await openFlowsPage(
      page.context(),
      new URL(page.url()).origin.replace('127.0.0.1', 'localhost'),
    );
    try {
      await storePasskey(await addVirtualAuthenticator(localPage), PASSKEY);
      await mountLoginFactor(localPage, {
        form: 'webauthn',
        mfaToken,
        deviceId: PASSKEY.id,
        name: PASSKEY.name,
      });
      await localPage.getByRole('button', { name: 'Use passkey' }).click();
      await waitForStep(localPage, 'verified');
    } finally {
      await localPage.close();
    }
  },
};

/** A CDP virtual authenticator in `page`'s browser: a platform passkey provider that says yes at once. */
export async function addVirtualAuthenticator(page) {
  const session = await page.context().newCDPSession(page);
  await session.send('WebAuthn.enable', { enableUI: false });
  const { authenticatorId } = await session.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return { session, authenticatorId };
}

/** Puts a seeded user's passkey (`SeededWebAuthnDevice`, discoverable) in the virtual authenticator. */
export async function storePasskey({ session, authenticatorId }, passkey) {
  await session.send('WebAuthn.addCredential', {
    authenticatorId,
    credential: {
      credentialId: Buffer.from(passkey.credentialId, 'base64url').toString('base64'),
      isResidentCredential: true,
      rpId: 'localhost',
      userHandle: Buffer.from(passkey.userHandle, 'base64url').toString('base64'),
      privateKey: passkey.privateKey,
      signCount: 1,
    },
  });
}

async function mountLoginFactor(page, props) {
  const origin = new URL(page.url()).origin;
  await page.evaluate((input) => window.benchFlows.mountLoginFactor(input), { origin, ...props });
}

async function mountDisable(page, accessToken) {
  const props = {
    origin: new URL(page.url()).origin,
    accessToken,
    deviceId: DEVICE.id,
    phoneNumber: DEVICE.phoneNumber,
  };
  await page.evaluate((input) => window.benchFlows.mountDisable(input), props);
  await page.getByRole('button', { name: 'Send code' }).click();
}

/** Every flow once (the count does not vary between runs; the flows are deterministic). */
export async function measureFlows(context) {
  const results = [];
  for (const [name, run] of Object.entries({ ...FLOWS, ...LOGIN_FLOWS }))
    results.push(await runFlow(context, name, run));
  return results;
}

const CALL_PATHS = [
  ['sendEmailCode', mockPaths.emailCode],
  ['verifyEmailCode', mockPaths.emailCodeVerify],
  ['preDisableSms', mockPaths.smsPreDisable(DEVICE.id)],
  ['disableSms', mockPaths.smsDisableVerify(DEVICE.id)],
];

/** SMS pre-disable made straight against the mock: the `otcToken` the disable call needs. */
async function preDisableOnMock(backend, accessToken) {
  const answer = await callMock(backend, mockPaths.smsPreDisable(DEVICE.id), {
    body: {},
    accessToken,
  });
  if (!answer.ok) throw new Error(`mock pre-disable answered ${answer.status}`);
  return answer.json();
}

/**
 * Loads a measured client bundle into the page and makes the four calls with it, against a fresh mock.
 * A call the mock refuses is recorded with its answer, and the token the next call needs is then fetched
 * straight from the mock, so every one of the four calls is still made by the bundle.
 */
export async function checkClientBundle(context, bundlePath) {
  const { server, setBackend, origin, page } = context;
  const backend = createBenchBackend();
  setBackend(backend);
  const { mfaToken, accessToken } = await signInDemoUser(backend);
  const refused = [];
  try {
    server.log.length = 0;
    await page.evaluate(
      ([url, setup]) => window.benchFlows.loadClient(url, setup),
      [`/${bundlePath}`, { origin, accessToken }],
    );
    const call = async (name, args, fallback) => {
      try {
        return await page.evaluate(
          ([method, input]) => window.benchFlows.call(method, input),
          [name, args],
        );
      } catch (error) {
        refused.push(
          `${name}: ${String(error.message)
            .split('\n')[0]
            .replace(/^page\.evaluate: /, '')}`,
        );
        return fallback ? fallback() : undefined;
      }
    };
    const sent = await call('sendEmailCode', [mfaToken], () => sendEmailCode(backend, mfaToken));
    await call('verifyEmailCode', [mfaToken, sent.otcToken, latestCode(backend, 'email')]);
    const preDisabled = await call('preDisableSms', [DEVICE.id], () =>
      preDisableOnMock(backend, accessToken),
    );
    await call('disableSms', [DEVICE.id, preDisabled.otcToken, latestCode(backend, 'sms')]);
    const bundleRequests = server.log;
    const made = CALL_PATHS.map(([name, path]) => [
      name,
      bundleRequests.filter((entry) => entry.path.endsWith(path)).length,
    ]);
    const ok = bundleRequests.length === 4 && made.every(([, count]) => count === 1);
    return { ok, requests: summarise(bundleRequests), refused };
  } catch (error) {
    return {
      ok: false,
      error: String(error?.message ?? error),
      requests: summarise(server.log),
      refused,
    };
  }
}
