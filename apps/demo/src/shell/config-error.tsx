/** Shown instead of the app when `VITE_MFA_BASE_URL` cannot be used. */
export function ConfigError({ message }: { message: string }) {
  return (
    <main className="auth-layout" id="main">
      <div className="mfa-card auth-card">
        <h1 className="page-title">The demo is misconfigured</h1>
        <p className="mfa-alert" data-variant="error">
          {message}
        </p>
        <p className="auth-card__lead">
          Fix the variable and restart, or unset it to use the mock backend in the browser.
        </p>
      </div>
    </main>
  );
}
