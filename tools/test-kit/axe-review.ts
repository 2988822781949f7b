// What the reviews of a page's look share, in Playwright (apps/demo/e2e) and in Vitest's browser (ui): which axe
// rules a colour scheme can change, and waiting for colours to settle before checking them.

/** The axe rules (enabled by default) whose outcome depends on colours: what a dark scheme can change. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

/**
 * Resolves once the document's finite animations have ended: a scheme switch or a hover starts 150 ms colour
 * transitions, and contrast checked mid-way fails (a caret's endless blink is left out). Self-contained, so
 * Playwright can run it in a page (`page.evaluate(finiteAnimationsEnded)`).
 */
export const finiteAnimationsEnded = (): Promise<unknown> =>
  Promise.all(
    document
      .getAnimations()
      .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
      .map((animation) => animation.finished.catch(() => undefined)),
  );
