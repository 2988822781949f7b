/** What the harness gives every kit: a controlled six-digit code, the same way for all of them. */
export interface KitProps {
  value: string;
  onChange: (value: string) => void;
}

/** Digits in every code the bench types, pastes and autofills. */
export const CODE_LENGTH = 6;
