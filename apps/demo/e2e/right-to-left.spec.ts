// The demo in Hebrew: a right-to-left page in which the code still reads, and edits, left to right.
import type { Page } from '@playwright/test';
import { DEMO_PASSWORD, EMAIL_ONLY_EMAIL, expect, test } from './support';

// The Hebrew names the spec finds things by: the demo's own (src/shell/demo-texts.ts), the kit's (heMessages).
const HEBREW_SIGN_IN = { email: 'אימייל', password: 'סיסמה', submit: 'התחברות' };
const CODE_LABEL = 'קוד אימות';

/** The slot the caret marks (`data-active`), and where it sits on screen. */
async function activeSlot(page: Page): Promise<{ index: number; x: number }> {
  return page.locator('.mfa-code').evaluate((field) => {
    const slots = Array.from(field.querySelectorAll('.mfa-code__slot'));
    const index = slots.findIndex((slot) => slot.hasAttribute('data-active'));
    return { index, x: slots[index]?.getBoundingClientRect().x ?? Number.NaN };
  });
}

test('in Hebrew the page reads right to left, the code left to right, and the caret moves as it looks', async ({
  demo,
  page,
}) => {
  await demo.open();
  await page.getByLabel('Language').selectOption('he');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'he');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('התחברות');

  await expect(page.getByLabel('שפה')).toHaveValue('he');

  await demo.signIn(EMAIL_ONLY_EMAIL, DEMO_PASSWORD, HEBREW_SIGN_IN);
  await expect(page).toHaveURL(/\/verify$/);
  const form = page.getByRole('form', { name: 'בדקו את תיבת הדואר' });
  await expect(form).toHaveAttribute('dir', 'rtl');
  // The address is a left-to-right run of the Hebrew sentence, which a page translator leaves alone.
  const status = form.getByRole('status').filter({ hasText: 'שלחנו קוד' });
  await expect(status).toHaveText('שלחנו קוד לכתובת e•••y@mfa-kit.dev.');
  await expect(status.locator('bdi')).toHaveText('e•••y@mfa-kit.dev');
  await expect(status.locator('bdi')).toHaveAttribute('dir', 'ltr');
  await expect(status.locator('bdi')).toHaveAttribute('translate', 'no');
  await demo.expectAccessibleInBothSchemes();

  const input = page.getByLabel(CODE_LABEL);
  const slots = page.locator('.mfa-code__slot');
  await input.pressSequentially('12345');
  await expect(slots).toHaveText(['1', '2', '3', '4', '5', '']);
  await demo.screenshot('80-rtl-code-step');
  // Digit 1 leftmost, then each one to the right of the one before.
  const xs = await slots.evaluateAll((all) => all.map((slot) => slot.getBoundingClientRect().x));
  expect(xs).toEqual([...xs].sort((a, b) => a - b));
  expect(new Set(xs).size).toBe(6);

  // The caret moves with the keys as it looks: ArrowLeft one slot to the left, Home to the leftmost slot.
  const caretAt = async (index: number) =>
    expect.poll(() => activeSlot(page)).toEqual({ index, x: xs[index] });
  await caretAt(5);
  const moves = [
    ['ArrowLeft', 4],
    ['ArrowLeft', 3],
    ['ArrowRight', 4],
    ['Home', 0],
    ['End', 5],
    ['ArrowLeft', 4],
    ['ArrowLeft', 3],
  ] as const;
  for (const [key, index] of moves) {
    await input.press(key);
    await caretAt(index);
  }

  // Backspace deletes the digit left of the caret: the "3".
  await input.press('Backspace');
  await expect(input).toHaveValue('1245');
  await expect(slots).toHaveText(['1', '2', '4', '5', '', '']);
  await caretAt(2);

  await input.press('End');
  for (let typed = 4; typed > 0; typed--) await input.press('Backspace');
  await expect(input).toHaveValue('');
  await input.pressSequentially(await demo.latestCode());
  await expect(page).toHaveURL(/\/signed-in$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('התחברתם');
  await demo.network.settle();
  const verifies = demo.network.all.filter((request) => request.route.endsWith('/verify'));
  expect(verifies.map((request) => request.route)).toEqual([
    '/resources/auth/v1/user/mfa/emailcode/verify',
  ]);

  await page.getByRole('link', { name: 'הגדרות אבטחה' }).click();
  await expect(page).toHaveURL(/\/security$/);
  const settings = page.getByRole('region', { name: 'אימות דו־שלבי' });
  await expect(settings.getByRole('list')).toBeVisible();
  await expect(settings).not.toHaveAttribute('aria-busy');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await demo.screenshot('81-rtl-security');
});
