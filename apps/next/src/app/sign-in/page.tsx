import type { Metadata } from 'next';
import { MFA_BASE_URL } from '../../config';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default function SignInPage() {
  return (
    <div className="mfa-card sign-in">
      <h1 className="mfa-title">Sign in</h1>
      <p className="lead">
        Against <code>{MFA_BASE_URL}</code>
      </p>
      <SignInForm />
    </div>
  );
}
