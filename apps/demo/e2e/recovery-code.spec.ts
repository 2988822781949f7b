// A recovery code at login, as a person without their key uses it: typed as they saved it, it turns two-step
// verification off (the mock removes every factor), and the password alone then signs them in.
import { DEMO_USERS } from '@mfa-kit/mock';
import { expect, test } from './support';

const LOGIN = 'POST /resources/auth/v1/user';
const RECOVER = 'POST /resources/auth/v1/user/mfa/recover';
const user = DEMO_USERS.passkeyAndRecovery;

test('"Use another method" → Recovery code, typed with spaces: MFA is off, and the password signs in', async ({
  demo,
  page,
}) => {
  test.setTimeout(60_000);
  await demo.open();
  await demo.signIn(user.email);
  await expect(page.getByRole('heading', { name: 'Use your passkey' })).toBeVisible();
  await demo.network.take();

  await page.getByRole('button', { name: 'Use another method' }).click();
  await page.getByRole('main').getByRole('button', { name: 'Recovery code', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Use a recovery code' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(
    'Using it turns two-step verification off: you then sign in again with your password',
  );
  expect(await demo.network.take()).toEqual([]);
  await demo.expectAccessible();
  await demo.screenshot('37-recovery-code-step');

  const saved = user.recoveryCodes[0];
  await page
    .getByRole('textbox', { name: 'Recovery code' })
    .pressSequentially(saved.replace(/-/g, ' '));
  await page.getByRole('button', { name: 'Use recovery code' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('main').getByRole('status')).toHaveText(
    'Two-step verification is off; sign in again.',
  );
  const recovered = demo.network.all.at(-1);
  expect(await demo.network.take()).toEqual([RECOVER]);
  expect(recovered?.body?.recoveryCode).toBe(saved);
  await demo.expectAccessible();
  await demo.screenshot('38-recovered-sign-in-again');

  await demo.signIn(user.email);
  await expect(page).toHaveURL(/\/signed-in$/);
  await expect(page.getByRole('main').locator('dl')).toContainText(user.email);
  expect(await demo.network.take()).toEqual([LOGIN]);
});
