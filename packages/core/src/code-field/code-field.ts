// The behaviour of a one-time-code field on one real <input>, without a framework: what a keystroke, a paste,
// autofill, WebOTP or a script's write does to the value and the selection. A framework binds it to its events
// (React: useCodeField) and keeps the value and selection it reports in its own state.
import { insertIntoCode, normalizeSelection } from './code-edits.js';
import type { CodeSelection } from './code-edits.js';
import { replaceInputValue, watchValueWrites } from './native-input.js';
import { sanitizeCode } from './sanitize-code.js';
import { requestWebOtp } from './web-otp.js';

/** What {@link createCodeField} reports. */
export interface CodeFieldOptions {
  /** The input's selection changed (`null`: it lost focus). Called only on a change, so drawing it is cheap. */
  onSelectionChange?: ((selection: CodeSelection | null) => void) | undefined;
  /** A script wrote the value directly (react-hook-form's `setValue` or `reset`): the code it wrote, sanitised. */
  onWrite?: ((code: string) => void) | undefined;
  /**
   * An IME's draft while it composes (render it as the value, so a re-render does not write over the composition),
   * then `null` once composed, just before the composed text is handed on as an `input` event.
   */
  onCompositionDraft?: ((draft: string | null) => void) | undefined;
}

/** A key event, as both the DOM and React give it. */
export interface CodeFieldKeyEvent {
  readonly currentTarget: HTMLInputElement;
  readonly key: string;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly defaultPrevented: boolean;
  preventDefault(): void;
}

/** A paste event, as both the DOM and React give it. */
export interface CodeFieldPasteEvent {
  readonly currentTarget: HTMLInputElement;
  readonly clipboardData: Pick<DataTransfer, 'getData'> | null;
  readonly defaultPrevented: boolean;
  preventDefault(): void;
}

/**
 * One code field. The input's `maxLength` is the code's length. Call each handler from the matching event of the
 * input, after your own handler (a paste or key your handler prevented is left alone).
 */
export interface CodeField {
  /**
   * Listens to what needs no framework (typed non-digits, selection changes, scripts' writes, IME composition);
   * returns the stop. While an IME composes (compositionstart … compositionend) the input's `input` events stop at
   * the input, so nothing sanitises, reports or submits half-composed text; at compositionend one `input` event
   * carries the composed text (full-width digits become ASCII on it) to your handler.
   */
  attach: (input: HTMLInputElement) => () => void;
  /** An IME is composing text in the input: its value is the IME's, not yet a code. */
  readonly composing: boolean;
  /** On `input`/`change`: sanitises the value in place (the caret stays after the same digits); returns the code. */
  input: (input: HTMLInputElement) => string;
  /** On `pointerdown`: the focus that follows keeps the caret where the pointer put it. */
  pointerDown: () => void;
  /** On `focus`: a focus by keyboard puts the caret at the end. */
  focus: (input: HTMLInputElement) => void;
  /** On `blur`. */
  blur: () => void;
  /** On `keydown`: in a full code, ArrowLeft moves the one-digit selection to the previous digit. */
  keyDown: (event: CodeFieldKeyEvent) => void;
  /** On `paste`: the pasted text sanitised into the code at the selection (a whole code replaces it). */
  paste: (event: CodeFieldPasteEvent) => void;
  /** Fills the code from an incoming SMS (WebOTP) where the browser can; returns the cancel. */
  fillFromSms: (input: HTMLInputElement) => () => void;
}

/**
 * The input's selection, normalised (a caret in a full code selects one digit, so typing replaces it) and,
 * unless `write` is false, written back; null without focus.
 */
function readSelection(input: HTMLInputElement, write: boolean): CodeSelection | null {
  if (!input.matches(':focus')) return null;
  const start = input.selectionStart ?? 0;
  const end = input.selectionEnd ?? start;
  const next = normalizeSelection(start, end, input.value.length, input.maxLength);
  if (write && (next[0] !== start || next[1] !== end)) input.setSelectionRange(next[0], next[1]);
  return next;
}

/** Puts `text` into the code at the input's selection, the way typing would. */
function insert(input: HTMLInputElement, text: string): void {
  const start = input.selectionStart ?? input.value.length;
  const inserted = insertIntoCode(
    input.value,
    [start, input.selectionEnd ?? start],
    text,
    input.maxLength,
  );
  if (inserted) replaceInputValue(input, inserted.value, inserted.caret);
}

/**
 * Lets single typed ASCII digits through natively (keeping undo); everything else is sanitised first. An autofill
 * comes as typed text (`data`) or, in Safari, as replacement text (`dataTransfer`): either way at the caret, where a
 * whole code must replace the value rather than land inside it.
 */
