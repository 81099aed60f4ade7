'use client';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main id="inhalt" className="site-main">
      <div className="page-intro">
        <p className="eyebrow">Fehler</p>
        <h1>Da ist etwas schiefgegangen.</h1>
        <p className="lede">Die Seite konnte gerade nicht geladen werden. Bitte versuche es gleich noch einmal.</p>
        <p>
          <button type="button" className="button" onClick={reset}>
            Noch einmal versuchen
          </button>
        </p>
      </div>
    </main>
  );
}
