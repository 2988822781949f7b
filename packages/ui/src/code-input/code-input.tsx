import {
  forwardRef,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import type {
  ChangeEvent,
  ClipboardEvent,
  FocusEvent,
  InputHTMLAttributes,
  KeyboardEvent,
  PointerEvent,
} from 'react';
import { codeLength, getSlots, insertIntoCode, normalizeSelection } from './code-slots.js';
import type { CodeSelection } from './code-slots.js';
import { replaceInputValue, watchValueWrites } from './native-input.js';
import { sanitizeCode } from './sanitize-code.js';
import { requestWebOtp } from './web-otp.js';

/** Props of {@link CodeInput}. Every other prop goes to the underlying `<input>`. */
export interface CodeInputProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  | 'value'
  | 'defaultValue'
  | 'type'
  | 'inputMode'
  | 'pattern'
  | 'maxLength'
  | 'minLength'
  | 'autoComplete'
  | 'size'
  | 'children'
> {
  /** Number of digits. Default 6. */
  length?: number | undefined;
  /** The code, for a controlled input. Sanitised before it is shown. */
  value?: string | undefined;
  /** The initial code, for an uncontrolled input. */
  defaultValue?: string | undefined;
  /**
   * The native change event, as for any `<input>` (so `{...register('code')}` works);
   * `event.target.value` is already the sanitised code.
   */
  onChange?: ((event: ChangeEvent<HTMLInputElement>) => void) | undefined;
  /** The sanitised code after each change. */
  onValueChange?: ((value: string) => void) | undefined;
  /** Called once each time the user's typing, paste, autofill or WebOTP completes the code. */
  onComplete?: ((code: string) => void) | undefined;
  /** Marks the code as wrong: `aria-invalid` plus `data-invalid` for styling. */
  invalid?: boolean | undefined;
  /** Draws each digit as a dot. The value itself is unchanged. */
  masked?: boolean | undefined;
  /** Ask the browser for the code from an incoming SMS (WebOTP) while mounted. */
  webOtp?: boolean | undefined;
  /** Class of the root element (the slots' container). */
  className?: string | undefined;
}

// Layout effects warn during server rendering on React 18; effects are the same there.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

function sameSelection(a: CodeSelection | null, b: CodeSelection | null): boolean {
  return a === b || (!!a && !!b && a[0] === b[0] && a[1] === b[1]);
}

/**
 * The input's selection, normalised (see `normalizeSelection`) and, unless `write` is false,
 * written back; null without focus.
 */
function readSelection(input: HTMLInputElement, write: boolean): CodeSelection | null {
  if (!input.matches(':focus')) return null;
  const start = input.selectionStart ?? 0;
  const end = input.selectionEnd ?? start;
  const next = normalizeSelection(start, end, input.value.length, input.maxLength);
  if (write && (next[0] !== start || next[1] !== end)) input.setSelectionRange(next[0], next[1]);
  return next;
}

interface SelectionMirror {
  /** The selection last put into state (a ref: compared outside render). */
  current: CodeSelection | null;
  set: (selection: CodeSelection | null) => void;
}

/**
 * Mirrors the input's selection into state. An unchanged selection calls no setState at all: the
 * `selectionchange` that follows every keystroke must not cost a second render.
 */
function syncSelection(input: HTMLInputElement, mirror: SelectionMirror, write = true): void {
  const next = readSelection(input, write);
  if (sameSelection(mirror.current, next)) return;
  mirror.current = next;
  mirror.set(next);
}

/** Lets single typed ASCII digits through natively (keeping undo); everything else is sanitised first. */
function handleBeforeInput(event: InputEvent): void {
  const data = event.data;
  const input = event.target as HTMLInputElement;
  if (!data || event.isComposing || (data.length === 1 && data >= '0' && data <= '9')) return;
  event.preventDefault();
  const start = input.selectionStart ?? input.value.length;
  const inserted = insertIntoCode(
    input.value,
    [start, input.selectionEnd ?? start],
    data,
    input.maxLength,
  );
  if (inserted) replaceInputValue(input, inserted.value, inserted.caret);
}

/**
 * A one-time-code field: one real `<input autocomplete="one-time-code">`, transparent, over drawn
 * slots. Autofill, paste, undo and screen readers work on the real input; the slots only mirror its
 * value and selection. Input of any kind is sanitised (see {@link sanitizeCode}), never rejected.
 */
export const CodeInput = /* @__PURE__ */ forwardRef<HTMLInputElement, CodeInputProps>(
  function CodeInput(
    {
      length = 6,
      value: valueProp,
      defaultValue,
      onChange,
      onValueChange,
      onComplete,
      invalid = false,
      masked = false,
      webOtp = false,
      className,
      style,
      disabled,
      onFocus,
      onBlur,
      onKeyDown,
      onPaste,
      onPointerDown,
      ...inputProps
    },
    ref,
  ) {
    const size = codeLength(length);
    const isControlled = valueProp !== undefined;
    const [internalValue, setInternalValue] = useState(() =>
      sanitizeCode(defaultValue ?? '', size),
    );
    const [selection, setSelection] = useState<CodeSelection | null>(null);
    const mirror = useRef<SelectionMirror>({ current: null, set: setSelection }).current;
    const value = sanitizeCode(isControlled ? valueProp : internalValue, size);
    const inputRef = useRef<HTMLInputElement>(null);
    const rendered = useRef({ value, isControlled, size });
    // Focus by pointer keeps the caret where the click put it; focus by keyboard goes to the end.
    const pointerFocus = useRef(false);

    useIsomorphicLayoutEffect(() => {
      rendered.current = { value, isControlled, size };
    });

    // Installed before the ref is handed out, so react-hook-form's initial write is seen too.
    useIsomorphicLayoutEffect(() => {
      const input = inputRef.current;
      if (!input) return;
      const onSelectionChange = () => syncSelection(input, mirror);
      const stopWatching = watchValueWrites(input, (written) => {
        const current = rendered.current;
        const code = sanitizeCode(written, current.size);
        if (!current.isControlled && code !== current.value) setInternalValue(code);
        // The write moved the caret and no selectionchange reports it; both updates land in one commit.
        syncSelection(input, mirror);
      });
      const document = input.ownerDocument;
      document.addEventListener('selectionchange', onSelectionChange);
      input.addEventListener('beforeinput', handleBeforeInput);
      return () => {
        stopWatching();
        document.removeEventListener('selectionchange', onSelectionChange);
        input.removeEventListener('beforeinput', handleBeforeInput);
      };
    }, []);

    useImperativeHandle(ref, () => inputRef.current as HTMLInputElement, []);

    useEffect(() => {
      if (!webOtp) return;
      const controller = new AbortController();
      void requestWebOtp(controller.signal).then((code) => {
        const input = inputRef.current;
        const next = code === null ? '' : sanitizeCode(code, input?.maxLength ?? 0);
        if (input && next && !controller.signal.aborted)
          replaceInputValue(input, next, next.length);
      });
      return () => controller.abort();
    }, [webOtp]);

    const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
      const input = event.currentTarget;
      const raw = input.value;
      const next = sanitizeCode(raw, size);
      if (next !== raw) {
        // Keep the caret after the same digits it followed in the raw text.
        const caret = sanitizeCode(raw.slice(0, input.selectionEnd ?? raw.length), size).length;
        input.value = next;
        if (input.matches(':focus')) input.setSelectionRange(caret, caret);
      }
      // Selection and value land in one batched update: one commit per keystroke.
      syncSelection(input, mirror);
      if (next === value) return;
      if (!isControlled) setInternalValue(next);
      onChange?.(event);
      onValueChange?.(next);
      if (next.length === size) onComplete?.(next);
    };

    const handlePointerDown = (event: PointerEvent<HTMLInputElement>) => {
      onPointerDown?.(event);
      pointerFocus.current = true;
    };

    const handleFocus = (event: FocusEvent<HTMLInputElement>) => {
      onFocus?.(event);
      const input = event.currentTarget;
      const byPointer = pointerFocus.current;
      pointerFocus.current = false;
      // Writing a selection now would stop the browser placing the caret where the pointer went.
      if (!byPointer) input.setSelectionRange(input.value.length, input.value.length);
      syncSelection(input, mirror, !byPointer);
    };

    const handleBlur = (event: FocusEvent<HTMLInputElement>) => {
      onBlur?.(event);
      pointerFocus.current = false;
      mirror.current = null;
      setSelection(null);
    };

    const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
      onKeyDown?.(event);
      const input = event.currentTarget;
      const start = input.selectionStart ?? 0;
      // In a full code the selection is one digit; ArrowLeft would collapse it onto the same slot.
      if (
        event.key === 'ArrowLeft' &&
        !event.defaultPrevented &&
        !(event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) &&
        start > 0 &&
        input.selectionEnd === start + 1 &&
        input.value.length === size
      ) {
        event.preventDefault();
        input.setSelectionRange(start - 1, start);
        syncSelection(input, mirror);
      }
    };

    const handlePaste = (event: ClipboardEvent<HTMLInputElement>) => {
      onPaste?.(event);
      if (event.defaultPrevented) return;
      // Pasting natively would be cut at maxLength before sanitising: "123 456" must not become "12345".
      event.preventDefault();
      const input = event.currentTarget;
      const start = input.selectionStart ?? value.length;
      const text = event.clipboardData.getData('text/plain');
      const inserted = insertIntoCode(
        input.value,
        [start, input.selectionEnd ?? start],
        text,
        size,
      );
      if (inserted) replaceInputValue(input, inserted.value, inserted.caret);
    };

    const complete = value.length === size;
    return (
      <div
        className={className ? `mfa-code ${className}` : 'mfa-code'}
        style={style}
        dir="ltr"
        data-complete={complete || undefined}
        data-invalid={invalid || undefined}
        data-disabled={disabled || undefined}
      >
        <div className="mfa-code__slots" aria-hidden="true">
          {getSlots(value, size, selection).map((slot, index) => (
            <div
              key={index}
              className="mfa-code__slot"
              data-active={slot.active || undefined}
              data-filled={slot.char !== undefined || undefined}
            >
              {slot.char !== undefined && (masked ? '•' : slot.char)}
              {slot.caret && <span className="mfa-code__caret" />}
            </div>
          ))}
        </div>
        <div className="mfa-code__field">
          <input
            aria-invalid={invalid || undefined}
            {...inputProps}
            ref={inputRef}
            className="mfa-code__input"
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            autoCorrect="off"
            spellCheck={false}
            pattern={`\\d{${size}}`}
            maxLength={size}
            dir="ltr"
            value={value}
            disabled={disabled}
            onChange={handleChange}
            onFocus={handleFocus}
            onBlur={handleBlur}
            onKeyDown={handleKeyDown}
            onPaste={handlePaste}
            onPointerDown={handlePointerDown}
          />
        </div>
      </div>
    );
  },
);
