import { useCodeField } from '@mfa-kit/react';
import { forwardRef, useImperativeHandle, useRef } from 'react';
import type { ChangeEvent, InputHTMLAttributes } from 'react';
import { getSlots } from './code-slots.js';

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

/**
 * A one-time-code field: one real `<input autocomplete="one-time-code">`, transparent, over drawn
 * slots. Autofill, paste, undo and screen readers work on the real input; the slots only mirror its
 * value and selection. Its behaviour is `useCodeField` of `@mfa-kit/react`: input of any kind is
 * sanitised (see `sanitizeCode`), never rejected.
 */
export const CodeInput = /* @__PURE__ */ forwardRef<HTMLInputElement, CodeInputProps>(
  function CodeInput(
    {
      length = 6,
      value,
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
      id,
      'aria-describedby': describedBy,
      onFocus,
      onBlur,
      onKeyDown,
      onPaste,
      onPointerDown,
      ...inputProps
    },
    ref,
  ) {
    const inputRef = useRef<HTMLInputElement>(null);
    const field = useCodeField(
      {
        length,
        value,
        defaultValue,
        onChange,
        onValueChange,
        onComplete,
        invalid,
        webOtp,
        id,
        'aria-describedby': describedBy,
        onFocus,
        onBlur,
        onKeyDown,
        onPaste,
        onPointerDown,
      },
      inputRef,
    );
    // After the field's watchers, so react-hook-form's first write through this ref is seen.
    useImperativeHandle(ref, () => inputRef.current as HTMLInputElement, []);
    const size = field.inputProps.maxLength;

    return (
      <div
        className={className ? `mfa-code ${className}` : 'mfa-code'}
        style={style}
        dir="ltr"
        data-complete={field.isComplete || undefined}
        data-invalid={invalid || undefined}
        data-disabled={disabled || undefined}
      >
        <div className="mfa-code__slots" aria-hidden="true">
          {getSlots(field.value, size, field.selection).map((slot, index) => (
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
            {...inputProps}
            {...field.inputProps}
            ref={inputRef}
            className="mfa-code__input"
            disabled={disabled}
          />
        </div>
      </div>
    );
  },
);
