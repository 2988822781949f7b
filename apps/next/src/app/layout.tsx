import '@mfa-kit/ui/styles.css';
import './globals.css';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { Providers } from './providers';

export const metadata: Metadata = {
  title: { default: 'mfa-kit on Next.js', template: '%s · mfa-kit on Next.js' },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="app-header">
          <p>mfa-kit · Next.js App Router</p>
        </header>
        <main className="app-main">
          <Providers>{children}</Providers>
        </main>
      </body>
    </html>
  );
}
