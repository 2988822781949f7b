import type { Metadata } from 'next';
import { VerifyStep } from './verify-step';

export const metadata: Metadata = { title: 'Verify it’s you' };

export default function VerifyPage() {
  return <VerifyStep />;
}
