// A text message at login, as a person signs in: the app's first method is the authenticator, so they pick
// their phone from the other methods and type the code the SMS brought.
import { DEMO_USERS } from '@mfa-kit/mock';
import { expect, test } from './support';

const LOGIN = 'POST /resources/auth/v1/user';
const REMEMBER_POLICY = 'GET /resources/configurations/v1/mfa-policy/allow-remember-device';
const user = DEMO_USERS.smsAndAuthenticator;
const phone = user.phones[0];
const SEND_SMS = `POST /resources/auth/v1/user/mfa/sms/${phone.id}`;
const VERIFY_SMS = `${SEND_SMS}/verify`;

test('"Use another method" → the phone: the code from the SMS signs in, with the fewest requests', async ({
  demo,
  page,
}) => {
  test.setTimeout(60_000);
  await demo.open();
  await demo.signIn(user.email);
  await expect(
    page.getByRole('heading', { name: 'Enter the code from your authenticator app' }),
  ).toBeVisible();
  expect((await demo.network.take()).sort()).toEqual([LOGIN, REMEMBER_POLICY].sort());

  await page.getByRole('button', { name: 'Use another method' }).click();
  await page.getByRole('button', { name: 'Text message to •••• 9876' }).click();
  await expect(page.getByRole('heading', { name: 'Check your phone' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('We texted a code to •••• 9876.');
  const code = await demo.latestCode();
  const sms = demo.tools.getByRole('listitem').filter({ hasText: 'Sign-in code' }).first();
  await expect(sms.locator('.inbox__channel')).toHaveText('SMS');
  await expect(sms).toContainText(`to ${phone.phoneNumber}`);
  // The policy was read once for the step; the phone costs only its send.
  expect(await demo.network.take()).toEqual([SEND_SMS]);
  await demo.expectAccessible();
  await demo.screenshot('32-sms-step');

  await page.getByLabel('Verification code').pressSequentially(code);
  await expect(page).toHaveURL(/\/signed-in$/);
  await expect(page.getByRole('main').locator('dl')).toContainText(user.email);
  expect(await demo.network.take()).toEqual([VERIFY_SMS]);
});
