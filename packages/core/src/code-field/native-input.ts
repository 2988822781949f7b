// DOM plumbing for a code field's single <input>: writes that frameworks notice, and writes they don't make.

/** The `value` accessors of an input, typed as plain functions to be called with the input as `this`. */
interface ValueAccessors {
  readonly get?: (this: HTMLInputElement) => string;
  readonly set?: (this: HTMLInputElement, value: string) => void;
  readonly enumerable?: boolean;
}

function valueAccessors(target: object): ValueAccessors | undefined {
  return Object.getOwnPropertyDescriptor(target, 'value');
}

function prototypeValueSetter(input: HTMLInputElement): ValueAccessors['set'] {
  return valueAccessors(Object.getPrototypeOf(input) as object)?.set;
}

/**
 * Puts `value` into the input the way typing would: through the prototype's setter (so React's
 * change tracking sees a new value) followed by an `input` event, so the same onChange path runs
 * for typing, paste, autofill and WebOTP.
 */
export function replaceInputValue(input: HTMLInputElement, value: string, caret: number): void {
  prototypeValueSetter(input)?.call(input, value);
  if (input.matches(':focus')) input.setSelectionRange(caret, caret);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * Calls `onWrite` with the written value (in a microtask, after any React commit in progress)
 * whenever code assigns `input.value` directly, as react-hook-form's `setValue` and `reset` do for
 * registered inputs. Returns a function that removes the watch.
 */
export function watchValueWrites(
  input: HTMLInputElement,
  onWrite: (value: string) => void,
): () => void {
  // React keeps its own tracker as an own property; wrap it rather than replace it.
  const own = Object.getOwnPropertyDescriptor(input, 'value');
  const descriptor =
    (own as ValueAccessors | undefined) ?? valueAccessors(Object.getPrototypeOf(input) as object);
  const get = descriptor?.get;
  const set = descriptor?.set;
  if (!get || !set) return () => undefined;
  Object.defineProperty(input, 'value', {
    configurable: true,
    enumerable: descriptor.enumerable ?? false,
    get(this: HTMLInputElement) {
      return get.call(this);
    },
    set(this: HTMLInputElement, next: string) {
      set.call(this, next);
      // The written value, not the input's by then: a re-render may have written React's over it.
      const written = String(next);
      queueMicrotask(() => onWrite(written));
    },
  });
  return () => {
    if (own) Object.defineProperty(input, 'value', own);
    else Reflect.deleteProperty(input, 'value');
  };
}
