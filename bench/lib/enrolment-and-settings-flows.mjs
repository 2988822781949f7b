// Requests per action of the enrolment step (`MfaEnrolmentStep`, a new user's login) and the account settings
// (`MfaSettings`, a signed-in user), driven as a user would: a choice, a typed number, the code the app shows
// (its key read through "Can't scan it?"), the code the mock texted, a passkey from Chromium's virtual
// authenticator. All run on one page served as `localhost`, the passkeys' relying party.
import { DEMO_USERS, totpCode } from '@mfa-kit/mock';
import { callMock, loginAs, mockPaths } from '@mfa-kit/mock/testing';
import {
  addVirtualAuthenticator,
  countFlow,
  openFlowsPage,
  storePasskey,
  typeCode,
  waitForCode,
} from './flows.mjs';

// No answer of a change carries the list, and an added device's id (its Remove button) comes only from it.
// Frontegg's SDK reloads the list after every change too.
const LIST_AGAIN = '+ the devices GET (the list again)';

/** The API minimum of each action, and why. */
export const SETUP_FLOW_MINIMUM = {
  'enrolment, authenticator app': {
    requests: 3,
    why: 'choosing: none (the login answer lists the factors); the set-up opens: the remember-device policy GET + the QR code POST; the first code: verify; the recovery code saved: none',
  },
  'enrolment, SMS': {
    requests: 3,
    why: 'choosing: none; the set-up opens: the policy GET; the number: a POST that texts the code; the code: verify; the recovery code saved: none',
  },
  'enrolment, passkey': {
    requests: 3,
    why: "choosing: none; the set-up opens: the policy GET + the creation options POST; the press: verify (the browser's prompt is no request); the recovery code saved: none",
  },
  'settings: list': { requests: 1, why: 'the devices GET' },
  'settings: add authenticator app': {
    requests: 3,
    why: `the QR code POST + verify the first code ${LIST_AGAIN}`,
  },
  'settings: add phone': {
    requests: 3,
    why: `the number POST (texts the code) + verify ${LIST_AGAIN}`,
  },
  'settings: add passkey': {
    requests: 3,
    why: `the creation options POST + verify ${LIST_AGAIN}`,
  },
  'settings: remove authenticator app (recovery code)': {
    requests: 2,
    why: `the disable POST with the recovery code ${LIST_AGAIN}`,
  },
  'settings: remove passkey': {
    requests: 3,
    why: `the challenge POST + the disable POST with the key's signature ${LIST_AGAIN}`,
  },
};

// Removing a phone has two paths: one press while another method is left (MfaSettings's default, what
// Frontegg's SDK does), or a code texted to it confirms (`confirmPhoneRemovalWithCode`, and for the last
// method). Each has its own minimum.
const REMOVE_PHONE_MINIMUM = {
  'texted code': {
    requests: 3,
    why: `the pre-disable POST (texts the code) + verify ${LIST_AGAIN}`,
  },
  'one press': {
    requests: 2,
    why: `the disable/verify POST without a code (another method is left) ${LIST_AGAIN}`,
  },
};

const NEW_USER = DEMO_USERS.newUser;
const SIGNED_IN_USER = DEMO_USERS.allFactors;
const [SIGNED_IN_PASSKEY] = SIGNED_IN_USER.webauthn;
const NEW_PHONE = '+15550100199';
const SETTINGS = 'section.mfa-settings';

/** The mock's answer to the new user's password login: MFA required, nothing enrolled. */
async function newUserLogin(backend) {
  const answer = await callMock(backend, mockPaths.login, {
    body: { email: NEW_USER.email, password: NEW_USER.password },
  });
  if (!answer.ok) throw new Error(`the new user's login answered ${answer.status}`);
  return { loginAnswer: await answer.json() };
}

/** The seeded user with every factor, signed in with their app's code: the access token. */
async function signedInUser(backend) {
  const mfaToken = await loginAs(backend, SIGNED_IN_USER);
  const answer = await callMock(backend, mockPaths.authenticatorVerify, {
    body: { mfaToken, value: await totpCode(SIGNED_IN_USER.authenticators[0].secret) },
  });
  if (!answer.ok) throw new Error(`the settings user's sign-in answered ${answer.status}`);
  return { accessToken: (await answer.json()).accessToken };
}

