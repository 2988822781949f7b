// The authenticator app at login, as a person signs in: the code their app shows (computed here from the
// seeded secret), a mistyped one first.
import { DEMO_USERS, totpCode } from '@mfa-kit/mock';
import { expect, test } from './support';

const LOGIN = 'POST /resources/auth/v1/user';
const REMEMBER_POLICY = 'GET /resources/configurations/v1/mfa-policy/allow-remember-device';
const VERIFY_AUTHENTICATOR_CODE = 'POST /resources/auth/v1/user/mfa/verify';
const user = DEMO_USERS.authenticator;
const secret = user.authenticators[0]?.secret ?? '';

/** A 6-digit code the app shows in no window around now: surely refused. */
async function wrongCode(): Promise<string> {
  const now = Date.now();
  const valid = await Promise.all(
    [-30_000, 0, 30_000].map((shift) => totpCode(secret, now + shift)),
  );
  let code = valid[1] ?? '000000';
  while (valid.includes(code)) code = String((Number(code) + 111_111) % 1_000_000).padStart(6, '0');
  return code;
}

test('a wrong code, then the one the app shows: one more check, signed in; axe clean', async ({
  demo,
  page,
}) => {
  test.setTimeout(60_000);
  await demo.open();
  await demo.signIn(user.email);
  await expect(page).toHaveURL(/\/verify$/);
  await expect(
    page.getByRole('heading', { name: 'Enter the code from your authenticator app' }),
  ).toBeVisible();
  // The app's code needs no send: the step only reads whether the device may be remembered.
  expect((await demo.network.take()).sort()).toEqual([LOGIN, REMEMBER_POLICY].sort());
  await demo.expectAccessible();
  await demo.screenshot('30-authenticator-step');

  const input = page.getByLabel('Verification code');
  await input.pressSequentially(await wrongCode());
  await expect(page.getByRole('main').getByRole('alert')).toContainText(
    "That code didn't work. Enter the code your app shows now: it changes every 30 seconds.",
  );
  await expect(input).toHaveValue('');
  await expect(input).toBeFocused();
  await demo.expectAccessible();
  await demo.screenshot('31-authenticator-wrong-code');
  expect(await demo.network.take()).toEqual([VERIFY_AUTHENTICATOR_CODE]);

  await input.pressSequentially(await totpCode(secret, Date.now()));
  await expect(page).toHaveURL(/\/signed-in$/);
  await expect(page.getByRole('main').locator('dl')).toContainText(user.email);
  expect(await demo.network.take()).toEqual([VERIFY_AUTHENTICATOR_CODE]);
});
