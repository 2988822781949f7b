import { type ReactNode, useId, useState } from 'react';

/** Props of {@link Disclosure}. */
export interface DisclosureProps {
  title: string;
  /** Shown after the title, e.g. a count; part of the button's name. */
  badge?: string | undefined;
  defaultOpen?: boolean;
  children: ReactNode;
}

/** A section whose heading is a button that shows or hides its content (the WAI-ARIA disclosure pattern). */
export function Disclosure({ title, badge, defaultOpen = true, children }: DisclosureProps) {
  const [open, setOpen] = useState(defaultOpen);
  const contentId = useId();
  return (
    <section className="disclosure" aria-label={title} data-open={open || undefined}>
      <h2 className="disclosure__heading">
        <button
          type="button"
          className="disclosure__toggle"
          aria-expanded={open}
          aria-controls={contentId}
          onClick={() => setOpen(!open)}
        >
          <span className="disclosure__chevron" aria-hidden="true" />
          <span className="disclosure__title">{title}</span>
          {badge !== undefined && <span className="disclosure__badge">{badge}</span>}
        </button>
      </h2>
      <div id={contentId} className="disclosure__content" hidden={!open}>
        {children}
      </div>
    </section>
  );
}
