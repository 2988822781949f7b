// "Use another method": the other ways to pass the step, named by what identifies them, reached and picked
// with the keyboard alone; and the kind that passed, shown first next time when the app opts in (the demo does).
import { DEMO_USERS, totpCode } from '@mfa-kit/mock';
import { type Demo, expect, test } from './support';

const user = DEMO_USERS.allFactors;
const LAST_METHOD_KEY = 'mfa-kit:last-mfa-method';

// Axe in both schemes and full-page screenshots: slower than a plain flow on a shared 2-core machine.
test.describe.configure({ timeout: 90_000 });

/** Presses Tab until `target` has focus (at most `limit` times), as a keyboard user moves on. */
async function tabTo(demo: Demo, target: ReturnType<Demo['page']['getByRole']>, limit = 15) {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await demo.page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('the list names each method (masked phone and email, key names); the keyboard alone picks one', async ({
  demo,
  page,
}) => {
  await demo.open();
  await demo.signIn(user.email);
  await expect(page.getByRole('heading', { name: 'Use your passkey' })).toBeVisible();
  const toggle = page.getByRole('button', { name: 'Use another method' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await demo.expectAccessibleInBothSchemes();

  await tabTo(demo, toggle);
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const list = page.getByRole('main').getByRole('list');
  await expect(list.getByRole('button')).toHaveText([
    'Security key "Backup YubiKey"',
    'Authenticator app',
    'Text message to •••• 0123',
    'Email to a•••s@mfa-kit.dev',
    'Recovery code',
  ]);
  // The whole number and address stay off the screen.
  await expect(page.getByRole('main')).not.toContainText(user.phones[0].phoneNumber);
  await expect(page.getByRole('main')).not.toContainText(user.email);
  await demo.expectAccessibleInBothSchemes();
  await demo.screenshot('39-method-picker-open');

  const authenticator = list.getByRole('button', { name: 'Authenticator app' });
  await tabTo(demo, authenticator);
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { name: 'Enter the code from your authenticator app' }),
  ).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  // The picked method's field takes the focus the list's button held, so typing goes on from the keyboard.
  await expect(page.getByLabel('Verification code')).toBeFocused();
});

test('signed in with the authenticator, then out and in again: the authenticator comes first; only its kind is kept', async ({
  demo,
  page,
}) => {
  await demo.open();
  await demo.signIn(user.email);
  await expect(page.getByRole('heading', { name: 'Use your passkey' })).toBeVisible();
  await page.getByRole('button', { name: 'Use another method' }).click();
  await page.getByRole('main').getByRole('button', { name: 'Authenticator app' }).click();
  await page
    .getByLabel('Verification code')
    .pressSequentially(await totpCode(user.authenticators[0].secret, Date.now()));
  await expect(page).toHaveURL(/\/signed-in$/);

  const stored = await page.evaluate(() => ({ ...localStorage }));
  expect(stored).toEqual({ [LAST_METHOD_KEY]: 'authenticator' });
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);

  await page.getByRole('button', { name: 'Sign out' }).first().click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await demo.signIn(user.email);
  await expect(
    page.getByRole('heading', { name: 'Enter the code from your authenticator app' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Use another method' }).click();
  await expect(page.getByRole('main').getByRole('list').getByRole('button').first()).toHaveText(
    'Passkey "Pixel passkey"',
  );
});
