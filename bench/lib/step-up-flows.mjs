// Requests per step-up (`useStepUpAction` + `StepUpDialog`), against the API minimum: a fresh enough sign-in
// sends nothing (the token's claims are read in the page); an old one sends the generate, then the calls of the
// factor the dialog shows first (the code the mock texted, or the one the app shows).
import { DEMO_USERS, totpCode } from '@mfa-kit/mock';
import { callMock, loginAs, mockPaths, signInDemoUser } from '@mfa-kit/mock/testing';
import { countFlow, typeCode, waitForCode } from './flows.mjs';

/** How old the "old" sign-ins are: past the harness's maxAge of 5 minutes. */
const OLD_SECONDS = 600;
const APP_USER = DEMO_USERS.authenticator;

/** The API minimum of each step-up, and why. */
export const STEP_UP_MINIMUM = {
  'step-up: fresh sign-in': {
    requests: 0,
    why: "the token's acr, amr and auth_time already prove a second factor within maxAge: read in the page",
  },
  'step-up: old sign-in, SMS': {
    requests: 3,
    why: 'the generate (the challenge) + the SMS send + verify (the remember-device policy is not asked)',
  },
  'step-up: old sign-in, authenticator app': {
    requests: 2,
    why: 'the generate + verify (the app shows the code: nothing is sent for it)',
  },
};

/** The demo user (email code, phones), signed in `secondsAgo` seconds ago. */
async function demoUser(backend, secondsAgo) {
  const { accessToken } = await signInDemoUser(backend);
  return {
    accessToken: secondsAgo ? await backend.ageSession(accessToken, secondsAgo) : accessToken,
  };
}

/** The seeded user with an authenticator app alone, signed in with its code 10 minutes ago. */
async function appUser(backend) {
  const mfaToken = await loginAs(backend, APP_USER);
  const answer = await callMock(backend, mockPaths.totpVerify, {
    body: { mfaToken, value: await totpCode(APP_USER.authenticators[0].secret) },
  });
  if (!answer.ok) throw new Error(`the app user's sign-in answered ${answer.status}`);
  return { accessToken: await backend.ageSession((await answer.json()).accessToken, OLD_SECONDS) };
}

async function save(page, { accessToken }) {
  await page.evaluate((props) => window.benchFlows.mountStepUp(props), {
    origin: new URL(page.url()).origin,
    accessToken,
  });
  await page.getByRole('button', { name: 'Save the change' }).click();
}

const saved = (page) => page.locator('[data-bench="saved"]').waitFor();

const STEP_UP_FLOWS = {
  'step-up: fresh sign-in': {
    prepare: (backend) => demoUser(backend, 0),
    run: async (page, _backend, setup) => {
      await save(page, setup);
      await saved(page);
    },
  },
  'step-up: old sign-in, SMS': {
    prepare: (backend) => demoUser(backend, OLD_SECONDS),
    run: async (page, backend, setup) => {
      await save(page, setup);
      await typeCode(page, await waitForCode(backend, 'sms'));
      await saved(page);
    },
  },
  'step-up: old sign-in, authenticator app': {
    prepare: appUser,
    run: async (page, _backend, setup) => {
      await save(page, setup);
      await page.getByRole('dialog').getByRole('textbox').waitFor();
      await typeCode(page, await totpCode(APP_USER.authenticators[0].secret));
      await saved(page);
    },
  },
};

/** Each step-up once, on the shared flows page. */
export async function measureStepUpFlows(context) {
  const results = [];
  for (const [name, { prepare, run }] of Object.entries(STEP_UP_FLOWS)) {
    const measured = await countFlow(context, {
      name,
      minimum: STEP_UP_MINIMUM[name],
      page: context.page,
      prepare,
      run,
    });
    results.push({ ...measured, group: 'step-up' });
  }
  return results;
}
