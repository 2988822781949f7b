import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import { enMessages } from './en.js';
import type { MfaMessageGroup, MfaMessages, MfaMessagesOverride } from './messages.js';
import { MOVED_MESSAGES } from './moved-messages.js';

const MessagesContext = /* @__PURE__ */ createContext<MfaMessages>(enMessages);

const GROUPS: readonly MfaMessageGroup[] = [
  'errors',
  'email',
  'smsDisable',
  'devices',
  'totp',
  'sms',
  'webauthn',
  'recovery',
  'loginStep',
  'enrol',
  'settings',
  'stepUp',
];

/**
 * `base` with `override` on top; the texts inside a group (error messages, a factor's texts) merge one by one.
 * A text under its name from before the grouping lands in its group.
 */
export function mergeMessages(
  base: MfaMessages,
  override: MfaMessagesOverride | undefined,
): MfaMessages {
  if (!override) return base;
  const merged: Record<string, unknown> = { ...base, ...override };
  for (const group of GROUPS) merged[group] = { ...base[group], ...override[group] };
  for (const [name, [group, key]] of Object.entries(MOVED_MESSAGES)) {
    if (!(name in override)) continue;
    (merged[group] as Record<string, unknown>)[key] = merged[name];
    delete merged[name];
  }
  return merged as unknown as MfaMessages;
}

/** Props of {@link MfaMessagesProvider}. */
export interface MfaMessagesProviderProps {
  /** A whole locale (`heMessages`) or some texts to replace; merged over any outer provider. */
  messages?: MfaMessagesOverride | undefined;
  children?: ReactNode;
}

/** Sets the texts of every kit component inside it. Optional: English is the default. */
export function MfaMessagesProvider({ messages, children }: MfaMessagesProviderProps) {
  const parent = useContext(MessagesContext);
  const value = useMemo(() => mergeMessages(parent, messages), [parent, messages]);
  return <MessagesContext.Provider value={value}>{children}</MessagesContext.Provider>;
}

/** The texts in effect: the nearest provider's (English without one), with `override` on top. */
export function useMfaMessages(override?: MfaMessagesOverride): MfaMessages {
  const context = useContext(MessagesContext);
  return useMemo(() => mergeMessages(context, override), [context, override]);
}
