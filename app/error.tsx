'use client';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main id="inhalt" className="site-main">
      <div className="page-intro">
        <p className="eyebrow">Fehler</p>
        <h1>Da ist etwas schiefgegangen.</h1>
        <p className="lede">Die Seite konnte gerade nicht geladen werden. Bitte versuche es gleich noch einmal.</p>
        <p>
          {/* A link, so it reloads the page where no script runs (public pages ship none); with scripts, only this part is rendered again. */}
          <a
            href=""
            className="button"
            onClick={(event) => {
              event.preventDefault();
              reset();
            }}
          >
            Noch einmal versuchen
          </a>
        </p>
      </div>
    </main>
  );
}
