import Link from 'next/link';
import '@/components/ui/forms.css';
import '@/components/studio/studio.css';
import type { ReactNode } from 'react';
import { SignOutButton } from '@/components/studio/sign-out-button';
import { ViewerProvider } from '@/components/studio/viewer';
import { allows } from '@/lib/auth/permissions';
import { getCurrentUser } from '@/lib/auth/session';

export default async function StudioLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <>
      <a className="skip-link" href="#inhalt">
        Zum Inhalt springen
      </a>
      <header className="site-header studio-header">
        <div className="site-header__inner">
          <Link href="/studio" className="brand" aria-label="Rewatch Studio – Übersicht">
            <span className="brand__name">Rewatch</span>
            <span className="brand__tagline">Studio</span>
          </Link>
          {user ? (
            <nav aria-label="Studio">
              <ul className="site-nav">
                <li>
                  <Link href="/studio">Folgen</Link>
                </li>
                {allows(user, 'catalog.manage') ? (
                  <>
                    <li>
                      <Link href="/studio/figuren">Figuren</Link>
                    </li>
                    <li>
                      <Link href="/studio/handlungsstraenge">Handlungsstränge</Link>
                    </li>
                  </>
                ) : null}
                {allows(user, 'people.manage') ? (
                  <li>
                    <Link href="/studio/personen">Personen</Link>
                  </li>
                ) : null}
                {allows(user, 'audit.read') ? (
                  <li>
                    <Link href="/studio/protokoll">Protokoll</Link>
                  </li>
                ) : null}
                <li>
                  <Link href="/">Archiv</Link>
                </li>
                <li className="studio-user">
                  <span className="muted">{user.name}</span> <SignOutButton />
                </li>
              </ul>
            </nav>
          ) : null}
        </div>
      </header>
      <main id="inhalt" className="site-main">
        <ViewerProvider role={user?.role ?? null}>{children}</ViewerProvider>
      </main>
    </>
  );
}
