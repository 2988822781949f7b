import { expect, test } from 'vitest';
import { enrollmentRecoveryCode, normalizeRecoveryCode } from './recovery-code.js';

test.each([
  ['CAUF-97UL-VTB3', 'CAUF-97UL-VTB3'],
  ['  CAUF-97UL-VTB3\n', 'CAUF-97UL-VTB3'],
  ['CAUF 97UL  VTB3', 'CAUF-97UL-VTB3'],
  ['CAUF - 97UL – VTB3', 'CAUF-97UL-VTB3'],
  ['cauf-97ul-vtb3', 'cauf-97ul-vtb3'],
])('normalizeRecoveryCode(%j) is %j', (typed, issued) => {
  expect(normalizeRecoveryCode(typed)).toBe(issued);
});

test.each([
  [
    'the enrollment answer holds one',
    { recoveryCode: 'NEW1-NEW2' },
    { recoveryCode: 'OLD1-OLD2' },
    'NEW1-NEW2',
  ],
  ['only the login answer holds one', {}, { recoveryCode: 'OLD1-OLD2' }, 'OLD1-OLD2'],
  [
    'the enrollment answer holds an empty one',
    { recoveryCode: '' },
    { recoveryCode: 'OLD1-OLD2' },
    'OLD1-OLD2',
  ],
  ['neither holds one', {}, {}, undefined],
  ['only empty ones', { recoveryCode: '' }, { recoveryCode: '' }, undefined],
])('enrollmentRecoveryCode: %s', (_case, answer, loginAnswer, shown) => {
  expect(enrollmentRecoveryCode(answer, loginAnswer)).toBe(shown);
});
