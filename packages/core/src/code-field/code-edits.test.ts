import { describe, expect, it } from 'vitest';
import { codeLength, insertIntoCode, normalizeSelection } from './code-edits.js';

describe('codeLength', () => {
  it.each([
    [6, 6],
    [4.7, 4],
    [0, 1],
    [-3, 1],
    [1000, 32],
    [Number.POSITIVE_INFINITY, 32],
    [Number.NaN, 6],
  ])('turns %s into %s', (length, expected) => {
    expect(codeLength(length)).toBe(expected);
  });
});

describe('normalizeSelection', () => {
  it('keeps a caret while the code is incomplete, so typing inserts', () => {
    expect(normalizeSelection(2, 2, 3, 6)).toEqual([2, 2]);
    expect(normalizeSelection(3, 3, 3, 6)).toEqual([3, 3]);
  });

  it('turns a caret in a full code into a one-digit selection, so typing overwrites', () => {
    expect(normalizeSelection(2, 2, 6, 6)).toEqual([2, 3]);
    expect(normalizeSelection(0, 0, 6, 6)).toEqual([0, 1]);
    expect(normalizeSelection(6, 6, 6, 6)).toEqual([5, 6]);
  });

  it('leaves a real selection alone', () => {
    expect(normalizeSelection(1, 4, 6, 6)).toEqual([1, 4]);
    expect(normalizeSelection(0, 2, 3, 6)).toEqual([0, 2]);
  });
});

describe('insertIntoCode', () => {
  it('replaces everything with a whole code', () => {
    expect(insertIntoCode('12', [1, 1], '987 654', 6)).toEqual({ value: '987654', caret: 6 });
  });

  it('inserts a partial code at the caret, cut at the length', () => {
    expect(insertIntoCode('12', [2, 2], '3-4', 6)).toEqual({ value: '1234', caret: 4 });
    expect(insertIntoCode('1256', [2, 2], '34', 6)).toEqual({ value: '123456', caret: 4 });
    expect(insertIntoCode('12345', [1, 1], '99', 6)).toEqual({ value: '199234', caret: 3 });
  });

  it('replaces the selected digits', () => {
    expect(insertIntoCode('123456', [2, 4], '9', 6)).toEqual({ value: '12956', caret: 3 });
  });

  it('changes nothing for text without digits', () => {
    expect(insertIntoCode('12', [2, 2], 'hello', 6)).toBeNull();
  });
});
