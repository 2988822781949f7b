import type { ChangeEvent } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { describe, expectTypeOf, it } from 'vitest';
import type { CodeInputProps } from './code-input.js';

describe('CodeInputProps', () => {
  it('accepts what react-hook-form register returns', () => {
    expectTypeOf<UseFormRegisterReturn<'code'>>().toExtend<CodeInputProps>();
  });

  it('gives onChange the native event and onValueChange the code', () => {
    expectTypeOf<NonNullable<CodeInputProps['onChange']>>()
      .parameter(0)
      .toEqualTypeOf<ChangeEvent<HTMLInputElement>>();
    expectTypeOf<NonNullable<CodeInputProps['onValueChange']>>()
      .parameter(0)
      .toEqualTypeOf<string>();
    expectTypeOf<NonNullable<CodeInputProps['onComplete']>>().parameter(0).toEqualTypeOf<string>();
  });

  it('fixes what makes it a one-time-code field', () => {
    expectTypeOf<CodeInputProps>().not.toHaveProperty('type');
    expectTypeOf<CodeInputProps>().not.toHaveProperty('autoComplete');
    expectTypeOf<CodeInputProps>().not.toHaveProperty('maxLength');
  });
});
