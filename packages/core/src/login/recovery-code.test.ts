import { expect, test } from 'vitest';
import { normalizeRecoveryCode } from './recovery-code.js';

test.each([
  ['CAUF-97UL-VTB3', 'CAUF-97UL-VTB3'],
  ['  CAUF-97UL-VTB3\n', 'CAUF-97UL-VTB3'],
  ['CAUF 97UL  VTB3', 'CAUF-97UL-VTB3'],
  ['CAUF - 97UL – VTB3', 'CAUF-97UL-VTB3'],
  ['cauf-97ul-vtb3', 'cauf-97ul-vtb3'],
])('normalizeRecoveryCode(%j) is %j', (typed, issued) => {
  expect(normalizeRecoveryCode(typed)).toBe(issued);
});
