// The Next.js example as a person uses it, on the production build: every test fails on a console error or
// warning (a hydration mismatch among them) or an uncaught error (e2e/fixtures.ts).
import { DEMO_USERS, type SeededUser, totpCode } from '@mfa-kit/mock';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function signIn(page: Page, user: SeededUser): Promise<void> {
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** From the account page to the security settings, once they list the user's methods. */
async function openSecurity(page: Page) {
  await page.getByRole('link', { name: 'Security settings' }).click();
  await expect(page).toHaveURL(/\/security$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Security');
  const settings = page.getByRole('region', { name: 'Two-step verification' });
  await expect(settings).not.toHaveAttribute('aria-busy');
  return settings;
}

test('the email code: sign in, the code from the inbox, signed in, the security settings list the email', async ({
  page,
  mock,
}) => {
  const user = DEMO_USERS.emailOnly;
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
  await signIn(page, user);
  await expect(page).toHaveURL(/\/verify$/);
  const input = page.getByLabel('Verification code');
  await expect(input).toBeFocused();
  await expect.poll(() => mock.outbox.latest({ to: user.email })?.code).toMatch(/^\d{6}$/);
  await input.pressSequentially(mock.outbox.latest({ to: user.email })?.code ?? '');
  await expect(page).toHaveURL(/\/signed-in$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You’re signed in');
  await expect(page.getByRole('main')).toContainText(user.email);
  const settings = await openSecurity(page);
  await expect(settings.getByRole('listitem')).toHaveCount(1);
  await expect(settings.getByRole('listitem')).toContainText('Email');
});

test('the authenticator app, after the login step’s page was opened without a sign-in', async ({
  page,
  request,
}) => {
  // The server cannot know this tab's login: its HTML is the loading status, and no server render failed (Next.js
  // would then leave the client to render, and say so in the page).
  const response = await request.get('/verify');
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toMatch(/<p role="status" class="mfa-status">Loading…<\/p>/);
  expect(html).not.toMatch(/data-dgst|Switched to client rendering/);

  // Hydrated, it finds no login in progress: back to the password, told why.
  await page.goto('/verify');
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('status')).toHaveText(
    'Your sign-in step expired; please sign in again.',
  );

  const user = DEMO_USERS.authenticator;
  await signIn(page, user);
  await expect(
    page.getByRole('heading', { name: 'Enter the code from your authenticator app' }),
  ).toBeVisible();
  await page
    .getByLabel('Verification code')
    .pressSequentially(await totpCode(user.authenticators[0]?.secret ?? ''));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You’re signed in');
  const settings = await openSecurity(page);
  await expect(settings.getByRole('listitem')).toHaveCount(1);
  await expect(settings.getByRole('listitem')).toContainText('Authenticator app');
});
