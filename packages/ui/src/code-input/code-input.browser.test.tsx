import { Profiler, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { UseFormReturn } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../styles.css';
import { CodeInput } from './code-input.js';
import type { CodeInputProps } from './code-input.js';

/** Lets the browser deliver queued `selectionchange` events and React commit what they cause. */
const settle = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
  );

/** Indexes of the slots drawn as active. */
const activeSlotsIn = (container: Element) =>
  Array.from(container.querySelectorAll('.mfa-code__slot')).flatMap((slot, index) =>
    slot.hasAttribute('data-active') ? [index] : [],
  );

async function renderCode(props: Partial<CodeInputProps> = {}) {
  const onComplete = vi.fn<(code: string) => void>();
  const onValueChange = vi.fn<(value: string) => void>();
  const screen = await render(
    <CodeInput
      aria-label="Verification code"
      onComplete={onComplete}
      onValueChange={onValueChange}
      {...props}
    />,
  );
  const input = screen.container.querySelector('input') as HTMLInputElement;
  const slots = () => Array.from(screen.container.querySelectorAll<HTMLElement>('.mfa-code__slot'));
  const activeSlots = () => activeSlotsIn(screen.container);
  const caretSlot = () => slots().findIndex((slot) => slot.querySelector('.mfa-code__caret'));
  const selection = () => [input.selectionStart, input.selectionEnd];
  /** A real mouse click in the middle of slot `index`, landing on the transparent input above it. */
  const clickSlot = async (index: number) => {
    const slot = slots()[index]?.getBoundingClientRect();
    const box = input.getBoundingClientRect();
    if (!slot) throw new Error(`no slot ${index}`);
    await userEvent.click(input, {
      position: { x: slot.x + slot.width / 2 - box.x, y: slot.height / 2 },
    });
    await settle();
  };
  return {
    screen,
    input,
    slots,
    activeSlots,
    caretSlot,
    selection,
    clickSlot,
    onComplete,
    onValueChange,
  };
}

