import Link from 'next/link';
import '@/components/ui/forms.css';
import type { ReactNode } from 'react';

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main id="inhalt" className="auth-page">
      <div className="auth-card">
        <Link href="/" className="brand" aria-label="Rewatch – zur Startseite">
          <span className="brand__name">Rewatch</span>
          <span className="brand__tagline">Studio</span>
        </Link>
        {children}
      </div>
    </main>
  );
}
