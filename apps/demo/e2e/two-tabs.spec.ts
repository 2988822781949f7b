// Two tabs of the demo, two users signing in at the same moment. The in-browser mock answers each tab from the
// tab itself (its service worker hands every request back to the page that sent it), and the kit keeps each
// step's state in its own page: neither tab may see the other's method, address or code, or send its check twice.
import { DEMO_USERS } from '@mfa-kit/mock';
import { Demo, EMAIL_ONLY_EMAIL, SMS_ONLY, expect, test } from './support';

test('two tabs sign in two users at once: each finishes its own step with its own code, one check each', async ({
  context,
}) => {
  test.setTimeout(90_000);
  const email = new Demo(await context.newPage());
  const sms = new Demo(await context.newPage());
  await Promise.all([email.open(), sms.open()]);

  await Promise.all([email.signIn(EMAIL_ONLY_EMAIL), sms.signIn(SMS_ONLY.email)]);
  await expect(email.page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
  await expect(sms.page.getByRole('heading', { name: 'Check your phone' })).toBeVisible();
  await expect(email.page.getByRole('main')).not.toContainText('7788');
  await expect(sms.page.getByRole('main')).not.toContainText('@');
  const [emailCode, smsCode] = await Promise.all([email.latestCode(), sms.latestCode()]);
  // Each tab's inbox holds only what was sent to its own user.
  await expect(email.tools.getByRole('listitem').filter({ hasText: 'Sign-in code' })).toHaveCount(
    1,
  );
  await expect(sms.tools.getByRole('listitem').filter({ hasText: 'Sign-in code' })).toHaveCount(1);
  await Promise.all([email.network.take(), sms.network.take()]);

  await Promise.all([
    email.page.getByLabel('Verification code').pressSequentially(emailCode),
    sms.page.getByLabel('Verification code').pressSequentially(smsCode),
  ]);
  await expect(email.page).toHaveURL(/\/signed-in$/);
  await expect(sms.page).toHaveURL(/\/signed-in$/);
  await expect(email.page.getByRole('main').locator('dl')).toContainText(
    DEMO_USERS.emailOnly.email,
  );
  await expect(sms.page.getByRole('main').locator('dl')).toContainText(SMS_ONLY.email);
  expect(await email.network.take()).toEqual(['POST /resources/auth/v1/user/mfa/emailcode/verify']);
  expect(await sms.network.take()).toEqual([
    `POST /resources/auth/v1/user/mfa/sms/${SMS_ONLY.phones[0].id}/verify`,
  ]);
});
