import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeSlots } from './code-slots.js';

describe('codeSlots', () => {
  it('has no active slot without focus', () => {
    const slots = codeSlots('12', 4, null);
    expect(slots.map((slot) => slot.char)).toEqual(['1', '2', undefined, undefined]);
    expect(slots.some((slot) => slot.active || slot.caret)).toBe(false);
  });

  it('puts the caret in the slot the next digit goes to', () => {
    const slots = codeSlots('12', 4, [2, 2]);
    expect(slots.map((slot) => slot.active)).toEqual([false, false, true, false]);
    expect(slots.map((slot) => slot.caret)).toEqual([false, false, true, false]);
  });

  it('marks every selected slot active, with no caret', () => {
    const slots = codeSlots('1234', 4, [1, 3]);
    expect(slots.map((slot) => slot.active)).toEqual([false, true, true, false]);
    expect(slots.some((slot) => slot.caret)).toBe(false);
  });

  it('keeps a caret after a full code in the last slot', () => {
    expect(codeSlots('1234', 4, [4, 4]).map((slot) => slot.caret)).toEqual([
      false,
      false,
      false,
      true,
    ]);
  });

  it('always returns one slot per digit, with at most one caret', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9]{0,8}$/),
        fc.integer({ min: 1, max: 8 }),
        fc.nat(9),
        fc.nat(9),
        (value, length, a, b) => {
          const code = value.slice(0, length);
          const slots = codeSlots(code, length, [
            Math.min(a, b, code.length),
            Math.min(Math.max(a, b), code.length),
          ]);
          expect(slots).toHaveLength(length);
          expect(slots.filter((slot) => slot.caret).length).toBeLessThanOrEqual(1);
          expect(
            slots
              .filter((slot) => slot.char !== undefined)
              .map((slot) => slot.char)
              .join(''),
          ).toBe(code);
        },
      ),
    );
  });
});
