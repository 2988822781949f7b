import { mfaAddChoices, mfaSettingsMethods } from '@mfa-kit/core';
import type {
  MfaApiError,
  MfaDevices,
  MfaEnrollChoice,
  MfaKeptReason,
  MfaRemovalPolicy,
  MfaSettingsMethod,
  MfaStrategy,
} from '@mfa-kit/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useMfaDevices } from './use-mfa-devices.js';

/** Options of {@link useMfaSettings}: the removal policy, and what the tenant allows to add. */
export interface UseMfaSettingsOptions extends MfaRemovalPolicy {
  /**
   * The tenant's strategies (e.g. `useMfaStrategies().data?.strategies`): only the factors they allow are offered
   * to add. Without them, every factor this kit adds is offered.
   */
  strategies?: readonly MfaStrategy[] | undefined;
}

/** The one add or remove step open, as the settings show it in place. */
export type MfaSettingsPanel =
  | { readonly action: 'add'; readonly choice: MfaEnrollChoice }
  | { readonly action: 'remove'; readonly method: MfaSettingsMethod };

/** Where the settings stand: the devices are loading, failed to load, or loaded (with no method, or some). */
export type MfaSettingsState = 'loading' | 'error' | 'empty' | 'ready';

/** What {@link useMfaSettings} returns. */
export interface UseMfaSettingsResult {
  state: MfaSettingsState;
  /** The user's methods in the order to list them, each with whether and how it is removed (`removal`). */
  methods: readonly MfaSettingsMethod[];
  /** What can be added, in the order to offer it; `sms` is a phone (`useAddPhone`). */
  addChoices: readonly MfaEnrollChoice[];
  /** The devices query under it: `isFetching`, `error` and `refetch` (a failed load's Try again). */
  devices: UseQueryResult<MfaDevices, MfaApiError>;
  /** The add or remove step open, one at a time; `null` when none. Gone with its method once that is removed. */
  panel: MfaSettingsPanel | null;
  /** The method whose Remove was pressed though the policy keeps it, and why; `null` after any other press. */
  kept: { readonly method: MfaSettingsMethod; readonly reason: MfaKeptReason } | null;
  /** A press on Add `choice`: opens its step, or closes it when it is open. */
  toggleAdd: (choice: MfaEnrollChoice) => void;
  /** A press on a method's Remove: opens its removal, closes it when open, or says why the method is kept. */
  toggleRemove: (method: MfaSettingsMethod) => void;
  /** Closes the open step (its Cancel, Escape, or its `onDone`). */
  close: () => void;
}

type OpenStep = { action: 'add'; choice: MfaEnrollChoice } | { action: 'remove'; id: string };

/**
 * Everything a security-settings page needs, without the kit's ui: the user's methods (`useMfaDevices`) with
 * what the removal policy allows for each (`mfaSettingsMethods`), what can be added (`mfaAddChoices`), and
 * which one add or remove step is open. Each step is its own hook: `useAddAuthenticator`, `useAddPhone`,
 * `useAddWebAuthn` for a choice; `useRemoveAuthenticator`, `useRemoveWebAuthn`, `useRemovePhone`,
 * `useRemovePhoneWithCode` for a method's `removal.way`. Their `onDone` is where to call `close`.
 *
 * @example
 * const settings = useMfaSettings({ mfaEnforced: tenant.mfaEnforced });
 * settings.methods.map((method) => (
 *   <button key={method.id} onClick={() => settings.toggleRemove(method)}>Remove</button>
 * ));
 */
export function useMfaSettings({
  mfaEnforced,
  confirmPhoneRemovalWithCode,
  strategies,
}: UseMfaSettingsOptions = {}): UseMfaSettingsResult {
  const devices = useMfaDevices();
  const methods = useMemo(
    () =>
      devices.data
        ? mfaSettingsMethods(devices.data, { mfaEnforced, confirmPhoneRemovalWithCode })
        : [],
    [devices.data, mfaEnforced, confirmPhoneRemovalWithCode],
  );
  const addChoices = useMemo(() => mfaAddChoices(strategies), [strategies]);
  const [open, setOpen] = useState<OpenStep | null>(null);
  const [keptId, setKeptId] = useState<string | null>(null);

  const toggleAdd = useCallback((choice: MfaEnrollChoice) => {
    setKeptId(null);
    setOpen((current) =>
      current?.action === 'add' && current.choice === choice ? null : { action: 'add', choice },
    );
  }, []);
  const toggleRemove = useCallback((method: MfaSettingsMethod) => {
    if (!method.removal.removable) {
      setOpen(null);
      setKeptId(method.id);
      return;
    }
    setKeptId(null);
    setOpen((current) =>
      current?.action === 'remove' && current.id === method.id
        ? null
        : { action: 'remove', id: method.id },
    );
  }, []);
  const close = useCallback(() => setOpen(null), []);

  return useMemo(() => {
    const byId = (id: string | null) => methods.find((method) => method.id === id);
    const removing = open?.action === 'remove' ? byId(open.id) : undefined;
    const keptMethod = byId(keptId);
    return {
      state: devices.isPending
        ? 'loading'
        : !devices.data
          ? 'error'
          : methods.length === 0
            ? 'empty'
            : 'ready',
      methods,
      addChoices,
      devices,
      panel:
        open?.action === 'add' ? open : removing ? { action: 'remove', method: removing } : null,
      kept:
        keptMethod && !keptMethod.removal.removable
          ? { method: keptMethod, reason: keptMethod.removal.reason }
          : null,
      toggleAdd,
      toggleRemove,
      close,
    };
  }, [devices, methods, addChoices, open, keptId, toggleAdd, toggleRemove, close]);
}
