// Password managers (1Password, LastPass, Bitwarden, Dashlane) draw a badge over a field they recognise: an element
// of their own, about 20-26 px square, positioned in the page at the right end of the input's box as
// getBoundingClientRect() reports it, vertically centred. CodeInput's input is one slot wider than its slots (the
// extra width clipped from sight), so that badge lands past the last slot instead of covering its digit. Real
// extensions cannot run here: docs/release-checklist.md lists the manual check.
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import '../styles.css';
import { AuthenticatorMfaForm } from '../authenticator-mfa-form/authenticator-mfa-form.js';
import { SsrProviders } from '../test/ssr-cases.js';
import { CodeInput } from './code-input.js';

/** The badges' usual sizes, and how far inside the input's right edge they end. */
const BADGE_SIZES = [20, 24, 26];
const BADGE_INSETS = [2, 6, 10];

/** An absolutely positioned badge on the page, as an extension adds it, at the input's right edge. */
function placeBadge(input: HTMLInputElement, size: number, inset: number): HTMLElement {
  const box = input.getBoundingClientRect();
  const badge = document.createElement('div');
  Object.assign(badge.style, {
    position: 'absolute',
    zIndex: '2147483647',
    width: `${size}px`,
    height: `${size}px`,
    left: `${box.right + window.scrollX - inset - size}px`,
    top: `${box.top + window.scrollY + (box.height - size) / 2}px`,
    borderRadius: '50%',
    background: 'crimson',
  });
  document.body.append(badge);
  return badge;
}

const overlap = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const centre = (box: DOMRect) => [box.left + box.width / 2, box.top + box.height / 2] as const;

const LAYOUTS = [
  { name: '6 digits', length: 6 },
  { name: '8 digits', length: 8 },
  // Narrower than the slots' natural width (6 × 44 px + gaps = 304 px; 8 digits 408 px): the code narrows.
  { name: '6 digits in a 220 px wide container', length: 6, width: 220 },
  { name: '8 digits in a 280 px wide container', length: 8, width: 280 },
  // A drop-in form (its code field shows before any request) as wide as a 320 px phone: card padding included.
  { name: 'AuthenticatorMfaForm on a 320 px phone', length: 6, width: 320, form: true },
  { name: '6 digits on a dir="rtl" page', length: 6, rtl: true },
];

afterEach(() => {
  document.documentElement.removeAttribute('dir');
});

describe("CodeInput under a password manager's badge", () => {
  it.each(LAYOUTS)(
    '$name: a badge at the right edge covers no slot',
    async ({ length, width, form, rtl }) => {
      if (rtl) document.documentElement.dir = 'rtl';
      const screen = await render(
        <div style={{ width: width === undefined ? undefined : `${width}px` }}>
          {form ? (
            // A client whose requests never answer: the form stays on its code field.
            <SsrProviders>
              <AuthenticatorMfaForm mfaToken="mfa-token" />
            </SsrProviders>
          ) : (
            <CodeInput
              aria-label="Verification code"
              length={length}
              defaultValue={'12345678'.slice(0, length)}
            />
          )}
        </div>,
      );
      const frame = screen.container.firstElementChild as HTMLElement;
      const root = frame.querySelector('.mfa-code') as HTMLElement;
      const input = root.querySelector('input') as HTMLInputElement;
      const slots = Array.from(root.querySelectorAll<HTMLElement>('.mfa-code__slot'));
      expect(slots).toHaveLength(length);
      // Nothing runs past the container (the input's extra width is clipped from sight).
      if (width !== undefined) expect(frame.scrollWidth).toBeLessThanOrEqual(width);
      const lastSlot = slots[length - 1] as HTMLElement;

      for (const size of BADGE_SIZES) {
        for (const inset of BADGE_INSETS) {
          const badge = placeBadge(input, size, inset);
          try {
            const badgeBox = badge.getBoundingClientRect();
            const covered = slots.flatMap((slot, index) =>
              overlap(badgeBox, slot.getBoundingClientRect()) ? [index] : [],
            );
            expect(covered, `slots under a ${size} px badge ${inset} px inside`).toEqual([]);
            // What sits at the last digit is still the input (a click there selects the digit), not the badge.
            expect(document.elementFromPoint(...centre(lastSlot.getBoundingClientRect()))).toBe(
              input,
            );
          } finally {
            badge.remove();
          }
        }
      }
    },
  );
});
