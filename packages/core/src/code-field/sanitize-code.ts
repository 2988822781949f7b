const ASCII_ZERO = 0x30;
const ASCII_NINE = 0x39;
const DECIMAL_DIGIT = /^\p{Nd}$/u;

function isDecimalDigit(codePoint: number): boolean {
  return codePoint >= 0 && DECIMAL_DIGIT.test(String.fromCodePoint(codePoint));
}

/**
 * The value 0-9 of any Unicode decimal digit (`\p{Nd}`), or -1.
 *
 * Unicode guarantees decimal digits come in unbroken runs of ten, 0 to 9, so a digit's value is its
 * distance from the start of its run, modulo ten (adjacent runs, as in the mathematical digits,
 * stay aligned). That needs no table of every script's zero.
 */
export function decimalDigitValue(codePoint: number): number {
  if (codePoint >= ASCII_ZERO && codePoint <= ASCII_NINE) return codePoint - ASCII_ZERO;
  if (codePoint < 0x80 || !isDecimalDigit(codePoint)) return -1;
  let zero = codePoint;
  while (isDecimalDigit(zero - 1)) zero--;
  return (codePoint - zero) % 10;
}

/**
 * Turns whatever was typed, pasted or autofilled into a code of at most `length` ASCII digits.
 *
 * Digits of any script (full-width, Arabic-Indic, Devanagari...) become ASCII; everything else
 * (spaces, dashes, letters, emoji) is dropped; the result is cut at `length`. It reads the input
 * once and stops as soon as the code is full, so a megabyte of clipboard costs nothing.
 */
export function sanitizeCode(raw: string, length: number): string {
  if (typeof raw !== 'string' || !(length > 0)) return '';
  let code = '';
  for (let index = 0; index < raw.length && code.length < length; index++) {
    const codePoint = raw.codePointAt(index) ?? 0;
    if (codePoint > 0xffff) index++;
    const digit = decimalDigitValue(codePoint);
    if (digit >= 0) code += digit;
  }
  return code;
}