const originOf = (page) => new URL(page.url()).origin;

/** "Can't scan it?" shows the setup key held in the QR code; the code is what an app with it shows now. */
async function codeFromSetupKey(page) {
  await page.getByRole('button', { name: "Can't scan it?" }).click();
  const key = await page.locator('.mfa-qr-setup__key .mfa-secret__text').textContent();
  return totpCode(key.replace(/\s/g, ''));
}

/** Picks `choice` among the tenant's factors and continues to its set-up. */
async function chooseFactor(page, choice) {
  await page.locator(`label[data-choice="${choice}"]`).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** The recovery code shown once (if the answer has one): "I've saved it", Continue; then signed in. */
async function finishEnrolment(page) {
  await page.locator('form[data-step="recovery-code"], [data-bench="signed-in"]').waitFor();
  if (await page.locator('form[data-step="recovery-code"]').isVisible()) {
    await saveRecoveryCode(page);
  }
  await page.locator('[data-bench="signed-in"]').waitFor();
}

async function saveRecoveryCode(page) {
  await page.getByLabel("I've saved my recovery code").check();
  await page.getByRole('button', { name: 'Continue' }).click();
}

async function mountEnrolment(page, { loginAnswer }) {
  await page.evaluate((props) => window.benchFlows.mountEnrolment(props), {
    origin: originOf(page),
    loginAnswer,
  });
  await page.locator('form[data-step="choose"] input[type="radio"]').first().waitFor();
}

const ENROLMENT_FLOWS = {
  'enrolment, authenticator app': async (page, _backend, setup) => {
    await mountEnrolment(page, setup);
    await chooseFactor(page, 'authenticator');
    await typeCode(page, await codeFromSetupKey(page));
    await finishEnrolment(page);
  },
  'enrolment, SMS': async (page, backend, setup) => {
    await mountEnrolment(page, setup);
    await chooseFactor(page, 'sms');
    await page.getByLabel('Phone number').fill(NEW_PHONE);
    await page.getByRole('button', { name: 'Text me a code' }).click();
    await typeCode(page, await waitForCode(backend, 'sms'));
    await finishEnrolment(page);
  },
  'enrolment, passkey': async (page, _backend, setup) => {
    await mountEnrolment(page, setup);
    await chooseFactor(page, 'passkey');
    await page.getByRole('button', { name: 'Create passkey' }).click();
    await finishEnrolment(page);
  },
};

/** Mounts the settings and waits for the list; what the user then does is counted. */
async function mountSettings(page, { accessToken }, startCounting, props = {}) {
  await page.evaluate((input) => window.benchFlows.mountSettings(input), {
    origin: originOf(page),
    accessToken,
    ...props,
  });
  await page.locator(`${SETTINGS}[data-state="ready"]`).waitFor();
  startCounting?.();
}

/** What MfaSettings announces once an action is done ("… added.", "… removed."). */
async function waitForAnnouncement(page) {
  await page.locator(`${SETTINGS} > p[role="status"][data-variant="success"]`).waitFor();
}

const SETTINGS_FLOWS = {
  'settings: list': async (page, _backend, setup) => {
    await mountSettings(page, setup);
  },
  'settings: add authenticator app': async (page, _backend, setup, startCounting) => {
    await mountSettings(page, setup, startCounting);
    await page.getByRole('button', { name: 'Add authenticator app' }).click();
    await typeCode(page, await codeFromSetupKey(page));
    await page.locator('form[data-step="recovery-code"]').waitFor();
    await saveRecoveryCode(page);
    await waitForAnnouncement(page);
  },
  'settings: add phone': async (page, backend, setup, startCounting) => {
    await mountSettings(page, setup, startCounting);
    await page.getByRole('button', { name: 'Add phone' }).click();
    await page.getByLabel('Phone number').fill(NEW_PHONE);
    await page.getByRole('button', { name: 'Text me a code' }).click();
    await typeCode(page, await waitForCode(backend, 'sms'));
    await waitForAnnouncement(page);
  },
  'settings: add passkey': async (page, _backend, setup, startCounting) => {
    await mountSettings(page, setup, startCounting);
    await page.getByRole('button', { name: 'Add passkey' }).click();
    await page.getByRole('button', { name: 'Create passkey' }).click();
    await waitForAnnouncement(page);
  },
  'settings: remove authenticator app (recovery code)': async (
    page,
    _backend,
    setup,
    startCounting,
  ) => {
    await mountSettings(page, setup, startCounting);
    await page.getByRole('button', { name: 'Remove Authenticator app' }).click();
    await page.locator(`${SETTINGS} input.mfa-text-input`).fill(SIGNED_IN_USER.recoveryCodes[0]);
    await page.getByRole('button', { name: 'Remove app' }).click();
    await waitForAnnouncement(page);
  },
  'settings: remove passkey': async (page, _backend, setup, startCounting) => {
    await storePasskey(setup.authenticator, SIGNED_IN_PASSKEY);
    await mountSettings(page, setup, startCounting);
    await page.getByRole('button', { name: `Remove Passkey ${SIGNED_IN_PASSKEY.name}` }).click();
    await page.getByRole('button', { name: 'Remove key' }).click();
    await waitForAnnouncement(page);
  },
};

/**
 * Removes the phone through whichever path MfaSettings shows (a "Send code" step, or one "Remove phone"
 * press) and returns that path's name.
 */
async function removePhone(page, backend) {
  await page.locator(`${SETTINGS} li[data-kind="phone"] button[data-opens]`).click();
  const sendCode = page.getByRole('button', { name: 'Send code' });
  const onePress = page.getByRole('button', { name: 'Remove phone' });
  await sendCode.or(onePress).waitFor();
  if (await onePress.isVisible()) {
    await onePress.click();
    await waitForAnnouncement(page);
    return 'one press';
  }
  await sendCode.click();
  await typeCode(page, await waitForCode(backend, 'sms'));
  await waitForAnnouncement(page);
  return 'texted code';
}

/** The two ways MfaSettings removes a phone: its default, and with `confirmPhoneRemovalWithCode`. */
const REMOVE_PHONE_FLOWS = {
  'settings: remove phone (MfaSettings default)': {},
  'settings: remove phone (confirmPhoneRemovalWithCode)': { confirmPhoneRemovalWithCode: true },
};

/** A flow of this group on `page`, with `authenticator` in its setup, emptied of the last flow's passkeys. */
async function runSetupFlow(context, page, authenticator, { name, minimum, prepare, run }) {
  await authenticator.session.send('WebAuthn.clearCredentials', {
    authenticatorId: authenticator.authenticatorId,
  });
  const measured = await countFlow(context, {
    name,
    minimum,
    page,
    prepare: async (backend) => ({ ...(await prepare(backend)), authenticator }),
    run,
  });
  return { ...measured, group: name.startsWith('settings') ? 'settings' : 'enrolment' };
}

/** Every enrolment and settings action once, on a page served as localhost with a virtual authenticator. */
export async function measureEnrolmentAndSettingsFlows(context) {
  const page = await openFlowsPage(
    context.page.context(),
    context.origin.replace('127.0.0.1', 'localhost'),
  );
  try {
    const authenticator = await addVirtualAuthenticator(page);
    const results = [];
    const run = (flow) => runSetupFlow(context, page, authenticator, flow);
    for (const [name, flow] of Object.entries(ENROLMENT_FLOWS)) {
      const minimum = SETUP_FLOW_MINIMUM[name];
      results.push(await run({ name, minimum, prepare: newUserLogin, run: flow }));
    }
    for (const [name, flow] of Object.entries(SETTINGS_FLOWS)) {
      const minimum = SETUP_FLOW_MINIMUM[name];
      results.push(await run({ name, minimum, prepare: signedInUser, run: flow }));
    }
    for (const [name, props] of Object.entries(REMOVE_PHONE_FLOWS)) {
      let path = null;
      const measured = await run({
        name,
        // The path's minimum, once the run shows which path it was.
        minimum: {},
        prepare: signedInUser,
        run: async (flowPage, backend, setup, startCounting) => {
          await mountSettings(flowPage, setup, startCounting, props);
          path = await removePhone(flowPage, backend);
        },
      });
      results.push({ ...measured, ...pathMinimum(path), path });
    }
    return results;
  } finally {
    await page.close();
  }
}

const pathMinimum = (path) => ({
  minimum: REMOVE_PHONE_MINIMUM[path].requests,
  why: `${path}: ${REMOVE_PHONE_MINIMUM[path].why}`,
});
