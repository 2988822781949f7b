import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import { enMessages } from './en.js';
import type { MfaMessageGroup, MfaMessages, MfaMessagesOverride } from './messages.js';
import { MOVED_MESSAGES, RENAMED_GROUPS } from './moved-messages.js';

const MessagesContext = /* @__PURE__ */ createContext<MfaMessages>(enMessages);

/**
 * `base` with `override` on top; the texts inside a group (error messages, a factor's texts) merge one by one.
 * A text under its name from before the grouping lands in its group, a group under its old name in the group.
 */
export function mergeMessages(
  base: MfaMessages,
  override: MfaMessagesOverride | undefined,
): MfaMessages {
  if (!override) return base;
  const merged: Record<string, unknown> = { ...base, ...override };
  // The groups are the keys that hold an object of texts (`MfaMessageGroup`), read from `base`, a whole set: no
  // list to keep, and so no group that an override would replace whole for being left off one.
  for (const key of Object.keys(base) as (keyof MfaMessages)[]) {
    if (typeof base[key] !== 'object') continue;
    const group = key as MfaMessageGroup;
    merged[group] = { ...base[group], ...override[group] };
  }
  for (const [name, group] of Object.entries(RENAMED_GROUPS)) {
    if (!(name in override)) continue;
    const renamed = override[name as keyof typeof RENAMED_GROUPS];
    merged[group] = { ...base[group], ...renamed, ...override[group] };
    delete merged[name];
  }
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
