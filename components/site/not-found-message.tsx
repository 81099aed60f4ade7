import Link from 'next/link';

export function NotFoundMessage() {
  return (
    <div className="page-intro">
      <p className="eyebrow">Fehler 404</p>
      <h1>Diese Seite gibt es nicht.</h1>
      <p className="lede">
        Vielleicht ist das Recap noch nicht veröffentlicht, oder der Link hat sich verschrieben. Im Archiv findest du alle
        Folgen, die wir schon besprochen haben.
      </p>
      <p>
        <Link href="/" className="button">
          Zum Archiv
        </Link>
      </p>
    </div>
  );
}
