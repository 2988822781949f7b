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
import { isStepUpCancelled } from './step-up-cancelled.js';
import { useMfaDevices } from './use-mfa-devices.js';
import { useStepUpAction } from './use-step-up-action.js';
import type { UseStepUpOptions } from './use-step-up.js';

/** Options of {@link useMfaSettings}: the removal policy, and what the tenant allows to add. */
export interface UseMfaSettingsOptions extends MfaRemovalPolicy {
  /**
   * The tenant's strategies (e.g. `useMfaStrategies().data?.strategies`): only the factors they allow are offered
   * to add. Without them, every factor this kit adds is offered.
   */
  strategies?: readonly MfaStrategy[] | undefined;
  /**
   * Ask for a second factor again (step-up) before an add or remove step opens, when the current token did not prove
   * one within `maxAge` seconds (`useStepUpAction`: mount a `StepUpDialog`, or your own `useStepUpPrompt` screen).
   * The step the user asked for opens once they pass it; closing it leaves the page as it was. A user with no
   * second factor adds their first without one. Default: no step-up.
   */
  stepUp?: UseStepUpOptions | undefined;
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
  /** A press on Add `choice`: opens its step (after a step-up, with `stepUp`), or closes it when it is open. */
  toggleAdd: (choice: MfaEnrollChoice) => void;
  /**
   * A press on a method's Remove: opens its removal (after a step-up, with `stepUp`), closes it when open, or says
   * why the method is kept.
   */
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
  stepUp,
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

  // Opening a step is the sensitive action; closing one, or saying why a method is kept, needs no step-up.
  const steppedUpOpen = useStepUpAction((step: OpenStep) => setOpen(step), {
    maxAge: stepUp?.maxAge,
    clock: stepUp?.clock,
    allowWithoutFactor: true,
  });
  const askStepUp = stepUp !== undefined;
  const openStep = useCallback(
    (step: OpenStep) => {
      if (!askStepUp) return setOpen(step);
      steppedUpOpen(step).catch((error: unknown) => {
        if (!isStepUpCancelled(error)) throw error;
      });
    },
    [askStepUp, steppedUpOpen],
  );

  const toggleAdd = useCallback(
    (choice: MfaEnrollChoice) => {
      setKeptId(null);
      if (open?.action === 'add' && open.choice === choice) setOpen(null);
      else openStep({ action: 'add', choice });
    },
    [open, openStep],
  );
  const toggleRemove = useCallback(
    (method: MfaSettingsMethod) => {
      if (!method.removal.removable) {
        setOpen(null);
        setKeptId(method.id);
        return;
      }
      setKeptId(null);
      if (open?.action === 'remove' && open.id === method.id) setOpen(null);
      else openStep({ action: 'remove', id: method.id });
    },
    [open, openStep],
  );
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