function handleBeforeInput(event: InputEvent): void {
  const data = event.data ?? event.dataTransfer?.getData('text/plain');
  if (!data || event.isComposing || (data.length === 1 && data >= '0' && data <= '9')) return;
  event.preventDefault();
  insert(event.target as HTMLInputElement, data);
}

/** Creates the behaviour of one code field; see {@link CodeField}. */
export function createCodeField({
  onSelectionChange,
  onWrite,
  onCompositionDraft,
}: CodeFieldOptions = {}): CodeField {
  let shown: CodeSelection | null = null;
  // A focus by pointer keeps the caret where the click put it; a focus by keyboard goes to the end.
  let pointerFocus = false;
  let composing = false;

  /** Reports the selection when it changed: the `selectionchange` after every keystroke costs nothing. */
  const sync = (input: HTMLInputElement, write = true) => {
    const next = readSelection(input, write);
    if (shown === next || (shown && next && shown[0] === next[0] && shown[1] === next[1])) return;
    shown = next;
    onSelectionChange?.(next);
  };

  return {
    get composing() {
      return composing;
    },
    attach: (input) => {
      const onSelection = () => sync(input);
      const onCompositionStart = () => {
        composing = true;
      };
      // An input event in mid-composition is the IME's draft: a framework that rewrote the value now (sanitising,
      // or restoring its own state) would break the composition, and a draft of full length would submit.
      const onComposingInput = (event: Event) => {
        if (!composing) return;
        event.stopImmediatePropagation();
        onCompositionDraft?.(input.value);
      };
      // Chrome ends with compositionend after the last draft's input event, Safari before its own last one; either
      // way the composed text is handed on once, by this event (a later input with nothing new is no change).
      const onCompositionEnd = () => {
        if (!composing) return;
        composing = false;
        onCompositionDraft?.(null);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      };
      const stopWatching = watchValueWrites(input, (written) => {
        onWrite?.(sanitizeCode(written, input.maxLength));
        // The write moved the caret and no selectionchange reports it.
        sync(input);
      });
      const document = input.ownerDocument;
      document.addEventListener('selectionchange', onSelection);
      input.addEventListener('beforeinput', handleBeforeInput);
      input.addEventListener('compositionstart', onCompositionStart);
      input.addEventListener('input', onComposingInput);
      input.addEventListener('compositionend', onCompositionEnd);
      return () => {
        composing = false;
        input.removeEventListener('compositionstart', onCompositionStart);
        input.removeEventListener('input', onComposingInput);
        input.removeEventListener('compositionend', onCompositionEnd);
        stopWatching();
        document.removeEventListener('selectionchange', onSelection);
        input.removeEventListener('beforeinput', handleBeforeInput);
      };
    },
    input: (input) => {
      const raw = input.value;
      const next = sanitizeCode(raw, input.maxLength);
      if (next !== raw) {
        // Keep the caret after the same digits it followed in the raw text.
        const caret = sanitizeCode(
          raw.slice(0, input.selectionEnd ?? raw.length),
          input.maxLength,
        ).length;
        input.value = next;
        if (input.matches(':focus')) input.setSelectionRange(caret, caret);
      }
      sync(input);
      return next;
    },
    pointerDown: () => {
      pointerFocus = true;
    },
    focus: (input) => {
      const byPointer = pointerFocus;
      pointerFocus = false;
      // Writing a selection now would stop the browser placing the caret where the pointer went.
      if (!byPointer) input.setSelectionRange(input.value.length, input.value.length);
      sync(input, !byPointer);
    },
    blur: () => {
      pointerFocus = false;
      shown = null;
      onSelectionChange?.(null);
    },
    keyDown: (event) => {
      const input = event.currentTarget;
      const start = input.selectionStart ?? 0;
      // In a full code the selection is one digit; ArrowLeft would collapse it onto the same digit.
      if (
        event.key === 'ArrowLeft' &&
        !event.defaultPrevented &&
        !(event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) &&
        start > 0 &&
        input.selectionEnd === start + 1 &&
        input.value.length === input.maxLength
      ) {
        event.preventDefault();
        input.setSelectionRange(start - 1, start);
        sync(input);
      }
    },
    paste: (event) => {
      if (event.defaultPrevented) return;
      // Pasting natively would be cut at maxLength before sanitising: "123 456" must not become "12345".
      event.preventDefault();
      insert(event.currentTarget, event.clipboardData?.getData('text/plain') ?? '');
    },
    fillFromSms: (input) => {
      const controller = new AbortController();
      void requestWebOtp(controller.signal).then((code) => {
        const next = code === null ? '' : sanitizeCode(code, input.maxLength);
        if (next && !controller.signal.aborted) replaceInputValue(input, next, next.length);
      });
      return () => controller.abort();
    },
  };
}
