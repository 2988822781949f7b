import { useCodeField } from '@mfa-kit/react';
import type { UseCodeFieldOptions } from '@mfa-kit/react';
import { forwardRef, useImperativeHandle, useRef } from 'react';
import type { CSSProperties } from 'react';

/**
 * Props of {@link CodeInput}: those of `useCodeField` (`length`, `value`, `onChange`, `onComplete`,
 * `invalid`, `webOtp`…). Every other prop goes to the underlying `<input>`.
 */
export interface CodeInputProps extends Omit<UseCodeFieldOptions, 'description' | 'errorMessage'> {
  /** Draws each digit as a dot. The value itself is unchanged. */
  masked?: boolean | undefined;
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
  function CodeInput({ masked = false, className, style, ...props }, ref) {
    const inputRef = useRef<HTMLInputElement>(null);
    const field = useCodeField(props, inputRef);
    // After the field's watchers, so react-hook-form's first write through this ref is seen.
    useImperativeHandle(ref, () => inputRef.current as HTMLInputElement, []);

    return (
      <div
        className={className ? `mfa-code ${className}` : 'mfa-code'}
        // The slot count, for the stylesheet to fit the slots and the input's digits to a narrow container.
        style={{ '--mfa-code-length': String(field.slots.length), ...style } as CSSProperties}
        dir="ltr"
        // A page translator would rewrite the digits drawn in the slots (and could the input's value).
        translate="no"
        data-complete={field.isComplete || undefined}
        data-invalid={props.invalid || undefined}
        data-disabled={props.disabled || undefined}
      >
        <div className="mfa-code__slots" aria-hidden="true">
          {field.slots.map((slot, index) => (
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
          <input {...field.inputProps} ref={inputRef} className="mfa-code__input" />
        </div>
      </div>
    );
  },
);
