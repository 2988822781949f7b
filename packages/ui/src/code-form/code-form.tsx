import { useEffect, useId, useRef } from 'react';
import type { ReactNode, SyntheticEvent } from 'react';
import { MessageText } from '../messages/ltr-run.js';
import { useMfaMessages } from '../messages/messages-context.js';
import type { CodeFormView } from './connect-code-form.js';

/** Props of {@link CodeForm}. */
export interface CodeFormProps {
  /** What the shell shows of the form's view: its stage, whether busy, the status line. */
  view: Pick<CodeFormView, 'stage' | 'busy' | 'status'>;
  /** The factor's step, as `data-step` (the view's stage is `data-stage`: `start`, `code` or `done`). */
  step: string;
  /** The heading, which names the form. */
  title: string;
  /** Level of the heading. Default 1. */
  headingLevel?: 1 | 2 | 3 | 4 | undefined;
  /** After `mfa-card mfa-form`. */
  className?: string | undefined;
  /** The form's submit (`useCodeForm().formProps.onSubmit`). */
  onSubmit: (event: SyntheticEvent<HTMLFormElement>) => void;
  /** Under the status line: the code part (`CodeFields`), or a step of your own. */
  children?: ReactNode;
}

/**
 * The shell of every code form: a `<form>` named by its heading, in the messages' language and direction, busy
 * while a request is in flight, with the status line under the heading. Once done, the status is a success alert
 * and takes focus (what held it is gone).
 */
export function CodeForm({
  view,
  step,
  title,
  headingLevel = 1,
  className,
  onSubmit,
  children,
}: CodeFormProps) {
  const messages = useMfaMessages();
  const titleId = useId();
  const statusRef = useRef<HTMLParagraphElement>(null);
  const Heading = `h${headingLevel}` as const;
  const done = view.stage === 'done';

  useEffect(() => {
    if (done) statusRef.current?.focus();
  }, [done]);

  return (
    <form
      className={className ? `mfa-card mfa-form ${className}` : 'mfa-card mfa-form'}
      lang={messages.locale}
      dir={messages.dir}
      aria-labelledby={titleId}
      aria-busy={view.busy || undefined}
      data-step={step}
      data-stage={view.stage}
      noValidate
      onSubmit={onSubmit}
    >
      <Heading className="mfa-title" id={titleId}>
        <MessageText text={title} />
      </Heading>
      <p
        ref={statusRef}
        role="status"
        className={done ? 'mfa-alert' : view.status ? 'mfa-status' : 'mfa-visually-hidden'}
        data-variant={done ? 'success' : undefined}
        tabIndex={done ? -1 : undefined}
      >
        <MessageText text={view.status} />
      </p>
      {children}
    </form>
  );
}
