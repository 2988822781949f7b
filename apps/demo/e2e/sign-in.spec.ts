import { DEMO_EMAIL, DEMO_PASSWORD, expect, test } from './support';

const EXPIRED = 'Your sign-in step expired; please sign in again.';

test.describe('sign in', () => {
  // Axe and screenshots of each state, light and dark: slower than a plain flow on a shared 2-core machine.
  test.describe.configure({ timeout: 120_000 });

  test('shows the seeded account and fills it in; says so when the password is wrong, and goes on once it is right', async ({
    demo,
    page,
  }) => {
    await demo.open();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText(DEMO_EMAIL);
    await expect(page.getByRole('main')).toContainText(DEMO_PASSWORD);
    await demo.review('01-sign-in');

    await demo.signIn(DEMO_EMAIL, 'not-the-password');
    await expect(page.getByRole('alert')).toHaveText(
      'That email and password don’t match. Check both and try again.',
    );
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');
    await demo.review('02-sign-in-error');

    await page.getByRole('button', { name: 'Fill in the demo account' }).click();
    await expect(page.getByLabel('Email')).toHaveValue(DEMO_EMAIL);
    await expect(page.getByLabel('Password')).toHaveValue(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page).toHaveURL(/\/verify$/);
  });

  test('asks for the missing field instead of sending an empty form', async ({ demo, page }) => {
    await demo.open();
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('alert')).toHaveText('Enter your email address.');
    await expect(page.getByLabel('Email')).toBeFocused();
    expect(await demo.network.take()).toEqual([]);
  });

  test('the MFA step lives in memory only: nothing stored in the browser, and a reload goes back to sign in with the reason', async ({
    demo,
    page,
    context,
  }) => {
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

    await page.reload();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole('status').filter({ hasText: 'expired' })).toHaveText(EXPIRED);
    await demo.review('10-sign-in-expired-notice');
  });

  test('keeps the MFA step and the signed-in pages behind sign-in, and says why for the step', async ({
    demo,
    page,
  }) => {
    for (const path of ['/verify', '/signed-in', '/security']) {
      await demo.open(path);
      await expect(page).toHaveURL(/\/sign-in$/);
      await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'expired' })).toHaveCount(
        path === '/verify' ? 1 : 0,
      );
    }
  });
});
