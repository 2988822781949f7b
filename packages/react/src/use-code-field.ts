import { codeLength, codeSlots, createCodeField, sanitizeCode } from '@mfa-kit/core';
import type { CodeField, CodeSelection, CodeSlot } from '@mfa-kit/core';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { ChangeEvent, InputHTMLAttributes, ReactNode, RefObject } from 'react';

/**
 * Options of {@link useCodeField}. Every other prop (`name`, `aria-label`, `autoFocus`, `disabled`, handlers…)
 * goes to the input.
 */
export interface UseCodeFieldOptions extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  | 'value'
  | 'defaultValue'
  | 'onChange'
  | 'type'
  | 'inputMode'
  | 'pattern'
  | 'maxLength'
  | 'minLength'
  | 'autoComplete'
  | 'size'
  | 'children'
> {
  /** Digits in the code (1 to 32). Default 6. */
  length?: number | undefined;
  /** The code, for a controlled field. Sanitised before it is shown. */
  value?: string | undefined;
  /** The initial code, for an uncontrolled field. */
  defaultValue?: string | undefined;
  /** The native change event (so `{...register('code')}` works); `event.target.value` is already sanitised. */
  onChange?: ((event: ChangeEvent<HTMLInputElement>) => void) | undefined;
  /** The sanitised code after each change. */
  onValueChange?: ((code: string) => void) | undefined;
  /** Once each time typing, paste, autofill or WebOTP completes the code. */
  onComplete?: ((code: string) => void) | undefined;
  /** The code is wrong: `aria-invalid`, and the error message joins the description. */
  invalid?: boolean | undefined;
  /** Ask the browser for the code of an incoming SMS (WebOTP) while mounted; no-op where unsupported. */
  webOtp?: boolean | undefined;
  /** You render a description (`descriptionProps`): it describes the input. */
  description?: ReactNode;
  /** You render an error message (`errorMessageProps`): it describes the input while `invalid`. */
  errorMessage?: ReactNode;
}

/** What {@link useCodeField} returns: props to spread, and the state to draw. */
export interface CodeFieldResult {
  /**
   * For your `<input>`, with the `ref` you gave the hook: your other props, then `autocomplete="one-time-code"`,
   * `inputmode="numeric"`, `maxlength`, `pattern`, the value, ARIA and the handlers.
   */
  inputProps: InputHTMLAttributes<HTMLInputElement> & { id: string; value: string };
  /** For your `<label>`. */
  labelProps: { id: string; htmlFor: string };
  /** For the element that describes the code (e.g. "Enter the 6-digit code."). */
  descriptionProps: { id: string };
  /** For the element that says what is wrong. */
  errorMessageProps: { id: string };
  /** The sanitised code. */
  value: string;
  /** Digits in the code (`length`, kept to 1 to 32). */
  length: number;
  /** The code has every digit. */
  isComplete: boolean;
  /** The input's selection (`[start, end)`, a caret when equal) while focused; `null` without focus. */
  selection: CodeSelection | null;
  /** The slots to draw over the input: each one's digit, and whether it is active or holds the caret. */
  slots: readonly CodeSlot[];
}

// Layout effects warn during server rendering on React 18; effects are the same there.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * The behaviour of a one-time-code field, for your own `<input>` (a shadcn/ui or Tailwind design system): the
 * attributes that make autofill and mobile keyboards work (`autocomplete="one-time-code"`, numeric input),
 * sanitising of typing, paste and autofill (any Unicode digits become ASCII, the rest is dropped), WebOTP, and
 * the label, description and error wiring. Like React Aria's hooks, it returns props to spread; put `ref` on the
 * input. One keystroke is one render.
 *
 * @example
 * const ref = useRef<HTMLInputElement>(null);
 * const field = useCodeField({ onComplete: submit, description: true }, ref);
 * <label {...field.labelProps}>Code</label>
 * <input ref={ref} {...field.inputProps} className="rounded border px-3 tracking-widest" />
 * <p {...field.descriptionProps}>Enter the 6-digit code.</p>
 */
