// The accessibility check every spec relies on (support.ts) can fail: each page it passes was looked at.
import { expect, test } from './support';

test('the axe check names what is wrong, with every rule and with the colour rules alone', async ({
  demo,
  page,
}) => {
  await demo.open();
  // A control with no name, and grey on white that is too faint to read.
  await page.evaluate(() => {
    const main = document.querySelector('main') ?? document.body;
    main.insertAdjacentHTML(
      'beforeend',
      '<button id="nameless"></button><p id="faint" style="color:#ccc;background:#fff">faint</p>',
    );
  });
  await expect(demo.expectAccessible()).rejects.toThrow(/button-name: #nameless/);
  await expect(demo.expectAccessible({ colourOnly: true })).rejects.toThrow(
    /color-contrast: #faint/,
  );
  await expect(demo.expectAccessible({ colourOnly: true })).rejects.not.toThrow(/button-name/);
});