describe('CodeInput in a browser', () => {
  it('draws finished slots under an invisible input that covers them', async () => {
    const { input, slots, screen } = await renderCode({ defaultValue: '12' });
    const root = screen.container.querySelector('.mfa-code') as HTMLElement;
    const widths = new Set(slots().map((slot) => Math.round(slot.getBoundingClientRect().width)));
    expect(widths.size).toBe(1);
    const rootBox = root.getBoundingClientRect();
    const inputBox = input.getBoundingClientRect();
    expect(inputBox.left).toBeCloseTo(rootBox.left, 0);
    expect(inputBox.height).toBeCloseTo(rootBox.height, 0);
    expect(getComputedStyle(input).color).toBe('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(input).caretColor).toBe('rgba(0, 0, 0, 0)');
    // What the user clicks is the input, wherever on the slots.
    const middle = slots()[3]?.getBoundingClientRect();
    expect(document.elementFromPoint((middle?.x ?? 0) + 5, (middle?.y ?? 0) + 5)).toBe(input);
  });

  it('moves the caret slot by slot while typing, then selects the last digit', async () => {
    const { input, activeSlots, caretSlot, selection, onComplete } = await renderCode();
    input.focus();
    await settle();
    expect(caretSlot()).toBe(0);
    for (const [index, digit] of [...'12345'].entries()) {
      await userEvent.keyboard(digit);
      await settle();
      expect(caretSlot()).toBe(index + 1);
      expect(activeSlots()).toEqual([index + 1]);
    }
    await userEvent.keyboard('6');
    await settle();
    expect(input.value).toBe('123456');
    expect(selection()).toEqual([5, 6]);
    expect(activeSlots()).toEqual([5]);
    expect(onComplete).toHaveBeenCalledExactlyOnceWith('123456');
  });

  it('selects the slot clicked in a full code, and typing overwrites it and moves on', async () => {
    const { input, activeSlots, selection, clickSlot, onComplete } = await renderCode({
      defaultValue: '123456',
    });
    for (const index of [0, 3, 5, 1]) {
      await clickSlot(index);
      expect(selection()).toEqual([index, index + 1]);
      expect(activeSlots()).toEqual([index]);
    }
    await userEvent.keyboard('9');
    await settle();
    expect(input.value).toBe('193456');
    expect(selection()).toEqual([2, 3]);
    expect(onComplete).toHaveBeenCalledExactlyOnceWith('193456');
  });

  it('narrows its slots to a narrow width (8 × 44 px slots in 240 px), and a click still selects the slot clicked', async () => {
    const { input, slots, selection, clickSlot } = await renderCode({
      length: 8,
      defaultValue: '12345678',
      style: { maxWidth: '240px' },
    });
    const root = input.closest('.mfa-code')?.getBoundingClientRect();
    expect(root?.width).toBeLessThanOrEqual(240);
    expect(slots()[7]?.getBoundingClientRect().right).toBeLessThanOrEqual((root?.right ?? 0) + 0.5);
    for (const index of [0, 4, 7]) {
      await clickSlot(index);
      expect(selection()).toEqual([index, index + 1]);
    }
  });

  it('selects the last digit when a full code is first clicked at its very end', async () => {
    const { input, selection, activeSlots, onComplete } = await renderCode({
      defaultValue: '123456',
    });
    const box = input.getBoundingClientRect();
    const root = input.closest('.mfa-code')?.getBoundingClientRect();
    await userEvent.click(input, {
      position: { x: (root?.width ?? box.width) - 3, y: box.height / 2 },
    });
    await settle();
    expect(selection()).toEqual([5, 6]);
    expect(activeSlots()).toEqual([5]);
    await userEvent.keyboard('0');
    expect(input.value).toBe('123450');
    expect(onComplete).toHaveBeenCalledExactlyOnceWith('123450');
  });

  it('puts the caret after the last digit on keyboard focus', async () => {
    const { selection, caretSlot, activeSlots, screen } = await renderCode({ defaultValue: '12' });
    const before = document.createElement('button');
    screen.container.prepend(before);
    before.focus();
    await userEvent.tab();
    await settle();
    expect(selection()).toEqual([2, 2]);
    expect(caretSlot()).toBe(2);
    await userEvent.keyboard('3456');
    await userEvent.tab({ shift: true });
    await userEvent.tab();
    await settle();
    expect(selection()).toEqual([5, 6]);
    expect(activeSlots()).toEqual([5]);
  });

  it('puts the caret after the last digit when an empty slot is clicked', async () => {
    const { caretSlot, selection, clickSlot } = await renderCode({ defaultValue: '12' });
    await clickSlot(4);
    expect(selection()).toEqual([2, 2]);
    expect(caretSlot()).toBe(2);
  });

  it('walks a full code with the arrow keys, one slot at a time', async () => {
    const { activeSlots, selection, clickSlot } = await renderCode({ defaultValue: '123456' });
    await clickSlot(5);
    for (const expected of [4, 3, 2, 1, 0, 0]) {
      await userEvent.keyboard('{ArrowLeft}');
      await settle();
      expect(selection()).toEqual([expected, expected + 1]);
      expect(activeSlots()).toEqual([expected]);
    }
    for (const expected of [1, 2, 3, 4, 5, 5]) {
      await userEvent.keyboard('{ArrowRight}');
      await settle();
      expect(activeSlots()).toEqual([expected]);
    }
  });

  it.each([0, 1, 2, 3, 4, 5])(
    'deletes the digit in slot %i with Backspace, and a new digit goes there',
    async (index) => {
      const { input, caretSlot, selection, clickSlot, onComplete } = await renderCode({
        defaultValue: '123456',
      });
      await clickSlot(index);
      await userEvent.keyboard('{Backspace}');
      await settle();
      const digits = [...'123456'];
      digits.splice(index, 1);
      expect(input.value).toBe(digits.join(''));
      expect(selection()).toEqual([index, index]);
      expect(caretSlot()).toBe(index);
      await userEvent.keyboard('0');
      await settle();
      digits.splice(index, 0, '0');
      expect(input.value).toBe(digits.join(''));
      expect(onComplete).toHaveBeenCalledExactlyOnceWith(digits.join(''));
    },
  );

  it('backspaces a partial code from its end', async () => {
    const { input, caretSlot } = await renderCode({ defaultValue: '123' });
    input.focus();
    await userEvent.keyboard('{Backspace}{Backspace}');
    await settle();
    expect(input.value).toBe('1');
    expect(caretSlot()).toBe(1);
  });

  it('takes a whole code arriving in one input event, as iOS and Android autofill send it', async () => {
    const { input, slots, onComplete, onValueChange } = await renderCode();
    input.focus();
    // The prototype's setter, as a browser's autofill does: React sees a new value, no keystrokes.
    Reflect.set(HTMLInputElement.prototype, 'value', ' 123 456\n', input);
    input.dispatchEvent(
      new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' }),
    );
    await settle();
    expect(input.value).toBe('123456');
    expect(
      slots()
        .map((slot) => slot.textContent)
        .join(''),
    ).toBe('123456');
    expect(onValueChange).toHaveBeenCalledExactlyOnceWith('123456');
    expect(onComplete).toHaveBeenCalledExactlyOnceWith('123456');
  });

  it('takes a whole code inserted at once (insertText), not cut by maxLength first', async () => {
    const { input, onComplete } = await renderCode();
    await userEvent.fill(input, '１２３ ４５６');
    await settle();
    expect(input.value).toBe('123456');
    expect(onComplete).toHaveBeenCalledExactlyOnceWith('123456');
  });

  it('pastes from the clipboard, spaces and all', async () => {
    const { input, onComplete, screen } = await renderCode();
    const source = document.createElement('input');
    source.value = 'Your code: 123 456';
    screen.container.append(source);
    source.focus();
    source.select();
    await userEvent.copy();
    input.focus();
    await userEvent.paste();
    await settle();
    expect(input.value).toBe('123456');
    expect(onComplete).toHaveBeenCalledExactlyOnceWith('123456');
  });

  it('ignores letters typed into a full code instead of losing the selected digit', async () => {
    const { input, clickSlot } = await renderCode({ defaultValue: '123456' });
    await clickSlot(2);
    await userEvent.keyboard('x');
    await settle();
    expect(input.value).toBe('123456');
  });

  it('highlights the first slot when react-hook-form clears a full code', async () => {
    let form: UseFormReturn<{ code: string }> | undefined;
    function Form() {
      form = useForm<{ code: string }>({ defaultValues: { code: '' } });
      return <CodeInput aria-label="Verification code" {...form.register('code')} />;
    }
    const screen = await render(<Form />);
    const input = screen.container.querySelector('input') as HTMLInputElement;
    const activeSlots = () => activeSlotsIn(screen.container);
    input.focus();
    await userEvent.keyboard('123456');
    await settle();
    expect(activeSlots()).toEqual([5]);
    // What a form does after a wrong code: the input is written directly, not typed into.
    form?.setValue('code', '');
    await settle();
    expect(input.value).toBe('');
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, 0]);
    expect(activeSlots()).toEqual([0]);
    await userEvent.keyboard('7');
    await settle();
    expect(input.value).toBe('7');
    expect(activeSlots()).toEqual([1]);
  });

  it('highlights the first slot when a controlled value is cleared from outside', async () => {
    let clear: () => void = () => undefined;
    function Form() {
      const [code, setCode] = useState('');
      clear = () => setCode('');
      return <CodeInput aria-label="Verification code" value={code} onValueChange={setCode} />;
    }
    const screen = await render(<Form />);
    const input = screen.container.querySelector('input') as HTMLInputElement;
    const activeSlots = () => activeSlotsIn(screen.container);
    input.focus();
    await userEvent.keyboard('123456');
    await settle();
    expect(activeSlots()).toEqual([5]);
    clear();
    await settle();
    expect(input.value).toBe('');
    expect(activeSlots()).toEqual([0]);
  });

  it('causes at most one React commit per typed digit', async () => {
    const commits: string[] = [];
    function Form() {
      const [code, setCode] = useState('');
      return (
        <Profiler id="code" onRender={(_id, phase) => commits.push(phase)}>
          <CodeInput aria-label="Verification code" value={code} onValueChange={setCode} />
        </Profiler>
      );
    }
    const screen = await render(<Form />);
    const input = screen.container.querySelector('input') as HTMLInputElement;
    input.focus();
    await settle();
    const perKeystroke: number[] = [];
    for (const digit of '123456') {
      const before = commits.length;
      await userEvent.keyboard(digit);
      await settle();
      perKeystroke.push(commits.length - before);
    }
    expect(input.value).toBe('123456');
    // One commit each: the value and the slot to highlight land together, never a second pass.
    expect(perKeystroke).toEqual([1, 1, 1, 1, 1, 1]);
  });
});

describe('CodeInput under a real IME (Chromium composition over CDP)', () => {
  it('leaves the draft alone, submits nothing at full length mid-composition, then completes once in ASCII', async () => {
    const { input, onComplete, onValueChange } = await renderCode();
    input.focus();
    await settle();
    const events: string[] = [];
    for (const type of ['compositionstart', 'compositionend'])
      input.addEventListener(type, () => events.push(type));
    const session = cdp();
    for (const draft of ['１２３', '１２３４５６']) {
      await session.send('Input.imeSetComposition', {
        text: draft,
        selectionStart: draft.length,
        selectionEnd: draft.length,
      });
      await settle();
    }
    expect(events).toEqual(['compositionstart']);
    expect(input.value).toBe('１２３４５６');
    expect(onValueChange).not.toHaveBeenCalled();
    expect(onComplete).not.toHaveBeenCalled();
    await session.send('Input.insertText', { text: '１２３４５６' });
    await settle();
    expect(events).toEqual(['compositionstart', 'compositionend']);
    expect(input.value).toBe('123456');
    expect(onComplete.mock.calls).toEqual([['123456']]);
    expect(onValueChange.mock.calls).toEqual([['123456']]);
  });
});
