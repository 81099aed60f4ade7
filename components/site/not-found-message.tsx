
/** The German 404, with a search so a wrong link still leads somewhere. */
export function NotFoundMessage() {
  return (
    <div className="page-intro">
      <p className="eyebrow">Fehler 404</p>
      <h1>Diese Seite gibt es nicht.</h1>
      <p className="lede">
        Vielleicht ist das Recap noch nicht veröffentlicht, oder der Link hat sich verschrieben. Im Archiv findest du alle
        Folgen, die wir schon besprochen haben.
      </p>
      <form action="/suche" method="get" role="search" className="search-filters" aria-label="Im Archiv suchen">
        <div className="search-filters__field search-filters__field--wide">
          <label htmlFor="not-found-q">Stattdessen suchen</label>
          <input id="not-found-q" name="q" type="search" maxLength={200} />
        </div>
        <button type="submit" className="button">
          Suchen
        </button>
      </form>
      <p>
        <a href="/" className="button button--quiet">
          Zum Archiv
        </a>
      </p>
    </div>
  );
}
