export function Forbidden({ message = 'Diese Seite ist nur für Hosts.' }: { message?: string }) {
  return (
    <div className="page-intro" role="alert">
      <p className="eyebrow">Keine Berechtigung</p>
      <h1>Hier geht es nicht weiter.</h1>
      <p className="lede">{message}</p>
    </div>
  );
}
