// @vitest-environment jsdom
// A code field works on a real <input>: no framework, just the DOM.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCodeField } from './code-field.js';
import type { CodeSelection } from './code-edits.js';

/** A focused 6-digit input with the field attached, and what the field reported. */
function setup(value = '') {
  const input = document.createElement('input');
  input.maxLength = 6;
  input.value = value;
  document.body.append(input);
  const selections: (CodeSelection | null)[] = [];
  const writes: string[] = [];
  const field = createCodeField({
    onSelectionChange: (selection) => selections.push(selection),
    onWrite: (code) => writes.push(code),
  });
  const detach = field.attach(input);
  input.focus();
  return { input, field, selections, writes, detach };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('createCodeField', () => {
  it('sanitises what an input event left in the value, keeping the caret after the same digits', () => {
    const { input, field } = setup();
    input.value = '12a3';
    input.setSelectionRange(3, 3);
    expect(field.input(input)).toBe('123');
    expect(input.value).toBe('123');
    expect(input.selectionStart).toBe(2);
  });

  it('on a keyboard focus puts the caret at the end; a full code selects its last digit', () => {
    const { input, field, selections } = setup('123456');
    input.setSelectionRange(0, 0);
    field.focus(input);
    expect([input.selectionStart, input.selectionEnd]).toEqual([5, 6]);
    expect(selections.at(-1)).toEqual([5, 6]);
  });

  it('leaves the caret where a pointer put it', () => {
    const { input, field } = setup('1234');
    input.setSelectionRange(1, 1);
    field.pointerDown();
    field.focus(input);
    expect([input.selectionStart, input.selectionEnd]).toEqual([1, 1]);
  });

  it('reports a selection only when it changed, and null on blur', () => {
    const { input, field, selections } = setup('12');
    field.focus(input);
    field.focus(input);
    field.blur();
    expect(selections).toEqual([[2, 2], null]);
  });

  it('pastes sanitised digits at the selection, unless the paste was already handled', () => {
    const { input, field } = setup('12');
    const onInput = vi.fn();
    input.addEventListener('input', onInput);
    input.setSelectionRange(2, 2);
    const paste = (text: string, defaultPrevented = false) => {
      const preventDefault = vi.fn();
      field.paste({
        currentTarget: input,
        clipboardData: { getData: () => text },
        defaultPrevented,
        preventDefault,
      });
      return preventDefault;
    };
    expect(paste('3-4')).toHaveBeenCalled();
    expect(input.value).toBe('1234');
    expect(onInput).toHaveBeenCalledOnce();
    expect(paste('56', true)).not.toHaveBeenCalled();
    expect(input.value).toBe('1234');
  });

  it('moves a one-digit selection left in a full code on ArrowLeft', () => {
    const { input, field } = setup('123456');
    input.setSelectionRange(3, 4);
    const preventDefault = vi.fn();
    const key = {
      key: 'ArrowLeft',
      shiftKey: false,
      altKey: false,
      ctrlKey: false,
      metaKey: false,
    };
    field.keyDown({ ...key, currentTarget: input, defaultPrevented: false, preventDefault });
    expect([input.selectionStart, input.selectionEnd]).toEqual([2, 3]);
    expect(preventDefault).toHaveBeenCalled();
    field.keyDown({
      ...key,
      shiftKey: true,
      currentTarget: input,
      defaultPrevented: false,
      preventDefault,
    });
    expect([input.selectionStart, input.selectionEnd]).toEqual([2, 3]);
  });

  it('reports a script writing the value, sanitised, until detached', async () => {
    const { input, writes, detach } = setup();
    input.value = '9 8 7';
    await Promise.resolve();
    expect(writes).toEqual(['987']);
    detach();
    input.value = '123';
    await Promise.resolve();
    expect(writes).toEqual(['987']);
  });

  it('sanitises typed text other than single digits before it lands', () => {
    const { input } = setup('1');
    input.setSelectionRange(1, 1);
    const event = new InputEvent('beforeinput', { data: '２3x', cancelable: true });
    input.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(input.value).toBe('123');
    const digit = new InputEvent('beforeinput', { data: '4', cancelable: true });
    input.dispatchEvent(digit);
    expect(digit.defaultPrevented).toBe(false);
  });

  it('fills the code from an SMS where the browser can, and not once cancelled', async () => {
    vi.stubGlobal('OTPCredential', class {});
    const get = vi.fn(() => Promise.resolve({ code: '246810' }));
    Object.defineProperty(navigator, 'credentials', { value: { get }, configurable: true });
    try {
      const { input, field } = setup();
      field.fillFromSms(input);
      await vi.waitFor(() => expect(input.value).toBe('246810'));
      input.value = '';
      const cancel = field.fillFromSms(input);
      cancel();
      await Promise.resolve();
      expect(input.value).toBe('');
    } finally {
      vi.unstubAllGlobals();
      Reflect.deleteProperty(navigator, 'credentials');
    }
  });

  it('keeps an IME draft from the page until compositionend, then hands the composed text on in one input event', () => {
    const input = document.createElement('input');
    input.maxLength = 6;
    document.body.append(input);
    const drafts: (string | null)[] = [];
    const field = createCodeField({ onCompositionDraft: (draft) => drafts.push(draft) });
    field.attach(input);
    input.focus();
    const seen: string[] = [];
    // A framework's handler, on the document as React's is.
    const onInput = () => seen.push(field.input(input));
    document.addEventListener('input', onInput);
    try {
      input.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
      for (const draft of ['１２３', '１２３４５６']) {
        input.value = draft;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true }));
      }
      expect(field.composing).toBe(true);
      expect(seen).toEqual([]);
      expect(input.value).toBe('１２３４５６');
      input.dispatchEvent(
        new CompositionEvent('compositionend', { bubbles: true, data: '１２３４５６' }),
      );
      expect(field.composing).toBe(false);
      expect(drafts).toEqual(['１２３', '１２３４５６', null]);
      expect(seen).toEqual(['123456']);
      expect(input.value).toBe('123456');
      // Safari's own input event after compositionend goes through as any other.
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      expect(seen).toEqual(['123456', '123456']);
    } finally {
      document.removeEventListener('input', onInput);
    }
  });

  it('takes an autofilled code whole with the caret mid-code, as typed text or as replacement text', () => {
    const { input } = setup('12');
    input.setSelectionRange(1, 1);
    const typed = new InputEvent('beforeinput', { data: '654321', cancelable: true });
    input.dispatchEvent(typed);
    expect(typed.defaultPrevented).toBe(true);
    expect(input.value).toBe('654321');
    input.setSelectionRange(2, 2);
    const replacement = new InputEvent('beforeinput', {
      inputType: 'insertReplacementText',
      cancelable: true,
    });
    // jsdom has no DataTransfer: Safari gives an autofill's text there, with no `data`.
    Object.defineProperty(replacement, 'dataTransfer', {
      value: { getData: () => '１１２２３３' },
    });
    input.dispatchEvent(replacement);
    expect(replacement.defaultPrevented).toBe(true);
    expect(input.value).toBe('112233');
  });
});