export function useCodeField(
  options: UseCodeFieldOptions,
  ref: RefObject<HTMLInputElement | null>,
): CodeFieldResult {
  const {
    length = 6,
    value: valueProp,
    defaultValue,
    onChange,
    onValueChange,
    onComplete,
    invalid,
    webOtp,
    description,
    errorMessage,
    onFocus,
    onBlur,
    onKeyDown,
    onPaste,
    onPointerDown,
    id: givenId,
    'aria-describedby': givenDescribedBy,
    ...inputAttributes
  } = options;
  const size = codeLength(length);
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const isControlled = valueProp !== undefined;
  const [internalValue, setInternalValue] = useState(() => sanitizeCode(defaultValue ?? '', size));
  const [selection, setSelection] = useState<CodeSelection | null>(null);
  const [draft, setDraft] = useState<string | null>(null);
  const value = sanitizeCode(isControlled ? valueProp : internalValue, size);
  // What was rendered, read by the field's watchers outside render.
  const rendered = useRef({ value, isControlled });
  // The field's behaviour (@mfa-kit/core), made with the input it watches.
  const field = useRef<CodeField | null>(null);

  useIsomorphicLayoutEffect(() => {
    rendered.current = { value, isControlled };
  });
  // Attached before the ref is handed out, so react-hook-form's first write is seen too.
  useIsomorphicLayoutEffect(() => {
    const input = ref.current;
    if (!input) return;
    const made = createCodeField({
      onSelectionChange: setSelection,
      onCompositionDraft: setDraft,
      // React's own writes (of what it rendered) are no news.
      onWrite: (code) => {
        const current = rendered.current;
        if (!current.isControlled && code !== current.value) setInternalValue(code);
      },
    });
    field.current = made;
    return made.attach(input);
  }, [ref]);
  useEffect(() => {
    const input = ref.current;
    return webOtp && input ? field.current?.fillFromSms(input) : undefined;
  }, [ref, webOtp]);

  // While an IME composes, the input shows its draft: a re-render (a countdown's tick) must not write the code over it.
  const shown = draft ?? value;

  const describedBy = [
    givenDescribedBy,
    errorMessage && invalid ? `${id}-error` : null,
    description ? `${id}-description` : null,
  ]
    .filter(Boolean)
    .join(' ');

  return {
    inputProps: {
      ...inputAttributes,
      id,
      type: 'text',
      inputMode: 'numeric',
      autoComplete: 'one-time-code',
      autoCorrect: 'off',
      spellCheck: false,
      pattern: `\\d{${size}}`,
      maxLength: size,
      dir: 'ltr',
      value: shown,
      ...(invalid && { 'aria-invalid': true }),
      'aria-describedby': describedBy || undefined,
      onChange: (event) => {
        // Value and selection land in one batched update: one commit per keystroke.
        const next = field.current?.input(event.currentTarget) ?? value;
        if (next === value) return;
        if (!isControlled) setInternalValue(next);
        onChange?.(event);
        onValueChange?.(next);
        if (next.length === size) onComplete?.(next);
      },
      onPointerDown: (event) => {
        onPointerDown?.(event);
        field.current?.pointerDown();
      },
      onFocus: (event) => {
        onFocus?.(event);
        field.current?.focus(event.currentTarget);
      },
      onBlur: (event) => {
        onBlur?.(event);
        field.current?.blur();
      },
      onKeyDown: (event) => {
        onKeyDown?.(event);
        field.current?.keyDown(event);
      },
      onPaste: (event) => {
        onPaste?.(event);
        field.current?.paste(event);
      },
    },
    labelProps: { id: `${id}-label`, htmlFor: id },
    descriptionProps: { id: `${id}-description` },
    errorMessageProps: { id: `${id}-error` },
    value,
    length: size,
    isComplete: value.length === size,
    selection,
    slots: codeSlots(value, size, selection),
  };
}
