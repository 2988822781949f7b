import type { MfaPhoneDevice } from '@mfa-kit/core';
import { useMfaDevices } from '@mfa-kit/react';
import type { MfaFlowOptions } from '@mfa-kit/react';
import { useEffect, useId, useRef, useState } from 'react';
import { RemovePhoneWithCodeForm } from '../remove-phone-with-code-form/remove-phone-with-code-form.js';
import { phoneInText } from '../mask/in-text.js';
import { maskPhone, phoneLastDigits } from '../mask/mask-phone.js';
import { DevicesStatus, devicesState } from './devices-status.js';
import type { MfaMessagesOverride } from '../messages/messages.js';
import { MfaMessagesProvider, useMfaMessages } from '../messages/messages-context.js';

/** Props of {@link MfaDeviceList}. The timing options go to each `RemovePhoneWithCodeForm`. */
export interface MfaDeviceListProps extends MfaFlowOptions {
  /** Called after a phone was removed (the list is already refreshed). */
  onRemoved?: ((deviceId: string) => void) | undefined;
  /** @deprecated Use `onRemoved`. */
  onDisabled?: ((deviceId: string) => void) | undefined;
  /** Texts to replace, or a whole locale (`heMessages`). */
  messages?: MfaMessagesOverride | undefined;
  /** Class of the `<section>`, after `mfa-card mfa-form`. */
  className?: string | undefined;
}

/**
 * The signed-in user's phones for sign-in codes, each masked (`•••• 4567`) with a Disable button
 * that opens {@link RemovePhoneWithCodeForm} in place (one at a time). Loading, empty and error (with
 * Try again) states; the list refreshes after a phone is turned off and says so. `data-state`:
 * `loading`, `error`, `empty` or `ready`.
 *
 * @example
 * <MfaDeviceList onRemoved={() => toast('Text-message codes are off')} />
 */
export function MfaDeviceList({
  messages,
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the old name still works for one minor version
  onDisabled,
  onRemoved = onDisabled,
  ...props
}: MfaDeviceListProps) {
  return (
    <MfaMessagesProvider messages={messages}>
      <MfaDeviceListBody {...props} onRemoved={onRemoved} />
    </MfaMessagesProvider>
  );
}

// Rendered inside the instance's provider, so that its hooks and parts read the instance's texts.
function MfaDeviceListBody({
  onRemoved,
  className,
  ...flowOptions
}: Omit<MfaDeviceListProps, 'messages' | 'onDisabled'>) {
  const messages = useMfaMessages();
  const devices = useMfaDevices();
  const phones = devices.data?.phones;
  const [open, setOpen] = useState<MfaPhoneDevice | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // Where focus goes once a form closes: its device's button, or the title when the device is gone.
  const returnFocus = useRef<string | null>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const titleId = useId();

  useEffect(() => {
    if (returnFocus.current === null) return;
    (buttons.current.get(returnFocus.current) ?? titleRef.current)?.focus();
    returnFocus.current = null;
  });

  // The open form stays while its device leaves the refreshed list, until it reports the end.
  const rows =
    open && phones && !phones.some((phone) => phone.id === open.id)
      ? [...phones, open]
      : (phones ?? []);
  const state = devicesState(devices, rows.length);

  return (
    <section
      className={className ? `mfa-card mfa-form ${className}` : 'mfa-card mfa-form'}
      lang={messages.locale}
      dir={messages.dir}
      aria-labelledby={titleId}
      aria-busy={devices.isFetching || undefined}
      data-state={state}
    >
      <h2 className="mfa-title" id={titleId} ref={titleRef} tabIndex={-1}>
        {messages.devices.title}
      </h2>
      <DevicesStatus
        devices={devices}
        state={state}
        announcement={announcement}
        texts={messages.devices}
      />
      {rows.length > 0 && (
        <ul className="mfa-device-list" aria-labelledby={titleId}>
          {rows.map((device) => {
            const { id, phoneNumber } = device;
            const lastDigits = phoneLastDigits(phoneNumber);
            const isOpen = open?.id === id;
            const close = (gone: boolean) => {
              setOpen(null);
              returnFocus.current = gone ? '' : id;
            };
            return (
              <li key={id} data-device-id={id} data-open={isOpen || undefined}>
                <span className="mfa-phone">
                  <span aria-hidden="true" translate="no">
                    {maskPhone(phoneNumber)}
                  </span>
                  <span className="mfa-visually-hidden">
                    {messages.devices.phoneEndingIn(lastDigits)}
                  </span>
                </span>
                {isOpen ? (
                  <RemovePhoneWithCodeForm
                    {...flowOptions}
                    deviceId={id}
                    phoneNumber={phoneNumber}
                    headingLevel={3}
                    onCancel={() => close(false)}
                    onDone={() => {
                      close(true);
                      setAnnouncement(messages.removePhoneWithCode.done(phoneInText(phoneNumber)));
                      onRemoved?.(id);
                    }}
                  />
                ) : (
                  <button
                    ref={(button) => {
                      if (button) buttons.current.set(id, button);
                      else buttons.current.delete(id);
                    }}
                    type="button"
                    className="mfa-button"
                    data-variant="secondary"
                    aria-label={messages.devices.removeLabel(lastDigits)}
                    onClick={() => {
                      setOpen(device);
                      setAnnouncement('');
                    }}
                  >
                    {messages.devices.remove}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
