import { DEMO_USER } from '@mfa-kit/mock';
import { expect, test } from './support';

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
  demo.expectNoSecretInUrls();
});
