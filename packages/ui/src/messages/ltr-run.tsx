// A masked phone, an address or a code inside a sentence is a left-to-right run: in a right-to-left sentence the
// bidi algorithm would otherwise move its `+`, dots and digits around, and a page translator would rewrite it.
// The value is marked with Unicode's own isolate marks (LRI … PDI) before a message words it, so a message
// stays a plain `(value: string) => string`, and the text reads right wherever it lands; the kit's forms then
// draw each run as an element a translator leaves alone.

const LRI = '\u2066';
const PDI = '\u2069';
// A run the kit marked: LRI, text without isolate marks, PDI. Split keeps the capture: odd parts are runs.
const RUN = /\u2066([^\u2066-\u2069]*)\u2069/;

/** `value` (a masked phone or address, a code) marked as a left-to-right run, for a message to word around it. */
export function ltrRun(value: string): string {
  return `${LRI}${value}${PDI}`;
}

/**
 * A message's text, each left-to-right run in it (`ltrRun`) drawn as `<bdi dir="ltr" translate="no">`: isolated
 * from the sentence's direction, untouched by page translators, kept on one line (`.mfa-ltr-run`), and read with
 * the sentence as one text.
 */
export function MessageText({ text }: { text: string }) {
  const parts = text.split(RUN);
  if (parts.length === 1) return text;
  return parts.map((part, index) =>
    index % 2 === 1 ? (
      <bdi key={index} className="mfa-ltr-run" dir="ltr" translate="no">
        {part}
      </bdi>
    ) : (
      part
    ),
  );
}
