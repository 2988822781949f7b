/** A one-off message carried by a navigation (e.g. "your sign-in step expired"); announced politely. */
export function Notice({ text }: { text: string | null }) {
  return (
    <div role="status" className="notice-slot">
      {text && <p className="mfa-alert notice">{text}</p>}
    </div>
  );
}
