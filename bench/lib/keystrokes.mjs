// Drives the keystroke harness: every kit, every action, `repetitions` times; then the correctness cases.
import { CODE } from './constants.mjs';

/** Centres of the kit's slots, in page coordinates. */
async function slotCentres(page, kit) {
  const selector = await page.evaluate((id) => window.benchHarness.slotSelector(id), kit);
  const centres = await page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      return [box.x + box.width / 2, box.y + box.height / 2];
    }),
  );
  if (centres.length === 1) return Array.from({ length: CODE.length }, () => centres[0]);
  if (centres.length !== CODE.length)
    throw new Error(`${kit}: expected ${CODE.length} slots, found ${centres.length}`);
  return centres;
}

async function mountAndClick(page, kit, initial, slot) {
  await page.evaluate(([id, value]) => window.benchHarness.mount(id, value), [kit, initial]);
  const centres = await slotCentres(page, kit);
  const [x, y] = centres[slot];
  await page.mouse.click(x, y);
  await page.evaluate(() => window.benchHarness.settle(1, 0));
}

/** How long after an action's frame its deferred work is still counted (frames, then ms). */
export const SETTLE = { frames: 1, ms: 0 };

async function measure(page, eventType, act) {
  await page.evaluate((type) => window.benchHarness.arm(type), eventType);
  await act();
  return page.evaluate(
    ([frames, ms]) => window.benchHarness.settle(frames, ms),
    [SETTLE.frames, SETTLE.ms],
  );
}

const value = (page) => page.evaluate(() => window.benchHarness.value());

async function writeClipboard(page, text) {
  await page.evaluate((content) => navigator.clipboard.writeText(content), text);
}

/** The four timed actions; each returns its per-event samples and the value it ended with. */
export const ACTIONS = {
  async type(page, kit) {
    await mountAndClick(page, kit, '', 0);
    const samples = [];
    for (const digit of CODE)
      samples.push(await measure(page, 'keydown', () => page.keyboard.press(digit)));
    return { samples, value: await value(page), expected: CODE };
  },
  async paste(page, kit) {
    await mountAndClick(page, kit, '', 0);
    await writeClipboard(page, CODE);
    const samples = [await measure(page, 'paste', () => page.keyboard.press('Control+V'))];
    return { samples, value: await value(page), expected: CODE };
  },
  async autofill(page, kit) {
    await mountAndClick(page, kit, '', 0);
    const samples = [await measure(page, 'beforeinput', () => page.keyboard.insertText(CODE))];
    return { samples, value: await value(page), expected: CODE };
  },
  async backspace(page, kit) {
    await mountAndClick(page, kit, CODE, CODE.length - 1);
    const samples = [];
    for (let index = 0; index < CODE.length; index += 1) {
      samples.push(await measure(page, 'keydown', () => page.keyboard.press('Backspace')));
    }
    return { samples, value: await value(page), expected: '' };
  },
};

/** What users report going wrong: pasted codes with a space or full-width digits, autofill mid-field. */
export const CORRECTNESS_CASES = {
  'paste "123 456"': async (page, kit) => {
    await mountAndClick(page, kit, '', 0);
    await writeClipboard(page, '123 456');
    await measure(page, 'paste', () => page.keyboard.press('Control+V'));
    return value(page);
  },
  'paste "１２３４５６"': async (page, kit) => {
    await mountAndClick(page, kit, '', 0);
    await writeClipboard(page, '１２３４５６');
    await measure(page, 'paste', () => page.keyboard.press('Control+V'));
    return value(page);
  },
  'autofill, focus on slot 3': async (page, kit) => {
    await mountAndClick(page, kit, '', 2);
    await measure(page, 'beforeinput', () => page.keyboard.insertText(CODE));
    return value(page);
  },
};
