import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import { enMessages } from './en.js';
import type { MfaMessages, MfaMessagesOverride } from './messages.js';

const MessagesContext = /* @__PURE__ */ createContext<MfaMessages>(enMessages);

/** `base` with `override` on top; error messages merge one by one. */
export function mergeMessages(
  base: MfaMessages,
  override: MfaMessagesOverride | undefined,
): MfaMessages {
  if (!override) return base;
  return { ...base, ...override, errors: { ...base.errors, ...override.errors } };
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
