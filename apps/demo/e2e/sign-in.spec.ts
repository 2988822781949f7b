import { DEMO_EMAIL, DEMO_PASSWORD, expect, test } from './support';

test.describe('sign in', () => {
  test('shows the seeded account and fills it in', async ({ demo, page }) => {
    await demo.open();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText(DEMO_EMAIL);
    await expect(page.getByRole('main')).toContainText(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Fill in the demo account' }).click();
    await expect(page.getByLabel('Email')).toHaveValue(DEMO_EMAIL);
    await expect(page.getByLabel('Password')).toHaveValue(DEMO_PASSWORD);
  });

  test('says so when the password is wrong, and signs in once it is right', async ({
    demo,
    page,
  }) => {
    await demo.open();
    await demo.signIn(DEMO_EMAIL, 'not-the-password');
    await expect(page.getByRole('alert')).toHaveText(
      'That email and password don’t match. Check both and try again.',
    );
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');
    await demo.signIn();
    await expect(page).toHaveURL(/\/verify$/);
  });

  test('asks for the missing field instead of sending an empty form', async ({ demo, page }) => {
    await demo.open();
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('alert')).toHaveText('Enter your email address.');
    await expect(page.getByLabel('Email')).toBeFocused();
    expect(await demo.network.take()).toEqual([]);
  });

  test('sends someone who opens /verify without signing in back to sign in, with the reason', async ({
    demo,
    page,
  }) => {
    await demo.open('/verify');
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole('status').filter({ hasText: 'expired' })).toHaveText(
      'Your sign-in step expired; please sign in again.',
    );
  });

  test('forgets the MFA step on reload: the token was only ever in memory', async ({
    demo,
    page,
  }) => {
    await demo.open();
    await demo.signIn();
    await expect(page).toHaveURL(/\/verify$/);
    await page.reload();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole('main')).toContainText(
      'Your sign-in step expired; please sign in again.',
    );
  });

  test('keeps the signed-in pages behind sign-in', async ({ demo, page }) => {
    for (const path of ['/signed-in', '/security']) {
      await demo.open(path);
      await expect(page).toHaveURL(/\/sign-in$/);
      await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    }
  });

  test('stores nothing of the sign-in in the browser', async ({ demo, page, context }) => {
    await demo.open();
    await demo.signIn();
    await expect(page).toHaveURL(/\/verify$/);
    const stored = await page.evaluate(() => ({
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
    }));
    expect(stored).toEqual({ local: 0, session: 0, cookie: '' });
    expect(await context.cookies()).toEqual([]);
  });
});
