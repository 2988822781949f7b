import type { CodeSelection } from './code-edits.js';

/** What one slot of a code field shows, derived from the value and the input's selection. */
export interface CodeSlot {
  /** The digit in this slot, if any. */
  readonly char: string | undefined;
  /** The selection covers this slot, or the caret sits in it. */
  readonly active: boolean;
  /** The caret (a collapsed selection) sits in this slot. */
  readonly caret: boolean;
}

/**
 * The slots to draw over a one-time-code input (input-otp's `SlotProps`): each one's digit, whether the selection
 * covers it, and whether the caret sits in it. `selection` is null while the input has no focus, so no slot is
 * active. A caret after the last digit of a full code marks the last slot.
 */
export function codeSlots(
  value: string,
  length: number,
  selection: CodeSelection | null,
): CodeSlot[] {
  const slots: CodeSlot[] = [];
  for (let index = 0; index < length; index++) {
    let active = false;
    let caret = false;
    if (selection) {
      const [start, end] = selection;
      caret = start === end && Math.min(start, length - 1) === index;
      active = caret || (index >= start && index < end);
    }
    slots.push({ char: value[index], active, caret });
  }
  return slots;
}
