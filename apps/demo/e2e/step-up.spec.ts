// Step-up on the Security page (MfaSettings with stepUp={{ maxAge: 300 }}, StepUpDialog): an old sign-in proves a
// second factor again before a change, in the dialog, with the API minimum of requests; a fresh one is asked
// nothing; Escape changes nothing; a user without a second factor adds their first without one.
import { DEMO_USERS } from '@mfa-kit/mock';
import { type Demo, expect, test } from './support';

// Axe and light and dark screenshots of the dialog's states: slower than a plain flow on a shared 2-core machine.
test.describe.configure({ timeout: 180_000 });

const GENERATE = 'POST /resources/auth/v1/user/step-up/generate';

async function check(demo: Demo, name: string): Promise<void> {
  await demo.expectAccessibleInBothSchemes();
  await demo.screenshot(name);
}

/** Signs the demo user in (a texted code), opens Security, and makes the sign-in 10 minutes old. */
async function oldSession(demo: Demo): Promise<string> {
  await demo.open();
  await demo.openSecurity();
  const signInCode = await demo.latestCode();
  await demo.tools.getByRole('button', { name: 'Sign-in was 10 minutes ago' }).click();
  await expect(demo.tools.getByText(/now 10 minutes old/)).toBeVisible();
  await demo.network.take();
  return signInCode;
}

const dialog = (demo: Demo) => demo.page.getByRole('dialog', { name: 'Confirm it’s you' });
const settings = (demo: Demo) => demo.page.getByRole('region', { name: 'Two-step verification' });

test('an old session adds a phone: one generate, a wrong then the right code, then the phone form; the next change asks nothing', async ({
  demo,
  page,
}) => {
  const signInCode = await oldSession(demo);
  const rows = settings(demo).getByRole('list').getByRole('listitem');
  const before = await rows.count();

  await settings(demo).getByRole('button', { name: 'Add phone' }).click();
  await expect(dialog(demo)).toBeVisible();
  const code = dialog(demo).getByLabel('Verification code');
  await expect(code).toBeFocused();
  const stepUpCode = await demo.latestCode('Sign-in code', signInCode);
  const opened = await demo.network.take();
  expect(opened[0]).toBe(GENERATE);
  expect(opened.filter((request) => request === GENERATE)).toHaveLength(1);
  // The first method's code is texted: the challenge's only other request. Nothing changed yet.
  expect(opened).toHaveLength(2);
  expect(opened[1]).toMatch(/^POST \/resources\/auth\/v1\/user\/mfa\/sms\/[^/]+$/);
  await expect(settings(demo).getByLabel('Phone number')).toHaveCount(0);
  await expect(dialog(demo).getByRole('checkbox')).toHaveCount(0);
  await check(demo, '60-step-up-challenge');

  const wrong = stepUpCode.replace(/\d/g, (digit) => String((+digit + 1) % 10));
  await code.pressSequentially(wrong);
  await expect(dialog(demo).getByRole('alert')).toContainText("didn't work");
  await check(demo, '61-step-up-wrong-code');
  await code.pressSequentially(stepUpCode);
  await expect(dialog(demo)).toBeHidden();
  const phoneField = settings(demo).getByLabel('Phone number');
  await expect(phoneField).toBeVisible();
  const verified = await demo.network.take();
  expect(verified).toHaveLength(2);
  expect(verified.every((request) => /\/sms\/[^/]+\/verify$/.test(request))).toBe(true);
  await expect(rows).toHaveCount(before);

  // Within maxAge, the next change asks nothing: the panel opens at once, with no generate.
  await settings(demo).getByRole('button', { name: 'Cancel' }).click();
  await settings(demo).getByRole('button', { name: 'Add phone' }).click();
  await expect(settings(demo).getByLabel('Phone number')).toBeVisible();
  await expect(dialog(demo)).toBeHidden();
  expect(await demo.network.take()).toEqual([]);
  // No code or password in any address, and no token the step-up brought.
  const urls = demo.network.all.map((request) => request.url).join(' ');
  for (const secret of [...demo.network.codes, stepUpCode]) expect(urls).not.toContain(secret);
  void page;
});

test('Escape closes the step-up: nothing more sent, nothing changed, focus back on the button', async ({
  demo,
}) => {
  await oldSession(demo);
  const add = settings(demo).getByRole('button', { name: 'Add phone' });
  await add.click();
  await expect(dialog(demo).getByLabel('Verification code')).toBeFocused();
  await demo.network.take();
  await demo.page.keyboard.press('Escape');
  await expect(dialog(demo)).toBeHidden();
  await expect(add).toBeFocused();
  await expect(settings(demo).getByLabel('Phone number')).toHaveCount(0);
  expect(await demo.network.take()).toEqual([]);
});

test('a fresh two-factor sign-in: adding a phone asks nothing and sends no generate', async ({
  demo,
}) => {
  await demo.open();
  await demo.openSecurity();
  await expect(settings(demo).getByRole('list').getByRole('listitem').first()).toBeVisible();
  await demo.network.take();
  await settings(demo).getByRole('button', { name: 'Add phone' }).click();
  await expect(settings(demo).getByLabel('Phone number')).toBeVisible();
  await expect(dialog(demo)).toBeHidden();
  expect(await demo.network.take()).toEqual([]);
});

test('a user with a password only adds their first method: no dialog, the form opens after the generate says so', async ({
  demo,
}) => {
  const user = DEMO_USERS.passwordOnly;
  await demo.open();
  await demo.signIn(user.email, user.password);
  await expect(demo.page).toHaveURL(/\/signed-in$/);
  await demo.page.getByRole('link', { name: 'Security settings' }).click();
  await expect(settings(demo).getByRole('button', { name: 'Add phone' })).toBeVisible();
  await demo.network.take();
  await settings(demo).getByRole('button', { name: 'Add phone' }).click();
  await expect(settings(demo).getByLabel('Phone number')).toBeVisible();
  await expect(dialog(demo)).toBeHidden();
  expect(await demo.network.take()).toEqual([GENERATE]);
  await check(demo, '62-step-up-first-method');
});
