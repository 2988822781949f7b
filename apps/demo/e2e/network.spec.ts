import { DEMO_USER } from '@mfa-kit/mock';
import { type Demo, SMS_ONLY, expect, test } from './support';

const LOGIN = 'POST /resources/auth/v1/user';
// The demo account's first method is a text message to its first phone.
const SEND_SMS_CODE = `POST /resources/auth/v1/user/mfa/sms/${DEMO_USER.phones[0].id}`;
const REMEMBER_POLICY = 'GET /resources/configurations/v1/mfa-policy/allow-remember-device';
const VERIFY_SMS_CODE = `${SEND_SMS_CODE}/verify`;
const DEVICES = 'GET /resources/users/v1/mfa/devices';
const REMOVE_PHONE = `POST /resources/users/v1/mfa/sms/${DEMO_USER.phones[0].id}/disable/verify`;

test('every user action sends its requests exactly once, and no URL carries a code or token', async ({
  demo,
  page,
}) => {
  // Each step waits for the network to fall quiet, so late duplicates would be caught: slower than a plain flow.
  test.setTimeout(60_000);
  await demo.open();
  expect(await demo.network.take()).toEqual([]);

  // A double click on Sign in is one sign-in; the verify page then texts the code and reads the policy, once each.
  await page.getByRole('button', { name: 'Fill in the demo account' }).click();
  await page.getByRole('button', { name: 'Sign in', exact: true }).dblclick();
  await expect(page).toHaveURL(/\/verify$/);
  // The step's form loads as its own chunk: its requests follow once the code has arrived.
  const code = await demo.latestCode();
  expect((await demo.network.take()).sort()).toEqual(
    [LOGIN, SEND_SMS_CODE, REMEMBER_POLICY].sort(),
  );

  // Typing the last digit submits; an Enter right after must not send a second check.
  const input = page.getByLabel('Verification code');
  await input.pressSequentially(code);
  // The keyboard, not the locator: the input may already be gone, and Enter must not wait for it.
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/signed-in$/);
  expect(await demo.network.take()).toEqual([VERIFY_SMS_CODE]);

  await page.getByRole('link', { name: 'Security settings' }).click();
  await expect(page.getByRole('button', { name: /Remove Text message •••• 4567/ })).toBeVisible();
  expect(await demo.network.take()).toEqual([DEVICES]);

  // The user keeps the email and the other phone: a double press removes the phone with one request and no
  // code, then the list is read again once.
  await page.getByRole('button', { name: 'Remove Text message •••• 4567' }).click();
  expect(await demo.network.take()).toEqual([]);
  await page.getByRole('button', { name: 'Remove phone' }).dblclick();
  await expect(page.getByRole('main')).toContainText('Text message codes are off');
  expect(await demo.network.take()).toEqual([REMOVE_PHONE, DEVICES]);

  await page.getByRole('button', { name: 'Sign out' }).first().click();
  await expect(page).toHaveURL(/\/sign-in$/);
  expect(await demo.network.take()).toEqual([]);

  expect(demo.network.secrets.length).toBeGreaterThanOrEqual(6);
  expectNoSecretInUrls(demo);
});

test('the last phone, turned off with a texted code: each action once, and no URL carries the code', async ({
  demo,
  page,
}) => {
  test.setTimeout(60_000);
  await demo.open();
  await demo.openSecurity(SMS_ONLY.email);
  await expect(page.getByRole('button', { name: /Remove Text message •••• 7788/ })).toBeVisible();
  await demo.network.take();

  await page.getByRole('button', { name: 'Remove Text message •••• 7788' }).click();
  const opened = await demo.network.take();
  await page.getByRole('button', { name: 'Send code' }).click();
  const sent = await demo.network.take();
  const preDisable = [...opened, ...sent];
  expect(preDisable).toHaveLength(1);
  expect(preDisable[0]).toMatch(/^POST \/resources\/users\/v1\/mfa\/sms\/[^/]+\/disable$/);

  await page
    .getByLabel('Verification code')
    .pressSequentially(await demo.latestCode('Code to turn off SMS'));
  await expect(page.getByRole('main')).toContainText('Text message codes are off');
  const disabled = await demo.network.take();
  // The check once, then the list read again (once at most) so it shows the device gone.
  expect(disabled.filter((request) => /\/disable\/verify$/.test(request))).toHaveLength(1);
  expect(disabled.filter((request) => request === DEVICES).length).toBeLessThanOrEqual(1);
  expect(disabled).toHaveLength(
    disabled.filter((request) => /\/disable\/verify$/.test(request) || request === DEVICES).length,
  );

  // The sign-in code, the turn-off code and their tokens, beside the password and the session's tokens.
  expect(demo.network.secrets.length).toBeGreaterThanOrEqual(8);
  expectNoSecretInUrls(demo);
});

/**
 * No token, code or password in any URL the page requested. The spec puts the mfaToken in the remember-device
 * policy's query, and only there.
 */
function expectNoSecretInUrls(demo: Demo): void {
  for (const request of demo.network.all) {
    const url = new URL(request.url);
    if (url.pathname.endsWith('/allow-remember-device')) {
      expect([...url.searchParams.keys()]).toEqual(['mfaToken']);
      url.search = '';
    }
    for (const secret of demo.network.secrets)
      expect(decodeURIComponent(url.href), `${request.method} ${request.route}`).not.toContain(
        secret,
      );
  }
}
