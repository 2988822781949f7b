/** What the server and the hydration draw for a page that depends on this tab's session. */
export function LoadingCard() {
  return (
    <div className="mfa-card">
      <p role="status" className="mfa-status">
        Loading…
      </p>
    </div>
  );
}
